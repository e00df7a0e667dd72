import Testing
@testable import LogitCore

/// σ computed without overflow, and the threshold read in logit form.
@Suite struct SigmoidTests {
    @Test func extremesSaturateWithoutNaN() {
        #expect(sigmoid(-1000.0) == 0)
        #expect(sigmoid(1000.0) == 1)
        #expect(sigmoid(Float(-1000)) == 0)
        #expect(sigmoid(Float(1000)) == 1)
        #expect(sigmoid(Float16(-1000)) == 0)
        #expect(sigmoid(Float16(1000)) == 1)
        #expect(sigmoid(-Double.infinity) == 0)
        #expect(sigmoid(Double.infinity) == 1)
        #expect(sigmoid(0.0) == 0.5)
    }

    @Test(arguments: Precision.allCases)
    func analysisSigmoidIsNeverNaN(_ p: Precision) {
        let a = Analysis(AnalysisInput(logits: [-1000, -30, 0, 30, 1000, -.infinity], precision: p))
        #expect(!a.sigmoid.contains { $0.isNaN })
        #expect(a.sigmoid[0] == 0 && a.sigmoid[4] == 1 && a.sigmoid[2] == 0.5 && a.sigmoid[5] == 0)
    }

    /// The seed's values: σ(2) = 0.8808, σ(1) = 0.7311, σ(0.1) = 0.5250 (scipy.special.expit).
    @Test func seedSigmoids() {
        let a = Analysis(AnalysisInput(logits: Figures.seed))
        #expect(isClose(a.sigmoid, [0.8807970779778823, 0.7310585786300049, 0.52497918747894], within: 1e-15))
    }

    @Test func logitIsTheInverseOfSigmoid() {
        #expect(logit(probability: 0.5) == 0)
        #expect(isClose(logit(probability: 0.9), 2.1972245773362196, within: 1e-15))  // log 9
        #expect(isClose(sigmoid(logit(probability: 0.3)), 0.3, within: 1e-15))
    }

    /// At τ = 0.5 the logit threshold is 0: "σ(z) > 0.5" is "z > 0", at every temperature.
    @Test(arguments: [0.5, 1, 3])
    func halfThresholdIsZeroLogit(_ t: Double) {
        let a = Analysis(AnalysisInput(logits: [0.3, 0, -0.3], temperature: t))
        #expect(a.logitThresholds == [0, 0, 0])
        #expect(a.aboveThreshold == [true, false, false])
    }

    /// τ = 0.9 at T = 2: z must exceed 2·log 9 = 4.394; per-class thresholds override the global one.
    @Test func thresholdScalesWithTemperatureAndPerClass() {
        let a = Analysis(AnalysisInput(
            logits: [4.5, 4.3, 0.1], temperature: 2, threshold: 0.9, classThresholds: [nil, nil, 0.5]))
        #expect(isClose(a.logitThresholds[0], 2 * 2.1972245773362196, within: 1e-14))
        #expect(a.thresholds == [0.9, 0.9, 0.5])
        #expect(a.aboveThreshold == [true, false, true])
        #expect(a.sigmoid[0] > 0.9 && a.sigmoid[1] < 0.9)
    }
}
