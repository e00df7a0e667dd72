import Testing
@testable import LogitCore

@Suite struct UpdateTemperatureTests {
    @Test func logScaleSteps() {
        #expect(reduce(.scaleTemperature(up: true)).document.temperature == 1.25)
        #expect(reduce(.scaleTemperature(up: true), .scaleTemperature(up: true)).document.temperature == 1.563)
        #expect(reduce(.scaleTemperature(up: false)).document.temperature == 0.8)
        // Ten presses is about ×9.3.
        let ten = reduce(from: ExplorerState(), .scaleTemperature(up: true), times: 10).document.temperature
        #expect(isClose(ten, 9.313, within: 0.01))
    }

    @Test func clampedToTheKeyRange() {
        let hot = reduce(from: ExplorerState(), .scaleTemperature(up: true), times: 40)
        #expect(hot.document.temperature == 100)
        let cold = reduce(from: ExplorerState(), .scaleTemperature(up: false), times: 40)
        #expect(cold.document.temperature == 0.01)
        // At the clamp a press changes nothing and records nothing.
        #expect(update(hot, .scaleTemperature(up: true)).state.history == hot.history)
    }

    @Test func resetAndSet() {
        #expect(reduce(.scaleTemperature(up: true), .resetTemperature).document.temperature == 1)
        #expect(reduce(.setTemperature(0.3)).document.temperature == 0.3)
        #expect(reduce(.setTemperature(0)).document.temperature == 1)
        #expect(reduce(.setTemperature(-2)).document.temperature == 1)
        #expect(reduce(.setTemperature(.nan)).document.temperature == 1)
        #expect(reduce(.setTemperature(.infinity)).document.temperature == 1)
        // The analysis follows: T = 0.5 sharpens the seed to 0.864 (scipy.special.softmax([4, 2, 0.2])).
        #expect(isClose(reduce(.setTemperature(0.5)).analysis.softmax[0], 0.8637771182080068, within: 1e-15))
    }

    @Test func precisionCycles() {
        let s = reduce(.cyclePrecision)
        #expect(s.document.precision == .float32)
        #expect(s.message == .info("precision Float32"))
        #expect(reduce(.cyclePrecision, .cyclePrecision).document.precision == .float16)
        #expect(reduce(.cyclePrecision, .cyclePrecision, .cyclePrecision).document.precision == .bfloat16)
        #expect(reduce(.cyclePrecision, .cyclePrecision, .cyclePrecision).message == .info("precision BFloat16"))
        #expect(reduce(.cyclePrecision, .cyclePrecision, .cyclePrecision, .cyclePrecision).document.precision == .float64)
        #expect(reduce(.setPrecision(.bfloat16)).analysis.logits[2] == 0.10009765625)
        #expect(reduce(.setPrecision(.float16)).analysis.logits[2] == 0.0999755859375)
    }
}
