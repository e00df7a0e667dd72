import LogitCore
import LogitView
import Testing

@Suite struct SessionKeyTests {
    @Test func wSavesAndTheConfirmationTakesItsOwnKeys() {
        let seed = ExplorerState()
        #expect(Keymap.action(for: .character("w"), in: frame(seed)) == .session(.beginSave))
        let asking = update(seed, .session(.askToOverwrite(path: "notes.txt"))).state
        #expect(Keymap.action(for: .character("y"), in: frame(asking)) == .session(.confirmOverwrite))
        #expect(Keymap.action(for: .character("n"), in: frame(asking)) == .session(.declineOverwrite))
        #expect(Keymap.action(for: .escape, in: frame(asking)) == .session(.declineOverwrite))
        #expect(Keymap.action(for: .character("q"), in: frame(asking)) == .session(.declineOverwrite))  // not quit
    }

    @Test func theConfirmationNamesTheFileAndTheKeys() {
        let asking = update(ExplorerState(), .session(.askToOverwrite(path: "notes.txt"))).state
        let text = render(asking, size: Size(width: 80, height: 24)).plainText()
        #expect(text.contains("replace file?"))
        #expect(text.contains("notes.txt"))
        #expect(text.contains("exists and is not a logitscope session."))
        #expect(text.contains("y replace it   n keep it"))
    }

    @Test func thePathFieldIsOnTheStatusLine() {
        let state = update(ExplorerState(), .session(.beginSave)).state
        let screen = render(state, size: Size(width: 80, height: 24))
        #expect(screen.lines[23].hasPrefix(" save session to: logitscope-session.json"))
    }
}
