import Testing
import LogitCore
@testable import LogitView

/// log(softmax) against log_softmax, and the loss panel's CE line, read off the screen: the log
/// of the rounded p is the core's `ClassroomFigures.logOfSoftmax`, log_softmax the analysis's, and
/// an infinite loss is marked as every inf is.
@Suite struct LogSoftmaxPanelTests {
    private func focused(_ state: ExplorerState, _ panel: ClassroomPanel = .logSoftmax) -> Screen {
        render(update(state, .classroom(.focus(panel))).state, size: screenSize(80, 24))
    }

    /// The style of the first cell of `word` on row y, after the text `after` when given (the
    /// row's characters are its cells: these rows hold no wide ones).
    private func style(_ screen: Screen, _ word: String, y: Int, after: String = "") throws -> Style {
        let text = screen.lines[y]
        let from = after.isEmpty ? text.startIndex : try #require(text.range(of: after)).upperBound
        let at = try #require(text[from...].range(of: word)).lowerBound
        return screen[text.distance(from: text.startIndex, to: at), y].style
    }

    /// The first line holding every one of `needles`.
    private func line(_ screen: Screen, _ needles: String...) throws -> (text: String, y: Int) {
        let y = try #require(screen.lines.firstIndex { l in needles.allSatisfy { l.contains($0) } }, "no line with \(needles)")
        return (screen.lines[y], y)
    }

    /// [0, −110] in Float32, target dog (the preset): p(dog) rounds to 0 and log(softmax) is −inf,
    /// marked; log_softmax is −110 (scipy.special.log_softmax([0, -110])[1]) and the loss from the
    /// logits 110 nats, beside −log p = inf, marked too.
    @Test func thePresetShowsTheInfiniteLossBesideTheFiniteOne() throws {
        let state = try #require(Preset.named("log-softmax")).state
        let screen = render(state, size: screenSize(80, 24))
        let f = ClassroomFigures(state)
        #expect(f.logOfSoftmax[1] == -.infinity && state.analysis.logSoftmax(at: 1) == -110)
        let dog = try line(screen, "dog          -110         0")
        #expect(dog.text.hasSuffix("-inf          -110"))
        #expect(try style(screen, "-inf", y: dog.y) == Theme.nonFinite)
        let loss = try line(screen, "◎ dog: -log p = inf   -log_softmax = 0 - (-110) = 110 nats")
        #expect(try style(screen, "inf", y: loss.y, after: "-log p = ") == Theme.nonFinite)
        #expect(try style(screen, "110 nats", y: loss.y) == .plain)
        let verdict = try line(screen, "✗ dog's p rounds to 0 in Float32: log p = -inf, log_softmax is finite")
        #expect(try style(screen, "✗", y: verdict.y) == Theme.error)
        _ = try line(screen, #"CrossEntropyLoss takes "raw, unnormalized scores" and uses log_softmax"#)
    }

    /// The seed, target News: p is a normal number, and both logs are scipy's log_softmax
    /// [-0.417030, -1.417030, -2.317030] to four digits; the loss is 0.417 both ways.
    @Test func theSeedAgreesBothWays() throws {
        let state = update(Examples.seed, .toggleTarget).state
        let screen = focused(state)
        let f = ClassroomFigures(state)
        for (i, (label, log)) in zip(["News", "Entertainment", "Technology"], ["-0.417", "-1.417", "-2.317"]).enumerated() {
            _ = try line(screen, label, "%  ", "\(log)        \(log)")
            #expect(NumberFormat.number(f.logOfSoftmax[i]).text == log && NumberFormat.number(state.analysis.logSoftmax(at: i)).text == log)
        }
        _ = try line(screen, "◎ ★ News: -log p = 0.417   -log_softmax = 2.417 - 2 = 0.417 nats")
        _ = try line(screen, "✓ every p is a normal Float64 number: both logs agree to rounding")
    }

    /// One step before infinity: Float32 holds e^−100 as the subnormal 27 · 2⁻¹⁴⁹, whose log is
    /// −99.98 (149 ln 2 − ln 27 = 99.9831), where log_softmax gives −100.
    @Test func aSubnormalPDriftsBeforeItVanishes() throws {
        let state = ExplorerState(document: LogitDocument(logits: [0, -100], labels: ["cat", "dog"], precision: .float32, target: 1))
        let screen = focused(state)
        #expect(try line(screen, "dog          -100   3.8e-44").text.hasSuffix("-99.98          -100"))
        _ = try line(screen, "◎ dog: -log p = 99.98   -log_softmax = 0 - (-100) = 100 nats")
        let verdict = try line(screen, "! dog's p is subnormal in Float32: its log has lost digits already")
        #expect(try style(screen, "!", y: verdict.y) == Theme.warning)
    }

    /// A masked class has p = 0 and log p = −inf by definition, and log_softmax −inf too: no underflow.
    @Test func aMaskedClassIsNotAnUnderflow() throws {
        let screen = focused(try #require(Preset.named("masked")).state)
        #expect(try line(screen, "dog", "-inf          -inf").text.hasSuffix("-inf          -inf"))
        _ = try line(screen, "✓ every p is a normal Float64 number")
        _ = try line(screen, "no target: press c on the true class for its loss both ways")
    }

    /// The loss panel's CE says "= −log p" only while −log p of the rounded p reads the same; once
    /// p has rounded to 0 it says what −log p is instead, marked.
    @Test func theLossPanelsCrossEntropyLineIsTruthful() throws {
        let seed = focused(update(Examples.seed, .toggleTarget).state, .loss)
        _ = try line(seed, "◎ ★ News: CE = logsumexp - z/T = 2.417 - 2 = 0.417 nats = -log p")
        let broken = focused(try #require(Preset.named("log-softmax")).state, .loss)
        let heading = try line(broken, "◎ dog: CE = logsumexp - z/T = 0 - (-110) = 110 nats; -log p = inf")
        #expect(!heading.text.contains("= -log p"))
        #expect(try style(broken, "inf", y: heading.y, after: "-log p = ") == Theme.nonFinite)
    }
}
