import Testing
@testable import LogitCore

@Suite struct UpdateClassTests {
    @Test func addInsertsAfterTheSelectionWithLogitZero() {
        let s = reduce(.addClass)
        #expect(s.document.logits == [2, 0, 1, 0.1])
        #expect(s.document.labels == ["News", "class 3", "Entertainment", "Technology"])
        #expect(s.document.classThresholds.count == 4)
        #expect(s.selection == 1)
        #expect(s.analysis.softmax.count == 4)
        #expect(s.message == .info("added class 3 with logit 0 (Enter sets its value, r renames it)"))
        // The next name is the next free one (the new class's id when none is taken).
        #expect(reduce(.addClass, .addClass).document.labels[2] == "class 4")
    }

    @Test func addShiftsTheTargetAfterIt() {
        let s = reduce(.select(2), .toggleTarget, .select(0), .addClass)
        #expect(s.document.target == 3)
        #expect(s.document.labels[3] == "Technology")
        let before = reduce(.select(0), .toggleTarget, .select(1), .addClass)
        #expect(before.document.target == 0)
    }

    @Test func deleteAdjustsTheTarget() {
        let t2 = reduce(.select(2), .toggleTarget, .select(0), .deleteClass)
        #expect(t2.document.labels == ["Entertainment", "Technology"])
        #expect(t2.document.target == 1)
        let same = reduce(.select(1), .toggleTarget, .deleteClass)
        #expect(same.document.target == nil)
        #expect(same.message == .info("deleted Entertainment (u undoes)"))
        let lastSelected = reduce(.selectLast, .deleteClass)
        #expect(lastSelected.selection == 1)
    }

    @Test func cannotDeleteTheLastClass() {
        let one = ExplorerState(document: LogitDocument(logits: [1]))
        let s = update(one, .deleteClass).state
        #expect(s.document == one.document)
        #expect(s.message == .error("cannot delete the last class"))
    }

    @Test func cannotDeleteTheOnlyUnmaskedClass() {
        let s = ExplorerState(document: LogitDocument(logits: [1, -.infinity]))
        let t = update(s, .deleteClass).state
        #expect(t.document == s.document)
        #expect(t.message == .error("cannot delete the only unmasked class"))
        // A masked one can go.
        #expect(reduce(from: s, .select(1), .deleteClass).document.logits == [1])
    }
}
