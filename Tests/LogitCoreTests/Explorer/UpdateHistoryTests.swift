import Testing
@testable import LogitCore

@Suite struct UpdateHistoryTests {
    @Test func undoReturnsExactlyTheEarlierDocuments() {
        var s = ExplorerState()
        var documents = [s.document]
        let actions: [Action] = [
            .nudgeLogit(steps: 3), .scaleTemperature(up: true), .cyclePrecision, .addClass,
            .nudgeThreshold(up: true), .toggleTarget, .shiftAll(by: -1.5), .deleteClass,
            .setProbability(index: 0, probability: 0.7), .nudgeClassThreshold(up: false),
        ]
        for a in actions {
            s = update(s, a)
            documents.append(s.document)
        }
        for expected in documents.reversed().dropFirst() {
            s = update(s, .undo)
            #expect(s.document == expected)
            #expect(s.analysis == Analysis(expected.analysisInput))
        }
        #expect(!s.history.canUndo)
        #expect(update(s, .undo).message == .info("nothing to undo"))
        for expected in documents.dropFirst() {
            s = update(s, .redo)
            #expect(s.document == expected)
        }
        #expect(update(s, .redo).message == .info("nothing to redo"))
    }

    @Test func aNewChangeClearsTheRedoBranch() {
        let s = reduce(.nudgeLogit(steps: 1), .nudgeLogit(steps: 1), .undo)
        #expect(s.history.canRedo)
        let t = update(s, .toggleTarget)
        #expect(!t.history.canRedo)
        #expect(update(t, .redo).document == t.document)
    }

    @Test func manyLevelsUpToTheLimit() {
        let n = History.limit + 5
        var s = reduce(from: ExplorerState(), .nudgeLogit(steps: 1), times: n)
        #expect(isClose(s.document.logits[0], 2 + Double(n) * 0.1, within: 1e-9))
        s = reduce(from: s, .undo, times: History.limit)
        #expect(isClose(s.document.logits[0], 2 + 5 * 0.1, within: 1e-9))
        #expect(!s.history.canUndo)
    }

    @Test func undoKeepsTheSelectionInRange() {
        // The added class was selected (index 3); undoing it leaves 3 classes and selection 2.
        let s = reduce(.addClass, .selectLast, .undo)
        #expect(s.document.count == 3)
        #expect(s.selection == 2)
        let t = reduce(.selectLast, .addClass, .undo)
        #expect(t.document.count == 3)
        #expect(t.selection == 2)
    }
}
