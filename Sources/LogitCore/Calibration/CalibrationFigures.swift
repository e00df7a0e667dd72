/// Every figure of a dataset at one temperature: accuracy, NLL and the binned calibration errors.
/// Accuracy does not depend on T (argmax is the same for every T > 0); the rest do.
public struct CalibrationFigures: Sendable, Equatable {
    /// The temperature as computed with (rounded to the logits' type).
    public let temperature: Double
    public let rows: Int
    public let accuracy: Double
    /// Mean of logsumexp(zᵢ/T) − zᵢ,ₜ/T, in nats.
    public let nll: Double
    public let binned: BinnedCalibration

    public var ece: Double { binned.ece }
    public var mce: Double { binned.mce }
    public var rmsce: Double { binned.rmsce }
    public var reliability: [ReliabilityBin] { binned.bins }

    public init(pass: CalibrationPass, set: CalibrationSet, bins: ConfidenceBins) {
        temperature = pass.temperature
        rows = set.count
        accuracy = set.accuracy
        nll = pass.nll
        binned = pass.confidence.withUnsafeBufferPointer { c in
            set.correct.withUnsafeBufferPointer { BinnedCalibration(confidence: c, correct: $0, bins: bins) }
        }
    }
}
