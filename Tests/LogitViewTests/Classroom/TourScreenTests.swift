import Testing
import LogitCore
@testable import LogitView

@Suite struct TourScreenTests {
    static let size = Size(width: 80, height: 24)

    /// Every step renders at 80×24, before and after space: its lesson in full, the panel it
    /// points at on screen and highlighted, the header and the tour's keys.
    @Test(arguments: Tour.steps.indices)
    func everyStepRendersAt80x24(_ n: Int) throws {
        let shown = update(ExplorerState.touring(), .classroom(.goToTourStep(n))).state
        for state in [shown, update(shown, .classroom(.revealTourStep)).state] {
            let step = Tour.steps[n]
            let screen = render(state, size: Self.size)
            let plain = screen.plainText()
            #expect(screen.lines[0].hasPrefix(" logitscope"))
            #expect(plain.contains("Step \(n + 1)/\(Tour.steps.count) · \(step.title)"))
            for line in step.lines(revealed: state.classroom.tour!.revealed) {
                #expect(plain.contains(line), "step \(n + 1) lacks: \(line)")
            }
            // The tour's keys, unless a reveal's message has the status line for now.
            #expect(screen.lines[23].contains("? help"))
            #expect(screen.lines[23].contains("Space reveal") || state.message != nil)
            let layout = Layout(state, size: Self.size, mode: .interactive, options: .init())
            let pointer = try #require(layout.headingRect(of: step.panel), "step \(n + 1): \(step.panel) is not on screen")
            // The highlight covers the heading's text from its first written cell to its last.
            let text = try #require(screen.writtenSpan(in: pointer))
            #expect(screen[text.x, text.y].style == Theme.pointer, "step \(n + 1): first cell not highlighted")
            #expect(screen[text.maxX - 1, text.y].style == Theme.pointer)
            #expect(text.x == 0 || screen[text.x - 1, text.y].style != Theme.pointer)
            // The logits and their probabilities are always there to play with.
            #expect(plain.contains("LOGIT"))
            #expect(plain.contains("SOFTMAX") || plain.contains("NAIVE"))
        }
    }

    @Test func theOverflowStepShowsTheBarsBreakingThenMended() throws {
        let n = try #require(Tour.steps.firstIndex { $0.panel == .lab })
        let before = render(update(ExplorerState.touring(), .classroom(.goToTourStep(n))).state, size: Self.size)
        #expect(before.lines.contains { $0.hasPrefix(" ▸★  class 0") && $0.hasSuffix("NaN") })
        let after = render(reduce(.classroom(.goToTourStep(n)), .classroom(.revealTourStep)), size: Self.size)
        #expect(after.lines.contains { $0.hasPrefix(" ▸★  class 0") && $0.contains("66.5%") && $0.contains("█") })
    }

    @Test func theHandoutHoldsEveryStepWithItsScreen() {
        let handout = renderTourHandout(width: 80)
        let text = handout.plainText()
        #expect(handout.size.width == 80)
        let questions = Tour.steps.filter { $0.question != nil }.count
        // A title and a blank line per block, 24 rows per screen, a title block first.
        #expect(handout.size.height == 2 + (Tour.steps.count + questions) * 26)
        for (n, step) in Tour.steps.enumerated() {
            #expect(text.contains("Step \(n + 1)/\(Tour.steps.count) · \(step.title)"))
            for line in step.lines(revealed: false) + step.answer { #expect(text.contains(line), "handout lacks: \(line)") }
        }
        // The seed's worked steps and the overflow's NaN are in it, as the class saw them.
        #expect(text.contains("News: p = 7.389 / 11.21 = 1 / 1.517 = 0.659"))
        #expect(text.contains("exp(12) overflows Float16, whose limit is 11.09"))
        // The three steps of issue 13, revealed: BFloat16's range, the online walk in blocks of
        // one, the infinite -log p beside the finite log_softmax.
        #expect(text.contains("PRECISION LAB  BFloat16  exp(x) = inf above 88.72"))
        #expect(text.contains("ONLINE SOFTMAX  one pass, blocks of B = 1, BFloat16"))
        #expect(text.contains("◎ dog: -log p = inf   -log_softmax = 0 - (-110) = 110 nats"))
    }

    /// Each of the three steps shows its point on screen, before space and after: BFloat16 takes
    /// [12, 11, 10] out of the overflow; blocks of one rescale ℓ by e^−1 (BFloat16's 0.3672) twice;
    /// -log p goes from a drifting 99.98 to inf, marked, beside log_softmax's 100 and 110.
    @Test func theMixedPrecisionStepsShowTheirPoint() throws {
        func screens(_ title: String) throws -> (before: Screen, after: Screen) {
            let n = try #require(Tour.steps.firstIndex { $0.title.hasPrefix(title) })
            return (render(reduce(.classroom(.goToTourStep(n))), size: Self.size),
                    render(reduce(.classroom(.goToTourStep(n)), .classroom(.revealTourStep)), size: Self.size))
        }
        let bf16 = try screens("BFloat16")
        #expect(bf16.before.plainText().contains("exp(12) overflows Float16"))
        #expect(bf16.after.plainText().contains("every z/T is within BFloat16's limits: naive and stable agree"))
        #expect(!bf16.after.plainText().contains("NaN"))

        let online = try screens("Online softmax")
        #expect(online.before.plainText().contains("blocks of B = 3, BFloat16"))
        #expect(online.before.lines.filter { $0.contains("0.3672             1") }.isEmpty)
        #expect(online.after.plainText().contains("blocks of B = 1, BFloat16"))
        #expect(online.after.lines.filter { $0.contains("0.3672             1") }.count == 2)
        #expect(online.after.plainText().contains("no overflow (naive e^89 = inf)"))

        let loss = try screens("Losses take logits")
        #expect(loss.before.plainText().contains("◎ dog: -log p = 99.98   -log_softmax = 0 - (-100) = 100 nats"))
        let y = try #require(loss.after.lines.firstIndex { $0.contains("◎ dog: -log p = inf") })
        let x = try #require(Array(loss.after.lines[y]).indices.first { String(Array(loss.after.lines[y])[$0...]).hasPrefix("inf") })
        #expect(loss.after[x, y].style == Theme.nonFinite)
    }

    @Test func presentationModeEnlargesTheBarsHidesTheRestAndDropsDim() throws {
        let state = update(Examples.seed, .classroom(.togglePresentation)).state
        let screen = render(state, size: Self.size)
        let text = screen.plainText()
        #expect(!text.contains("SIGMOID"))
        #expect(!text.contains("WORKED STEPS"))
        #expect(!text.contains("logsumexp"))
        // Each class's softmax bar fills three rows.
        let bars = screen.lines.filter { $0.hasSuffix("███████████████▉") }
        #expect(bars.count == 3)
        #expect(!screen.cells.contains { $0.style.dim })
        #expect(!screen.cells.contains { $0.style.foreground == .blue })
        // A classroom panel in focus still shows; so do all the classes.
        let focused = render(update(state, .classroom(.focus(.steps))).state, size: Self.size).plainText()
        #expect(focused.contains("WORKED STEPS") && focused.contains("Technology"))
    }

    @Test func everyPresetPanelAndTourStepFitsTheMinimumSizeAndPresentationMode() {
        // Nothing may be drawn outside its rows: the header stays on top and the status line at
        // the bottom, whatever is in focus, at 60×16 and in presentation mode.
        var states = Preset.all.map(\.state)
        for n in Tour.steps.indices { states.append(update(ExplorerState.touring(), .classroom(.goToTourStep(n))).state) }
        for base in states {
            for panel in [nil] + ClassroomPanel.allCases.map(Optional.some) {
                for presenting in [false, true] {
                    var s = update(base, .classroom(.focus(panel))).state
                    s.classroom.presenting = presenting
                    for size in [Size(width: 60, height: 16), Self.size] {
                        let screen = render(s, size: size)
                        #expect(screen.lines[0].hasPrefix(" logitscope"), "\(size) \(String(describing: panel))")
                        #expect(screen.lines[size.height - 1].contains("q quit") || screen.lines[size.height - 1].contains("? help")
                                || s.message != nil)
                    }
                }
            }
        }
    }

    @Test func thePresetPickerListsEveryPresetAndMarksTheCursor() throws {
        let state = reduce(.classroom(.openPresets), .classroom(.movePresetCursor(by: 2)))
        let screen = render(state, size: Self.size)
        for p in Preset.all { #expect(screen.plainText().contains("  \(p.name)  "), "picker lacks \(p.name)") }
        let y = try #require(screen.lines.firstIndex { $0.contains("overflow-f16") })
        let x = try #require(Array(screen.lines[y]).firstIndex(of: "o"))
        #expect(screen[x, y].style.reverse)
        #expect(screen.lines[23].contains("Enter load"))
    }

    @Test func theExportMenuListsTheFormats() {
        let screen = render(reduce(.classroom(.openExport)), size: Self.size)
        let text = screen.plainText()
        for line in ["the screen as SVG", "the numbers as Markdown", "the numbers as CSV"] { #expect(text.contains(line)) }
    }
}

private func reduce(_ actions: Action...) -> ExplorerState {
    actions.reduce(ExplorerState()) { update($0, $1).state }
}
