/// The part of the explorer's state that is the user's work: what undo restores, what a saved
/// session holds, and what quitting prints back as a command line.
public struct LogitDocument: Equatable, Sendable {
    /// The class names; implicit (`class i`, stored nowhere) until named.
    public var labels: LabelList
    public var logits: [Double]
    /// Per-class sigmoid thresholds; nil uses `threshold`.
    public var classThresholds: ClassThresholds
    public var temperature: Double
    public var precision: Precision
    public var threshold: Double
    public var target: Int?
    /// Multi-label targets (y = 1 where true), one per class, for binary cross-entropy.
    public var binaryLabels: [Bool]
    /// The sampling filters (top-k, top-p, min-p), applied after temperature; all off by default.
    public var filters: SamplingFilters
    /// The seed of the sampler's generator: shown, settable, and printed on quitting, so a run of
    /// draws can be repeated. The command line picks one when none is given (the core has no clock).
    public var seed: UInt64
    /// The block size of the online softmax (`OnlineSoftmax`), when the user chose one; nil takes
    /// its default. Part of the document, beside the precision, because it is a knob of how the
    /// numbers are computed: `--json` reports the online steps for it, the quit line and the
    /// session keep it, undo restores it, and a preset or tour step can set it.
    public var onlineBlock: Int?
    /// Set when the vector is one step of an API's logprobs: the listed alternatives and a rest.
    public var partial: PartialDistribution?

    public init(
        logits: [Double], labels: LabelList? = nil, temperature: Double = 1,
        precision: Precision = .float64, threshold: Double = 0.5,
        classThresholds: ClassThresholds? = nil, target: Int? = nil, binaryLabels: [Bool]? = nil,
        filters: SamplingFilters = .none, seed: UInt64 = 0, onlineBlock: Int? = nil,
        partial: PartialDistribution? = nil
    ) {
        self.logits = logits
        self.labels = labels ?? LabelList(implicit: logits.count)
        self.classThresholds = classThresholds ?? ClassThresholds(count: logits.count)
        self.temperature = temperature
        self.precision = precision
        self.threshold = threshold
        self.target = target
        self.binaryLabels = binaryLabels ?? Array(repeating: false, count: logits.count)
        self.filters = filters
        self.seed = seed
        self.onlineBlock = onlineBlock
        self.partial = partial
    }

    /// The block size the online softmax walks with: the chosen one, else two blocks' worth.
    public var effectiveOnlineBlock: Int { onlineBlock ?? OnlineSoftmax.defaultBlock(count: count) }

    /// The seed article's example: a sentence classified as News, Entertainment or Technology.
    /// What the explorer opens on without input. (Not `seed`: that is the sampler's.)
    public static let example = LogitDocument(
        logits: [2.0, 1.0, 0.1], labels: ["News", "Entertainment", "Technology"])

    public var count: Int { logits.count }

    public var analysisInput: AnalysisInput {
        AnalysisInput(
            logits: analysisLogits, temperature: temperature, precision: precision,
            threshold: threshold, classThresholds: classThresholds, target: target)
    }

    /// True when a partial row's rest is left out: temperature or a filter is at work, and those
    /// apply to the listed alternatives only (the rest is not a token).
    public var renormalizesListedOnly: Bool {
        guard let partial, logits.indices.contains(partial.restIndex) else { return false }
        return temperature != 1 || filters.isActive
    }

    /// The logits the analysis is made from: the document's, with a partial row's rest masked
    /// while `renormalizesListedOnly` (unless nothing else is left).
    private var analysisLogits: [Double] {
        guard renormalizesListedOnly, let r = partial?.restIndex else { return logits }
        var z = logits
        z[r] = -.infinity
        return z.allSatisfy({ $0 == -.infinity }) ? logits : z
    }
}
