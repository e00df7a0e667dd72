import LogitCore
import LogitRuntime
@testable import LogitView
import Testing

/// Effects through the run loop: the reducer asks, a fake performer (standing in for the file
/// writes of the command-line target) answers, and the answer is on the next frame.
@Suite struct ExplorerLoopEffectTests {
    /// What the performer was given, and what it answers with.
    final class FakePerformer {
        var effects: [Effect] = []
        var frames: [Frame] = []
        var answers: [Action?]

        init(answers: [Action?]) { self.answers = answers }

        func perform(_ effect: Effect, frame: Frame) -> Action? {
            effects.append(effect)
            frames.append(frame)
            return answers.isEmpty ? nil : answers.removeFirst()
        }
    }

    /// w, Enter on the offered path: the save carries the session as it was when asked; its
    /// outcome is on the next frame.
    @Test func aSaveIsPerformedAndItsOutcomeShown() throws {
        let performer = FakePerformer(answers: [.session(.saved(path: "logitscope-session.json"))])
        let (final, terminal) = run([[key(.right)], typed("w"), [key(.enter)], [key(.right)]], perform: performer.perform)
        let saved = update(ExplorerState(), .nudgeLogit(steps: 1)).state
        #expect(performer.effects == [.save(SaveRequest(path: "logitscope-session.json", session: SavedSession(saved)))])
        #expect(terminal.shownWhenIdle[3].statusLine.hasPrefix(" session saved to logitscope-session.json"))
        // The edit after the save is the user's, and not in what was saved.
        #expect(final.document.logits == [2.2, 1, 0.1])
    }

    /// A file that is not a session: the performer asks first, y saves over it.
    @Test func anOverwriteIsAskedThenPerformed() throws {
        let performer = FakePerformer(answers: [
            .session(.askToOverwrite(path: "notes.txt")), .session(.saved(path: "notes.txt")),
        ])
        var start = ExplorerState()
        start.session.path = "notes.txt"
        let (_, terminal) = run([typed("w"), [key(.enter)], typed("y")], from: start, perform: performer.perform)
        #expect(performer.effects == [
            .save(SaveRequest(path: "notes.txt", session: SavedSession(start))),
            .save(SaveRequest(path: "notes.txt", session: SavedSession(start), overwrite: true)),
        ])
        #expect(terminal.shownWhenIdle[2].plainText().contains("exists and is not a logitscope session."))
        #expect(terminal.shownWhenIdle[3].statusLine.hasPrefix(" session saved to notes.txt"))
    }

    /// e s: the export is given the frame the user sees with the menu closed, at the terminal's
    /// size; a failure is shown as an error (✗, red and bold).
    @Test func anExportGetsTheFrameOnScreenAndAFailureIsShownAsAnError() throws {
        let wide = Size(width: 100, height: 30)
        let performer = FakePerformer(answers: [.classroom(.exportFailed("cannot write logitscope.svg: Permission denied"))])
        let (final, terminal) = run([typed("e"), typed("s")], size: wide, perform: performer.perform)
        #expect(performer.effects == [.export(.svg)])
        let frame = try #require(performer.frames.first)
        #expect(frame.size == wide)
        #expect(frame.state.overlay == .none)
        #expect(frame.screen == render(ExplorerState(), size: wide))
        #expect(terminal.shownWhenIdle[1].plainText().contains("the screen as SVG"))
        let shown = terminal.shownWhenIdle[2]
        #expect(shown.statusLine.hasPrefix(" ✗ cannot write logitscope.svg: Permission denied"))
        #expect(shown.styles(x: 1, y: wide.height - 1, count: 30).allSatisfy { $0 == Theme.error })
        #expect(final.message?.kind == .error)
    }

    /// Nothing the loop keeps (the frame, which holds the state it was built from) may share the
    /// logits while an action edits them, or every edit of a 1M-logit vector copies them: between
    /// two saves, an edit leaves the logits where they were.
    @Test func anEditThroughTheLoopIsMadeInPlace() {
        var addresses: [UInt] = []
        let (final, _) = run([[key(.right)], typed("w"), [key(.enter)], [key(.right)], typed("w"), [key(.enter)]]) { effect, frame in
            addresses.append(frame.state.document.logits.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) })
            guard case .save(let request) = effect else { return nil }
            return .session(.saved(path: request.path))
        }
        #expect(final.document.logits == [2.2, 1, 0.1])
        #expect(addresses.count == 2)
        #expect(Set(addresses).count == 1)
    }

    @Test func aQuitIsTheLoopsOwnAndNeverPerformed() {
        let performer = FakePerformer(answers: [])
        let (_, terminal) = run([typed("q")], perform: performer.perform)
        #expect(performer.effects == [])
        #expect(terminal.drawn.count == 1)
    }

    /// One layout per frame, one frame per change: the first, one for each read that changes the
    /// state or the size, and one for the frame an effect is performed on. Drawing, paging and
    /// hit-testing read the frame's layout; nothing builds another.
    @Test func eachChangeBuildsOneLayout() {
        let census = LayoutCensus()
        let performer = FakePerformer(answers: [.session(.saved(path: "logitscope-session.json"))])
        LayoutCensus.$current.withValue(census) {
            _ = run([
                [key(.right)], [mouse(.press, 10, 5)], [.resize(Size(width: 120, height: 40))], [key(.function(5))],
                typed("w"), [key(.enter)], [.redraw], [key(.pageDown)],
            ], perform: performer.perform)
        }
        // first 1; → 1; press 1; resize 1; F5 0; w 1; Enter 2 (the save's frame, then the
        // outcome's); redraw 0; PgDn 1.
        #expect(census.count == 8)
        let list = LayoutCensus()
        LayoutCensus.$current.withValue(list) {
            _ = run([[key(.pageDown)], [key(.pageDown)], [mouse(.press, 20, 6)]], from: vocabulary)
        }
        #expect(list.count == 4)
    }
}
