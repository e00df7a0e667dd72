import Testing
@testable import LogitCore

/// Found while writing the update fuzzer's text edits (combining marks are among its fragments):
/// typing a combining accent after a letter (a dead key, or an IME) counted two characters where the
/// text holds one, so the cursor went past the end and the next keystroke trapped.
@Suite struct EditFieldCombiningTests {
    @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
        var f = EditField(purpose: .label, index: 0, text: "")
        f.apply(.insert("e"))
        f.apply(.insert("\u{301}"))
        #expect(f.text == "é")
        #expect(f.cursor == 1)
        f.apply(.insert("\u{301}"))
        f.apply(.insert("x"))  // trapped here before
        #expect(f.text == "e\u{301}\u{301}x")
        #expect(f.cursor == 2)
    }

    @Test func inTheMiddleTheCursorStaysAfterTheJoinedCharacter() {
        var f = EditField(purpose: .label, index: 0, text: "ab")
        f.apply(.moveToStart)
        f.apply(.moveRight)
        f.apply(.insert("\u{301}"))
        #expect(f.text == "a\u{301}b")
        #expect(f.cursor == 1)
        let found = ExplorerInvariants.run(from: ExplorerState(), actions: [
            .beginEdit(.label), .edit(.insert("e")), .edit(.insert("\u{301}")), .edit(.insert("\u{301}")),
            .edit(.insert("s")), .edit(.deleteBackward), .edit(.moveLeft), .edit(.insert("\u{301}")), .commitEdit,
        ])
        #expect(found.problems == [])
        #expect(found.final.document.labels[0] == "\u{301}e\u{301}\u{301}")  // a mark typed at the start stands alone
    }
}
