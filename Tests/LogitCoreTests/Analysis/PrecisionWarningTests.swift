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
            index: 0, detail: " = 70000 is beyond Float16's range (±65504): it becomes inf")])
        #expect(a.warnings[0].text(labels: ["News", "Sports"]) == "logit of News = 70000 is beyond Float16's range (±65504): it becomes inf")
        // Default names are the 0-based ids: class 0 is the first logit.
        #expect(a.warnings[0].text(labels: LabelList(implicit: 2)).hasPrefix("logit of class 0 = 70000"))
        #expect(Analysis(AnalysisInput(logits: [70000, 1], precision: .float32)).warnings.isEmpty)
        let negative = Analysis(AnalysisInput(logits: [1, -70000], precision: .float16))
        #expect(negative.warnings.map(\.index) == [1])
        #expect(negative.warnings.first?.detail.hasSuffix("it becomes -inf") == true)
    }

    @Test func temperatureRoundingToZeroInFloat16() {
        let a = Analysis(AnalysisInput(logits: Figures.seed, temperature: 1e-8, precision: .float16))
        #expect(a.temperature == 0)
        #expect(a.warnings.contains(PrecisionWarning(
            index: nil, detail: "temperature 1e-08 rounds to 0 in Float16: z/T is not defined")))
        #expect(Analysis(AnalysisInput(logits: Figures.seed, temperature: 1e-8, precision: .float32)).warnings.isEmpty)
    }

    @Test func scaledLogitOverflowingFloat16() {
        let a = Analysis(AnalysisInput(logits: [60000, 0], temperature: 0.5, precision: .float16))
        #expect(a.scaled[0] == .infinity)
        #expect(a.warnings == [PrecisionWarning(
            index: 0, detail: " / T = 60000 / 0.5 overflows Float16 (±65504)")])
        #expect(a.warnings[0].text(labels: LabelList(implicit: 2)) == "logit of class 0 / T = 60000 / 0.5 overflows Float16 (±65504)")
    }
}
