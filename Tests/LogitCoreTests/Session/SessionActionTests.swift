import LogitCore
import Testing

/// The core's side of saving: it asks, the backend answers; nothing here touches a file.
@Suite struct SessionActionTests {
    @Test func beginSaveOpensTheFieldOnTheLastPath() {
        let state = update(ExplorerState(), .session(.beginSave))
        #expect(state.field?.purpose == .sessionPath)
        #expect(state.field?.text == "logitscope-session.json")
        #expect(state.session.saveRequest == nil)
    }

    @Test func committingThePathRequestsASaveOfTheStateAsItIs() {
        var state = update(ExplorerState(), .nudgeLogit(steps: 1))
        state = update(state, .session(.beginSave))
        state = update(state, .edit(.insert(" runs/a.json ")))
        state = update(state, .commitEdit)
        #expect(state.field == nil)
        #expect(state.session.path == "runs/a.json")
        #expect(state.session.saveRequest == SaveRequest(path: "runs/a.json", session: SavedSession(state)))
        #expect(state.session.saveRequest?.session.document.logits == [2.1, 1, 0.1])
        #expect(state.session.saveRequest?.overwrite == false)
        // Saving is not an edit: undo still undoes the nudge.
        #expect(update(state, .undo).document.logits == [2, 1, 0.1])
    }

    @Test func anEmptyPathIsRefusedAndTheFieldStays() {
        var state = update(ExplorerState(), .session(.beginSave))
        state = update(state, .edit(.deleteBackward))
        state = update(state, .commitEdit)
        #expect(state.field?.purpose == .sessionPath)
        #expect(state.message == .error("type a file name to save the session to"))
        #expect(state.session.saveRequest == nil)
    }

    @Test func aForeignFileIsOnlyReplacedAfterConfirmation() {
        var state = update(ExplorerState(), .session(.save(path: "notes.txt")))
        state = update(state, .session(.askToOverwrite(path: "notes.txt")))
        #expect(state.session.saveRequest == nil)
        #expect(state.overlay == .confirmOverwrite(path: "notes.txt"))

        let declined = update(state, .session(.declineOverwrite))
        #expect(declined.overlay == .none)
        #expect(declined.session.saveRequest == nil)
        #expect(declined.message == .info("not saved: notes.txt left as it was"))

        let confirmed = update(state, .session(.confirmOverwrite))
        #expect(confirmed.overlay == .none)
        #expect(confirmed.session.saveRequest?.path == "notes.txt")
        #expect(confirmed.session.saveRequest?.overwrite == true)
    }

    @Test func theBackendsAnswersEndTheRequest() {
        let asked = update(ExplorerState(), .session(.save(path: "s.json")))
        let saved = update(asked, .session(.saved(path: "s.json")))
        #expect(saved.session.saveRequest == nil)
        #expect(saved.message?.kind == .info)
        #expect(saved.message?.text.hasPrefix("session saved to s.json") == true)
        let failed = update(asked, .session(.saveFailed("cannot write s.json: Permission denied")))
        #expect(failed.session.saveRequest == nil)
        #expect(failed.message == .error("cannot write s.json: Permission denied"))
    }
}
