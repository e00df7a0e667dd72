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
            s = update(s, a).state
            documents.append(s.document)
        }
        for expected in documents.reversed().dropFirst() {
            s = update(s, .undo).state
            #expect(s.document == expected)
            #expect(s.analysis == Analysis(expected.analysisInput))
        }
        #expect(!s.history.canUndo)
        #expect(update(s, .undo).state.message == .info("nothing to undo"))
        for expected in documents.dropFirst() {
            s = update(s, .redo).state
            #expect(s.document == expected)
        }
        #expect(update(s, .redo).state.message == .info("nothing to redo"))
    }

    @Test func aNewChangeClearsTheRedoBranch() {
        let s = reduce(.nudgeLogit(steps: 1), .nudgeLogit(steps: 1), .undo)
        #expect(s.history.canRedo)
        let t = update(s, .toggleTarget).state
        #expect(!t.history.canRedo)
        #expect(update(t, .redo).state.document == t.document)
    }

    @Test func manyLevelsUpToTheLimit() {
        let n = History.limit + 5
        var s = reduce(from: ExplorerState(), .nudgeLogit(steps: 1), times: n)
        #expect(isClose(s.document.logits[0], 2 + Double(n) * 0.1, within: 1e-9))
        s = reduce(from: s, .undo, times: History.limit)
        #expect(isClose(s.document.logits[0], 2 + 5 * 0.1, within: 1e-9))
        #expect(!s.history.canUndo)
    }

    /// Past twice the limit the dropped levels are removed in one go: still exactly the last
    /// `limit` levels to undo, and redo back to the top; two histories of the same levels are equal
    /// whatever they dropped.
    @Test func levelsBeyondTwiceTheLimit() {
        let n = 2 * History.limit + 7
        var s = reduce(from: ExplorerState(), .nudgeLogit(steps: 1), times: n)
        let top = s.document
        s = reduce(from: s, .undo, times: History.limit)
        #expect(isClose(s.document.logits[0], 2 + Double(n - History.limit) * 0.1, within: 1e-9))
        #expect(!s.history.canUndo)
        s = reduce(from: s, .redo, times: History.limit)
        #expect(s.document == top && !s.history.canRedo)
        let a = reduce(from: ExplorerState(), .nudgeLogit(steps: 1), times: History.limit + 1)
        let b = reduce(from: ExplorerState(document: reduce(.nudgeLogit(steps: 1)).document), .nudgeLogit(steps: 1), times: History.limit)
        #expect(a.history == b.history)
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

/// Undo at vocabulary scale: levels below the top keep only the entries that changed, so the
/// restored documents must still be exactly the earlier ones, through undo, redo and a new branch.
@Suite struct CompactHistoryTests {
    static func big(_ n: Int) -> ExplorerState {
        ExplorerState(document: LogitDocument(logits: (0..<n).map { Double($0 % 97) / 8 - 6 }))
    }

    @Test func undoAndRedoRestoreExactDocumentsOfAThousandClasses() {
        var s = Self.big(1000)
        var documents = [s.document]
        let actions: [Action] = [
            .select(10), .nudgeLogit(steps: 3), .select(999), .nudgeLogit(steps: -1),
            .setLogit(index: 500, value: -.infinity), .setLogit(index: 0, value: -0.0),
            .scaleTemperature(up: true), .shiftAll(by: 0.5), .addClass, .setLogit(index: 3, value: 7),
            .deleteClass, .cyclePrecision, .setLogit(index: 998, value: 1e300),
        ]
        for a in actions {
            let before = s.document
            s = update(s, a).state
            if s.document != before { documents.append(s.document) }
        }
        for expected in documents.reversed().dropFirst() {
            s = update(s, .undo).state
            #expect(s.document == expected)
            #expect(s.document.logits.map(\.bitPattern) == expected.logits.map(\.bitPattern))
        }
        #expect(!s.history.canUndo)
        for expected in documents.dropFirst() {
            s = update(s, .redo).state
            #expect(s.document.logits.map(\.bitPattern) == expected.logits.map(\.bitPattern))
            #expect(s.document == expected)
        }
        // Back three, then a new change: the old branch is gone, the past is intact.
        s = reduce(from: s, .undo, times: 3)
        let branchPoint = s.document
        s = update(s, .setLogit(index: 1, value: 42)).state
        #expect(!s.history.canRedo)
        s = update(s, .undo).state
        #expect(s.document == branchPoint)
        s = update(s, .undo).state
        #expect(s.document == documents[documents.count - 5])
    }

    @Test func aDragAcrossClassesIsOneStepAndEditsInPlaceUndoExactly() {
        // The state applied in place, as the terminal does: the logits are patched where they are.
        var s = Self.big(1000)
        let original = s.document
        s.apply(.gesture(.setLogit(index: 10, value: 3.5), starts: true))
        s.apply(.gesture(.setLogit(index: 10, value: 4.5), starts: false))
        s.apply(.gesture(.setLogit(index: 700, value: -2), starts: false))
        s.apply(.gesture(.setProbability(index: 10, probability: 0.9), starts: false))
        let dragged = s.document
        #expect(dragged.logits[700] == -2 && dragged.logits[10] != original.logits[10])
        s.apply(.nudgeLogit(steps: 1))
        s.apply(.undo)
        #expect(s.document.logits.map(\.bitPattern) == dragged.logits.map(\.bitPattern))
        s.apply(.undo)
        #expect(s.document.logits.map(\.bitPattern) == original.logits.map(\.bitPattern))
        #expect(!s.history.canUndo)
        s.apply(.redo)
        #expect(s.document.logits.map(\.bitPattern) == dragged.logits.map(\.bitPattern))
        // The ranking followed every edit, undo and redo.
        #expect(s.rankOrder == RankOrder(scaled: s.analysis.scaled))
    }
}
