import LogitCore
import Testing

/// The reducer returns what an action asks of the outside world; only quit, a save and an export
/// ask anything (the save and export cases are in SessionActionTests and ClassroomActionTests).
@Suite struct EffectTests {
    @Test func quitAsksToLeaveAndChangesNothingElse() {
        let (state, effects) = update(ExplorerState(), .quit)
        #expect(effects == [.quit])
        #expect(state == ExplorerState())
    }

    @Test(arguments: [
        Action.moveSelection(by: 1), .nudgeLogit(steps: 1), .setLogit(index: 1, value: 3), .addClass, .deleteClass,
        .scaleTemperature(up: true), .cyclePrecision, .toggleHelp, .dismissOverlay, .undo, .redo,
        .beginEdit(.logit), .commitEdit, .cancelEdit, .toggleOrder, .movePage(by: 1, pageRows: 2),
        .draw(count: 10), .gesture(.setLogit(index: 0, value: 1), starts: true), .classroom(.openExport),
        .classroom(.startTour), .classroom(.revealTourStep), .classroom(.loadPreset("overflow-f16")),
        .session(.beginSave), .session(.declineOverwrite),
    ])
    func everyOtherActionAsksForNothing(_ action: Action) {
        #expect(update(ExplorerState(), action).effects == [])
    }

    /// A committed field hands on what the action it stands for asks.
    @Test func aCommittedPathFieldAsksForTheSave() {
        var state = update(ExplorerState(), .session(.beginSave)).state
        let effects = state.apply(.commitEdit)
        #expect(effects == [.save(SaveRequest(path: "logitscope-session.json", session: SavedSession(ExplorerState())))])
    }
}
