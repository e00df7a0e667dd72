import Testing
@testable import LogitCore

@Suite struct UpdateSelectionTests {
    @Test func movesWithinBounds() {
        #expect(reduce(.moveSelection(by: 1)).selection == 1)
        #expect(reduce(.moveSelection(by: 5)).selection == 2)
        #expect(reduce(.moveSelection(by: -1)).selection == 0)
        #expect(reduce(.selectLast).selection == 2)
        #expect(reduce(.selectLast, .selectFirst).selection == 0)
    }

    @Test func selectIgnoresOutOfRange() {
        #expect(reduce(.select(2)).selection == 2)
        #expect(reduce(.select(1), .select(3)).selection == 1)
        #expect(reduce(.select(1), .select(-1)).selection == 1)
    }

    @Test func selectionIsNotRecordedForUndo() {
        let s = reduce(.moveSelection(by: 1))
        #expect(!s.history.canUndo)
    }

    @Test func helpOverlayAndQuit() {
        #expect(reduce(.toggleHelp).overlay == .help)
        #expect(reduce(.toggleHelp, .toggleHelp).overlay == ExplorerState.Overlay.none)
        #expect(reduce(.toggleHelp, .dismissOverlay).overlay == ExplorerState.Overlay.none)
        #expect(update(ExplorerState(), .toggleHelp).effects == [])
        #expect(update(ExplorerState(), .quit).effects == [.quit])
    }
}
