/// A dataset's calibration: the figures at the report's temperature, the fitted temperature and
/// the figures at it (`--json`'s `calibration`).
public struct CalibrationReport: Sendable, Equatable {
    public let bins: Int
    public let atTemperature: CalibrationFigures
    public let fitted: FittedTemperature
    public let atFitted: CalibrationFigures?

    @_specialize(where F == Double)
    @_specialize(where F == Float)
    public init<F: LogitFloat>(
        logits: UnsafeBufferPointer<F>, set: CalibrationSet, temperature: Double, bins: ConfidenceBins,
        kernels: Kernels = .chosen
    ) {
        let pass = CalibrationPass(logits: logits, set: set, temperature: temperature, slope: false, kernels: kernels)
        let fit = TemperatureFit(logits: logits, set: set, kernels: kernels)
        self.bins = bins.count
        atTemperature = CalibrationFigures(pass: pass, set: set, bins: bins)
        fitted = fit.fitted
        atFitted = fit.pass.map { CalibrationFigures(pass: $0, set: set, bins: bins) }
    }
}

