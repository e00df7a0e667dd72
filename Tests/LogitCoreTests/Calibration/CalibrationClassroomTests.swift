import LogitCore
import Testing

/// The `overconfident` preset and the tour's temperature-scaling step say what the digits
/// classifier's logits and the reference figures (calibration-reference.json, numpy/scipy) give.
@Suite("Calibration in the classroom")
struct CalibrationClassroomTests {
    @Test("the preset's row: 1 at 99.99999999% for an 8, 99.7% at the fitted T = 3.51 (scipy)")
    func preset() throws {
        let preset = try #require(Preset.named("overconfident"))
        let cold = preset.state.analysis
        #expect(cold.argmax == 1 && preset.document.target == 8)
        #expect((cold.softmax(at: 1) - 0.9999999998977718).magnitude < 1e-15)
        var state = preset.state
        state.apply(.setTemperature(3.51))
        #expect((state.analysis.softmax(at: 1) - 0.996625010631027).magnitude < 1e-14)
    }

    @Test("the tour step's answer: T above 1, and the set's figures it quotes")
    func tourStep() throws {
        let index = try #require(Tour.steps.firstIndex { $0.title == "Temperature scaling" })
        let step = Tour.steps[index]
        #expect(step.reveal == [.setTemperature(3.51)])
        let file = CalibrationReferenceFile.shared
        let c = try #require(file.cases.first { $0.name == "digits" })
        let t = try #require(c.fitted?.temperature)
        let fitted = try #require(c.atFitted)
        #expect((t * 100).rounded() / 100 == 3.51)
        #expect((c.at[0].nll * 1000).rounded() == 339 && (fitted.nll * 1000).rounded() == 159)
        #expect((c.at[0].ece * 1000).rounded() == 32 && (fitted.ece * 1000).rounded() == 18)
        #expect((c.at[0].accuracy * 1000).rounded() == 960)
        // Mean confidence 98.8%, through the core (numpy: 0.987740310100576).
        let logits = file.logits(of: c)
        let mean = try logits.withUnsafeBufferPointer { z in
            let set = try CalibrationSet(logits: z, classes: c.classes, targets: c.targets)
            return CalibrationPass(logits: z, set: set, temperature: 1, slope: false).confidence.compensatedSum() / 899
        }
        #expect((mean - 0.987740310100576).magnitude < 1e-12)
        #expect(step.answer.joined(separator: " ").contains("T = 3.51"))
    }
}
