import LogitCore
import LogitRuntime
import LogitView
import Testing

/// The run loop on an in-memory terminal: scripted keys, mouse reports and resizes in, the frames
/// it draws out.
@Suite struct ExplorerLoopTests {
    @Test func theFirstFrameIsTheStatesScreen() {
        let (final, terminal) = run([])
        #expect(final == ExplorerState())
        #expect(terminal.drawn == [render(ExplorerState(), size: standard)])
    }

    /// The status message is the core's, on the next frame: nothing between frames clears it
    /// (a page height sent back into the core used to, after `a`, `d`, `i` and a resize).
    @Test(arguments: [
        ("a", "added class 3 with logit 0 (Enter sets its value, r renames it)"),
        ("d", "deleted News (u undoes)"),
        ("i", "ranked by probability"),
    ])
    func aKeyShowsTheMessageTheCoreSet(key: String, message: String) throws {
        let (final, terminal) = run([typed(key)])
        #expect(final.message == .info(message))
        #expect(terminal.shownWhenIdle.count == 2)
        let shown = try #require(terminal.shownWhenIdle.last)
        #expect(shown.statusLine.hasPrefix(" " + message))
        #expect(shown == render(final, size: standard))
    }

    @Test func aResizeKeepsTheMessageAndDrawsAtTheNewSize() throws {
        let wide = Size(width: 120, height: 40)
        let (final, terminal) = run([typed("a"), [.resize(wide)], [.resize(Size(width: 30, height: 8))], [.resize(standard)]])
        #expect(final.message == .info("added class 3 with logit 0 (Enter sets its value, r renames it)"))
        #expect(terminal.shownWhenIdle.map(\.size) == [standard, standard, wide, Size(width: 30, height: 8), standard])
        #expect(terminal.shownWhenIdle[2].statusLine.hasPrefix(" added class 3 with logit 0"))
        #expect(terminal.shownWhenIdle[3].plainText().contains("too small"))
        #expect(terminal.shownWhenIdle[4] == terminal.shownWhenIdle[1])
    }

    /// Everything already read is applied before a frame is drawn: keys typed ahead meet the
    /// state the earlier ones left (Enter opened the field that 3 is typed into).
    @Test func aBurstIsAppliedInOrderAndDrawnOnce() {
        let (final, terminal) = run([[key(.enter)] + typed("3") + [key(.enter), key(.down)]])
        #expect(final.document.logits == [3, 1, 0.1])
        #expect(final.selection == 1)
        #expect(terminal.drawn.count == 2)
        #expect(terminal.drawn.last == render(final, size: standard))
    }

    /// PgDn moves by the page height of the frame it was pressed on: 18 rows at 80×24 (19 rows
    /// shown, one kept for context), 34 at 80×40, whatever happened in between.
    @Test func pagesMoveByThePageHeightOfTheFrameOnScreen() {
        #expect(Frame(vocabulary, size: standard).pageRows == 18)
        #expect(Frame(vocabulary, size: Size(width: 80, height: 40)).pageRows == 34)
        let (paged, _) = run([[key(.pageDown)], [.resize(Size(width: 80, height: 40))], [key(.pageDown)]], from: vocabulary)
        #expect(paged.selection == 18 + 34)
        // In one read, each key meets the frame the previous one left: the resize comes first.
        let (burst, _) = run([[key(.pageDown), .resize(Size(width: 80, height: 40)), key(.pageDown), key(.pageUp)]], from: vocabulary)
        #expect(burst.selection == 18)
        // The status message set before a page move is the page move's to clear, not the frame's.
        let (afterSearch, terminal) = run([typed("i"), [key(.pageDown)]], from: vocabulary)
        #expect(afterSearch.order == .index)
        #expect(terminal.shownWhenIdle[1].statusLine.hasPrefix(" in index order"))
        #expect(afterSearch.message == nil)
    }

    /// A press on News's logit bar, two drags along the header row and the release, as one read:
    /// the press selects the class and sets its logit, the drags keep moving it, and one undo
    /// takes the whole gesture back.
    @Test func aPressAndDragEditsTheLogitAsOneUndoStep() throws {
        let first = render(ExplorerState(), size: standard)
        let axis = try #require(first.position(of: "│", inRowWith: "Technology"))
        let (dragged, terminal) = run([[
            mouse(.press, axis.x + 1, axis.y), mouse(.drag, axis.x + 2, 0), mouse(.drag, axis.x + 3, 0),
            mouse(.release, axis.x + 3, 0),
        ]])
        // Where a press at the drag's last column lands, on the frame the drag was made on.
        let pressed = update(ExplorerState(), .select(2)).state
        guard case .gesture(.setLogit(index: 2, let z), starts: true)? =
            MouseMap.action(for: MouseEvent(.press, x: axis.x + 3, y: axis.y), in: Frame(pressed, size: standard))
        else {
            Issue.record("no setLogit at the drag's last column")
            return
        }
        #expect(z > 0.1)
        #expect(dragged.document.logits == [2, 1, z])
        #expect(dragged.selection == 2)
        #expect(terminal.drawn.count == 2)  // the whole gesture, one frame
        let (undone, _) = run([typed("u")], from: dragged)
        #expect(undone.document == ExplorerState().document)
    }

    @Test func theWheelMovesTheSelectionAndAClickSelects() throws {
        let first = render(ExplorerState(), size: standard)
        let entertainment = try #require(first.position(of: "Entertainment", inRowWith: "Entertainment"))
        let (wheeled, _) = run([[mouse(.scrollDown, 10, 10)], [mouse(.scrollDown, 10, 10)], [mouse(.scrollUp, 10, 10)]])
        #expect(wheeled.selection == 1)
        let (clicked, _) = run([[mouse(.press, entertainment.x, entertainment.y), mouse(.release, entertainment.x, entertainment.y)]])
        #expect(clicked.selection == 1)
    }

    @Test func keysAndReportsTheExplorerDoesNotUseDrawNothing() {
        let (final, terminal) = run([[key(.function(5))], typed("v"), [mouse(.release, 3, 3)]])
        #expect(final == ExplorerState())
        #expect(terminal.drawn.count == 1)
        #expect(terminal.shownWhenIdle.count == 4)
    }

    /// After Ctrl-Z and `fg` (or a SIGCONT) the backend asks for the frame again, whole.
    @Test func aRedrawDrawsTheSameFrameAgain() {
        let (_, terminal) = run([typed("T"), [.redraw]])
        #expect(terminal.drawn.count == 3)
        #expect(terminal.drawn[2] == terminal.drawn[1])
    }

    /// q ends the loop at once; what was typed after it in the same read is not applied.
    @Test func qQuitsAndHandsBackTheState() {
        let (final, terminal) = run([[key(.right)], typed("qT")])
        #expect(final.document.logits == [2.1, 1, 0.1])
        #expect(final.document.temperature == 1)
        #expect(terminal.drawn.count == 2)
    }

    /// A quit from the backend (SIGINT, SIGTERM, SIGHUP, or the terminal gone) hands back the
    /// state as it is, edits included; so does the script running out.
    @Test func aQuitEventHandsBackTheState() {
        let (final, _) = run([[key(.right), .quit, key(.right)]])
        #expect(final.document.logits == [2.1, 1, 0.1])
        let (ranOut, _) = run([[key(.right)], [key(.right)]])
        #expect(ranOut.document.logits == [2.2, 1, 0.1])
    }

    /// In the help, q closes the help: the key map reads the state the frame was built from.
    @Test func qInTheHelpClosesItRatherThanQuitting() {
        let (final, terminal) = run([typed("?"), typed("q"), [key(.right)]])
        #expect(final.overlay == .none)
        #expect(final.document.logits == [2.1, 1, 0.1])
        #expect(terminal.shownWhenIdle[1].plainText().contains("logitscope keys"))
    }
}
