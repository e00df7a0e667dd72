import LogitCore
import Testing

/// The core's side of saving: it asks (`Effect.save`), the backend answers; nothing here touches
/// a file.
@Suite struct SessionActionTests {
    @Test func beginSaveOpensTheFieldOnTheLastPath() {
        let (state, effects) = update(ExplorerState(), .session(.beginSave))
        #expect(state.field?.purpose == .sessionPath)
        #expect(state.field?.text == "logitscope-session.json")
        #expect(effects == [])
    }

    @Test func committingThePathAsksToSaveTheStateAsItIs() {
        var state = update(ExplorerState(), .nudgeLogit(steps: 1)).state
        state = update(state, .session(.beginSave)).state
        state = update(state, .edit(.insert(" runs/a.json "))).state
        let effects = state.apply(.commitEdit)
        #expect(state.field == nil)
        #expect(state.session.path == "runs/a.json")
        #expect(effects == [.save(SaveRequest(path: "runs/a.json", session: SavedSession(state)))])
        guard case .save(let request)? = effects.first else { return }
        #expect(request.session.document.logits == [2.1, 1, 0.1])
        #expect(request.overwrite == false)
        // Saving is not an edit: undo still undoes the nudge.
        #expect(update(state, .undo).state.document.logits == [2, 1, 0.1])
    }

    /// The request is the session when asked: what happens after cannot change what is written.
    @Test func theSaveCarriesTheSessionAsItWasWhenAsked() {
        let (asked, effects) = update(ExplorerState(), .session(.save(path: "s.json")))
        let later = update(asked, .nudgeLogit(steps: 1)).state
        #expect(later.document.logits == [2.1, 1, 0.1])
        #expect(effects == [.save(SaveRequest(path: "s.json", session: SavedSession(ExplorerState())))])
    }

    @Test func anEmptyPathIsRefusedAndTheFieldStays() {
        var state = update(ExplorerState(), .session(.beginSave)).state
        state = update(state, .edit(.deleteBackward)).state
        let effects = state.apply(.commitEdit)
        #expect(state.field?.purpose == .sessionPath)
        #expect(state.message == .error("type a file name to save the session to"))
        #expect(effects == [])
    }

    @Test func aForeignFileIsOnlyReplacedAfterConfirmation() {
        var state = update(ExplorerState(), .session(.save(path: "notes.txt"))).state
        #expect(state.apply(.session(.askToOverwrite(path: "notes.txt"))) == [])
        #expect(state.overlay == .confirmOverwrite(path: "notes.txt"))

        let declined = update(state, .session(.declineOverwrite))
        #expect(declined.state.overlay == .none)
        #expect(declined.effects == [])
        #expect(declined.state.message == .info("not saved: notes.txt left as it was"))

        let confirmed = update(state, .session(.confirmOverwrite))
        #expect(confirmed.state.overlay == .none)
        #expect(confirmed.effects == [.save(SaveRequest(path: "notes.txt", session: SavedSession(state), overwrite: true))])
        // Without the question on screen, y confirms nothing.
        #expect(update(ExplorerState(), .session(.confirmOverwrite)).effects == [])
    }

    @Test func theBackendsAnswersAskForNothingMore() {
        let asked = update(ExplorerState(), .session(.save(path: "s.json"))).state
        let saved = update(asked, .session(.saved(path: "s.json")))
        #expect(saved.effects == [])
        #expect(saved.state.message?.kind == .info)
        #expect(saved.state.message?.text.hasPrefix("session saved to s.json") == true)
        let failed = update(asked, .session(.saveFailed("cannot write s.json: Permission denied")))
        #expect(failed.effects == [])
        #expect(failed.state.message == .error("cannot write s.json: Permission denied"))
    }
}
