import RealModule

/// Every quantity logitscope shows for one vector, computed in the chosen precision and then held
/// as Doubles (each the exact value the chosen type produced, so nothing is rounded twice).
/// The view and `--json` both read from this one value.
public struct Analysis: Sendable, Equatable {
    public let input: AnalysisInput
    /// The logits rounded to the precision (Float16 holds 0.1 as 0.0999755859375).
    public let logits: [Double]
    /// The temperature rounded to the precision.
    public let temperature: Double
    /// u = z / T, computed in the precision.
    public let scaled: [Double]
    /// First index of the largest u; also the argmax of softmax.
    public let argmax: Int
    public let softmax: [Double]
    public let logSoftmax: [Double]
    public let logsumexp: Double
    public let naiveSoftmax: [Double]
    /// exp(uᵢ − max u): the stable path's numerators (the worked steps show them).
    public let shiftedExponentials: [Double]
    /// Σ exp(uᵢ − max u), in the accumulator type.
    public let shiftedSum: Double
    public let sigmoid: [Double]
    /// The probability threshold in force for each class.
    public let thresholds: [Double]
    /// T · logit(τ) for each class: z is above the threshold exactly when it exceeds this.
    public let logitThresholds: [Double]
    /// σ(uᵢ) > τᵢ, decided in the logit form (uᵢ > logit τᵢ), which no rounding of σ can blur.
    public let aboveThreshold: [Bool]
    public let entropyNats: Double
    public let entropyBits: Double
    public let perplexity: Double
    public let crossEntropy: Double?
    public let gradient: [Double]?
    /// Where the precision could not hold a number the user gave (a value beyond Float16's range).
    public let warnings: [PrecisionWarning]

    public init(_ input: AnalysisInput) {
        switch input.precision {
        case .float16:
            #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
            self.init(input, as: Float16.self)
            #else
            self.init(input, as: Float.self)
            #endif
        case .float32: self.init(input, as: Float.self)
        case .float64: self.init(input, as: Double.self)
        }
    }

    private init<F: LogitFloat>(_ input: AnalysisInput, as _: F.Type) {
        self.input = input
        let z = input.logits.map { F($0) }
        let T = F(input.temperature)
        let u = z.map { $0 / T }
        let parts = ShiftedExponentials(u)
        let lse = parts.wideLogSumExp
        let logSum = F.Accumulator.log(parts.sum)
        let m = F.Accumulator(parts.max)

        logits = z.map(Double.init)
        temperature = Double(T)
        scaled = u.map(Double.init)
        argmax = LogitCore.argmax(u) ?? 0
        softmax = parts.probabilities.map(Double.init)
        logSoftmax = u.map { Double(F((F.Accumulator($0) - m) - logSum)) }
        logsumexp = Double(F(lse))
        naiveSoftmax = LogitCore.naiveSoftmax(u).map(Double.init)
        shiftedExponentials = parts.exponentials.map(Double.init)
        shiftedSum = Double(parts.sum)
        sigmoid = u.map { Double(LogitCore.sigmoid($0)) }

        let taus = input.logits.indices.map { input.threshold(for: $0) }
        thresholds = taus
        let Td = Double(T)
        logitThresholds = taus.map { Td * logit(probability: $0) }
        aboveThreshold = zip(u, taus).map { Double($0) > logit(probability: $1) }

        let h = wideEntropy(parts)
        entropyNats = Double(F(h))
        entropyBits = Double(F(h / F.Accumulator.log(2)))
        perplexity = Double(F(F.Accumulator.exp(h)))

        if let t = input.target, u.indices.contains(t) {
            crossEntropy = Double(F(lse - F.Accumulator(u[t])))
            gradient = LogitCore.crossEntropyGradient(u, target: t, temperature: T).map(Double.init)
        } else {
            crossEntropy = nil
            gradient = nil
        }
        warnings = PrecisionWarning.find(input: input, rounded: logits, temperature: Td, scaled: scaled)
    }
}
