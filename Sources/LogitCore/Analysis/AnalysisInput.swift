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
}
