/// What a computation needs: the logits as the user gave them and the knobs. Already validated
/// (see `InputValidation`): finite or −inf logits, not all −inf, T positive and finite.
public struct AnalysisInput: Sendable, Equatable {
    public var logits: [Double]
    public var temperature: Double
    public var precision: Precision
    /// The sigmoid probability threshold for every class without one of its own.
    public var threshold: Double
    /// Per-class thresholds (multi-label classifiers tune one per class); nil entries use `threshold`.
    public var classThresholds: ClassThresholds
    /// The true class for cross-entropy, 0-based.
    public var target: Int?

    public init(
        logits: [Double], temperature: Double = 1, precision: Precision = .float64,
        threshold: Double = 0.5, classThresholds: ClassThresholds? = nil, target: Int? = nil
    ) {
        self.logits = logits
        self.temperature = temperature
        self.precision = precision
        self.threshold = threshold
        self.classThresholds = classThresholds ?? ClassThresholds(count: logits.count)
        self.target = target
    }

    /// The threshold in force for class i.
    public func threshold(for i: Int) -> Double {
        (i < classThresholds.count ? classThresholds[i] : nil) ?? threshold
    }

    /// uᵢ = zᵢ / T in the precision: what the analysis computes, and what the explorer ranks by
    /// before the analysis is made (the ranked list's cumulative masses are summed in its pass).
    public func scaled(at i: Int) -> Double {
        switch precision {
        case .float16: Double(scaled(at: i, as: Half.self))
        case .float32: Double(scaled(at: i, as: Float.self))
        case .float64: Double(scaled(at: i, as: Double.self))
        case .bfloat16: Double(scaled(at: i, as: BFloat16.self))
        }
    }

    /// u = z / T for every class; builds the array.
    public var scaled: [Double] { logits.indices.map(scaled(at:)) }

    func scaled<F: LogitFloat>(at i: Int, as _: F.Type) -> F {
        F(logits[i]) / F(temperature)
    }
}
