import RealModule

/// The numbers the classroom panels show beyond `Analysis`, computed in the same precision from
/// the same rounded u = z / T: the worked steps' intermediate columns, log of the rounded softmax,
/// binary cross-entropy naive beside stable (the loss panel), and the summary figures of the stats.
/// Computed when drawn, from the analysis: nothing here is stored. (The naive path's numerators
/// and sum are `Analysis.naive`.)
public struct ClassroomFigures: Sendable, Equatable {
    /// u − max u, in the precision (the stable path's exponents; 0 for the largest class).
    public let shifted: [Double]
    /// log pᵢ taken of the rounded pᵢ, in the precision, as `log(softmax(u))` computes it: −inf
    /// once pᵢ underflows to 0, where log_softmax (`Analysis.logSoftmax`) stays finite.
    public let logOfSoftmax: [Double]
    /// Whether pᵢ is subnormal in the precision: nonzero but below the smallest normal number, so
    /// held with fewer significant bits, and log pᵢ is off already (Float32's e^−100 is stored as
    /// 27 · 2⁻¹⁴⁹, whose log is −99.98), a step before it becomes −inf.
    public let softmaxIsSubnormal: [Bool]
    /// −log pₜ of the rounded pₜ: +inf once pₜ underflows, where the cross-entropy taken from the
    /// logits (`Analysis.crossEntropy`) is finite. The reason losses take logits. nil without a target.
    public let crossEntropyOfSoftmax: Double?
    /// Binary cross-entropy of each class against its multi-label target, naive and stable.
    public let naiveBinaryCrossEntropy: [Double]
    public let stableBinaryCrossEntropy: [Double]
    /// H / log N over the unmasked classes: 0 one-hot, 1 uniform; nil with fewer than two.
    public let normalizedEntropy: Double?
    /// The largest logit minus the second (as the precision holds them); nil with fewer than two.
    public let margin: Double?
    /// The argmax's probability.
    public let topProbability: Double

    public init(_ analysis: Analysis, binaryLabels: [Bool]) {
        switch analysis.input.precision {
        case .float16: self.init(analysis, binaryLabels, as: Half.self)
        case .float32: self.init(analysis, binaryLabels, as: Float.self)
        case .float64: self.init(analysis, binaryLabels, as: Double.self)
        case .bfloat16: self.init(analysis, binaryLabels, as: BFloat16.self)
        }
    }

    /// The figures of the explorer's current document.
    public init(_ state: ExplorerState) {
        self.init(state.analysis, binaryLabels: state.document.binaryLabels)
    }

    private init<F: LogitFloat>(_ a: Analysis, _ labels: [Bool], as _: F.Type) {
        // a.scaled holds values of F exactly, so converting back loses nothing.
        let u = a.scaled.map { F($0) }
        let m = u.max() ?? -F.infinity
        shifted = u.map { Double($0 - m) }
        let p = a.softmax.map { F($0) }
        let logs = p.map { Double(F.log($0)) }
        logOfSoftmax = logs
        softmaxIsSubnormal = p.map(\.isSubnormal)
        crossEntropyOfSoftmax = a.crossEntropy == nil ? nil : a.input.target.map { -logs[$0] }
        let y = u.indices.map { F(labels.indices.contains($0) && labels[$0] ? 1 : 0) }
        naiveBinaryCrossEntropy = u.indices.map { Double(LogitCore.naiveBinaryCrossEntropy(u[$0], label: y[$0])) }
        stableBinaryCrossEntropy = u.indices.map { Double(binaryCrossEntropyWithLogits(u[$0], label: y[$0])) }

        let unmasked = a.logits.filter { $0 > -.infinity }
        normalizedEntropy = unmasked.count >= 2 ? a.entropyNats / Double.log(Double(unmasked.count)) : nil
        let sorted = unmasked.sorted(by: >)
        margin = sorted.count >= 2 ? sorted[0] - sorted[1] : nil
        topProbability = a.count == 0 ? 0 : a.softmax(at: a.argmax)
    }
}

/// The binary view of one class: its probability as a sigmoid of log-odds. With one logit z,
/// softmax([z, 0]) = σ(z); with two classes, p₁ = σ(u₁ − u₂); with more, a class against the
/// rest, pᵢ = σ(uᵢ − log Σⱼ≠ᵢ e^uⱼ). In every case p > 0.5 exactly when the log-odds are > 0.
public struct BinaryFigures: Sendable, Equatable {
    public enum Kind: Equatable, Sendable {
        /// One logit, against an implicit 0.
        case single
        /// Two classes: the other one's index.
        case pair(other: Int)
        /// More than two: against all the others together.
        case againstRest
    }

    public let kind: Kind
    public let index: Int
    /// uᵢ, and log Σ e^u over the others (0 for the implicit class of a single logit).
    public let scaled: Double
    public let restLogSumExp: Double
    /// uᵢ − restLogSumExp: the log-odds of class i.
    public let logOdds: Double
    /// The softmax probability (softmax([u, 0])₀ for a single logit).
    public let softmax: Double
    /// σ(log-odds), computed on its own: equal to `softmax` up to rounding.
    public let sigmoid: Double

    public init(_ analysis: Analysis, index: Int) {
        switch analysis.input.precision {
        case .float16: self.init(analysis, index, as: Half.self)
        case .float32: self.init(analysis, index, as: Float.self)
        case .float64: self.init(analysis, index, as: Double.self)
        case .bfloat16: self.init(analysis, index, as: BFloat16.self)
        }
    }

    private init<F: LogitFloat>(_ a: Analysis, _ i: Int, as _: F.Type) {
        let u = a.scaled.map { F($0) }
        index = i
        scaled = Double(u[i])
        let others = u.indices.filter { $0 != i }.map { u[$0] }
        kind = others.isEmpty ? .single : others.count == 1 ? .pair(other: i == 0 ? 1 : 0) : .againstRest
        // The log-odds in the wider type, rounded once, so that σ of them matches softmax to the
        // precision's last digit (12 − 11.31 in Float16 alone would lose three bits).
        typealias A = F.Accumulator
        let rest = others.isEmpty ? A(0) : ShiftedExponentials(others, kernels: a.kernels).wideLogSumExp
        restLogSumExp = Double(F(rest))
        let odds = A(u[i]) - rest
        logOdds = Double(F(odds))
        softmax = others.isEmpty ? Double(stableSoftmax([u[i], 0], kernels: a.kernels)[0]) : a.softmax(at: i)
        let x = odds >= 0 ? 1 / (1 + A.exp(-odds)) : A.exp(odds) / (1 + A.exp(odds))
        sigmoid = Double(F(x))
    }
}
