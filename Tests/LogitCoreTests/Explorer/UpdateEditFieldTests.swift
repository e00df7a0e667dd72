import Testing
@testable import LogitCore

@Suite struct UpdateEditFieldTests {
    @Test func opensWithTheCurrentValueAllSelected() {
        let s = reduce(.select(2), .beginEdit(.logit))
        #expect(s.field?.text == "0.1")
        #expect(s.field?.allSelected == true)
        #expect(s.field?.index == 2)
        #expect(reduce(.beginEdit(.temperature)).field?.text == "1")
        #expect(reduce(.beginEdit(.threshold)).field?.text == "0.5")
        #expect(reduce(.beginEdit(.label)).field?.text == "News")
    }

    @Test func typingReplacesAndEnterCommits() {
        let s = reduce(.beginEdit(.logit), .edit(.insert("3")), .edit(.insert(".5")), .commitEdit)
        #expect(s.field == nil)
        #expect(s.document.logits == [3.5, 1, 0.1])
        #expect(s.history.canUndo)
        #expect(reduce(.beginEdit(.logit), .edit(.insert("−inf")), .commitEdit).document.logits[0] == -.infinity)
    }

    @Test func arrowsDropTheSelectionToEditInPlace() {
        let s = reduce(.beginEdit(.logit), .edit(.moveRight), .edit(.insert("5")), .commitEdit)
        #expect(s.document.logits[0] == 25)
        let t = reduce(.beginEdit(.logit), .edit(.moveToStart), .edit(.insert("-")), .commitEdit)
        #expect(t.document.logits[0] == -2)
        let u = reduce(.select(2), .beginEdit(.logit), .edit(.moveLeft), .edit(.deleteForward), .commitEdit)
        #expect(u.document.logits[2] == 0.1)  // cursor at 0 deletes the "0": ".1"
    }

    @Test func badValueKeepsTheOldValueAndShowsTheMessage() {
        let s = reduce(.beginEdit(.logit), .edit(.insert("two")), .commitEdit)
        #expect(s.document.logits[0] == 2)
        #expect(s.field?.text == "two")
        #expect(s.message == .error("logit 1 is \"two\": not a number"))
        // The message stays while the field is open and being corrected.
        let t = reduce(from: s, .edit(.deleteBackward))
        #expect(t.message == s.message)
        let fixed = reduce(from: s, .edit(.moveToStart), .edit(.deleteForward), .edit(.deleteForward),
                           .edit(.deleteForward), .edit(.insert("4")), .commitEdit)
        #expect(fixed.document.logits[0] == 4)
        #expect(fixed.field == nil)
    }

    @Test func refusesMaskingTheLastUnmaskedClass() {
        let s = ExplorerState(document: LogitDocument(logits: [1, -.infinity], labels: ["a", "b"]))
        let t = reduce(from: s, .beginEdit(.logit), .edit(.insert("-inf")), .commitEdit)
        #expect(t.document == s.document)
        #expect(t.message == .error("cannot mask a: at least one class must stay unmasked"))
    }

    @Test func escapeCancels() {
        let s = reduce(.beginEdit(.logit), .edit(.insert("9")), .cancelEdit)
        #expect(s.field == nil)
        #expect(s.document == ExplorerState().document)
        #expect(s.message == nil)
        #expect(!s.history.canUndo)
    }

    @Test func labelRenameRules() {
        let ok = reduce(.beginEdit(.label), .edit(.insert("  Sport  ")), .commitEdit)
        #expect(ok.document.labels[0] == "Sport")
        let empty = reduce(.beginEdit(.label), .edit(.insert("  ")), .commitEdit)
        #expect(empty.document.labels[0] == "News")
        #expect(empty.message == .error("a label cannot be empty"))
        let comma = reduce(.beginEdit(.label), .edit(.insert("a,b")), .commitEdit)
        #expect(comma.document.labels[0] == "News")
        #expect(comma.message == .error("a label cannot hold a comma (labels are comma-separated on the command line)"))
    }

    @Test func temperatureAndThresholdFieldsValidate() {
        #expect(reduce(.beginEdit(.temperature), .edit(.insert("0.5")), .commitEdit).document.temperature == 0.5)
        let zero = reduce(.beginEdit(.temperature), .edit(.insert("0")), .commitEdit)
        #expect(zero.document.temperature == 1)
        #expect(zero.message == .error("temperature is 0: it must be positive (T = 0 is greedy decoding, which is the argmax)"))
        #expect(reduce(.beginEdit(.threshold), .edit(.insert("0.8")), .commitEdit).document.threshold == 0.8)
        let one = reduce(.beginEdit(.threshold), .edit(.insert("1")), .commitEdit)
        #expect(one.document.threshold == 0.5)
        #expect(one.message == .error("threshold is 1: it must be a probability strictly between 0 and 1"))
    }

    @Test func controlCharactersAreNotTyped() {
        let s = reduce(.beginEdit(.label), .edit(.insert("A\u{1B}[31mB")))
        #expect(s.field?.text == "A[31mB")
    }
}
