import Testing
@testable import LogitCore

@Suite struct PrecisionWarningTests {
    @Test func seedHasNoWarnings() {
        for p in Precision.allCases {
            #expect(Analysis(AnalysisInput(logits: Figures.seed, precision: p)).warnings.isEmpty)
        }
    }

    @Test func logitBeyondFloat16Range() {
        let a = Analysis(AnalysisInput(logits: [70000, 1], precision: .float16))
        #expect(a.logits[0] == .infinity)
        #expect(a.warnings == [PrecisionWarning(
            index: 0, description: "logit 1 = 70000 is beyond Float16's range (±65504): it becomes inf")])
        #expect(Analysis(AnalysisInput(logits: [70000, 1], precision: .float32)).warnings.isEmpty)
        let negative = Analysis(AnalysisInput(logits: [1, -70000], precision: .float16))
        #expect(negative.warnings.map(\.index) == [1])
        #expect(negative.warnings.first?.description.hasSuffix("it becomes -inf") == true)
    }

    @Test func temperatureRoundingToZeroInFloat16() {
        let a = Analysis(AnalysisInput(logits: Figures.seed, temperature: 1e-8, precision: .float16))
        #expect(a.temperature == 0)
        #expect(a.warnings.contains(PrecisionWarning(
            index: nil, description: "temperature 1e-08 rounds to 0 in Float16: z/T is not defined")))
        #expect(Analysis(AnalysisInput(logits: Figures.seed, temperature: 1e-8, precision: .float32)).warnings.isEmpty)
    }

    @Test func scaledLogitOverflowingFloat16() {
        let a = Analysis(AnalysisInput(logits: [60000, 0], temperature: 0.5, precision: .float16))
        #expect(a.scaled[0] == .infinity)
        #expect(a.warnings == [PrecisionWarning(
            index: 0, description: "logit 1 / T = 60000 / 0.5 overflows Float16 (±65504)")])
    }
}
