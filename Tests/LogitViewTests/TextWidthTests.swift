import Testing
@testable import LogitView

@Suite struct TextWidthTests {
    @Test func asciiAndLatinAreOneCell() {
        #expect(TextWidth.width(of: "News") == 4)
        #expect(TextWidth.width(of: "café") == 4)
    }

    @Test func eastAsianWideAndFullwidthAreTwoCells() {
        #expect(TextWidth.width(of: "中文") == 4)        // CJK ideographs
        #expect(TextWidth.width(of: "한국어") == 6)      // Hangul syllables
        #expect(TextWidth.width(of: "カタカナ") == 8)    // Katakana
        #expect(TextWidth.width(of: "ＡＢ") == 4)        // fullwidth forms
        #expect(TextWidth.width(of: "、") == 2)          // CJK punctuation
        #expect(TextWidth.width(of: "𠀋") == 2)          // CJK Extension B
        #expect(TextWidth.width(of: "ｱ") == 1)           // halfwidth Katakana stays narrow
    }

    @Test func emojiPresentationIsTwoCells() {
        #expect(TextWidth.width(of: "😀") == 2)
        #expect(TextWidth.width(of: "👍🏽") == 2)         // with a skin-tone modifier
        #expect(TextWidth.width(of: "👨‍👩‍👧") == 2)        // a ZWJ sequence is one grapheme
        #expect(TextWidth.width(of: "🇫🇷") == 2)          // a flag
        #expect(TextWidth.width(of: "☺\u{FE0F}") == 2)   // VS16 asks for emoji presentation
        #expect(TextWidth.width(of: "☺") == 1)           // text presentation by default
        #expect(TextWidth.width(of: "★") == 1)
    }

    @Test func combiningMarksJoinersAndSelectorsAreZero() {
        #expect(TextWidth.width(of: "e\u{301}") == 1)    // é as e + combining acute
        #expect(TextWidth.width(of: "a\u{200D}b") == 2)  // ZWJ between letters
        #expect(TextWidth.width(of: "a\u{FE0E}") == 1)   // variation selector
        #expect(TextWidth.width(of: "\u{1100}\u{1161}\u{11A8}") == 2)  // 각 from conjoining Jamo
        #expect(TextWidth.width(of: "x\u{200B}y") == 2)  // zero-width space
    }

    @Test func writeCutsWithAnEllipsisInCells() {
        var screen = Screen(size: Size(width: 20, height: 1))
        #expect(screen.write("Entertainment", x: 0, y: 0, maxWidth: 6) == 6)
        #expect(screen.lines[0] == "Enter…")
        var exact = Screen(size: Size(width: 20, height: 1))
        exact.write("News", x: 0, y: 0, maxWidth: 4)
        #expect(exact.lines[0] == "News")
    }

    @Test func aWideCharacterNeverStraddlesTheLimit() {
        var screen = Screen(size: Size(width: 10, height: 1))
        screen.fill(Rect(x: 0, y: 0, width: 10, height: 1), with: "X")
        #expect(screen.write("中文字", x: 1, y: 0, maxWidth: 4) == 4)
        #expect(screen.lines[0] == "X中 …XXXXX")  // the neighbour at x = 5 is untouched

        var edge = Screen(size: Size(width: 5, height: 1))
        edge.write("abcd中", x: 0, y: 0)  // 6 cells into 5: cut, the wide char never split
        #expect(edge.lines[0] == "abcd…")
        var last = Screen(size: Size(width: 3, height: 1))
        last.write("ab中", x: 0, y: 0, maxWidth: 4)
        #expect(last.lines[0] == "ab…")
        #expect(!last.cells.contains { $0.isContinuation })
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.write("中文", x: 0, y: 0)
        screen.write("a", x: 1, y: 0)  // lands on 中's second half
        #expect(screen.lines[0] == " a文")
        screen.write("b", x: 2, y: 0)  // lands on 文's first half
        #expect(screen.lines[0] == " ab")
        #expect(!screen.cells.contains { $0.isContinuation })
    }

    @Test func controlCharactersAreShownEscapedNeverRaw() {
        var screen = Screen(size: Size(width: 30, height: 1))
        screen.write("a\u{1B}[31mb\tc\u{7F}\u{9B}", x: 0, y: 0)
        #expect(screen.lines[0] == "a␛[31mb␉c␡\\x9B")
        var ascii = Screen(size: Size(width: 30, height: 1))
        ascii.write("a\u{1B}[31mb\tc\r\n", x: 0, y: 0, unicode: false)
        #expect(ascii.lines[0] == "a\\e[31mb\\tc\\r\\n")
        for cell in screen.cells + ascii.cells {
            #expect(!cell.character.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
        }
    }

    @Test func bidiControlsAreDroppedAndLoneMarksGetABase() {
        var screen = Screen(size: Size(width: 10, height: 1))
        screen.write("\u{202E}abc", x: 0, y: 0)
        #expect(screen.lines[0] == "abc")
        var mark = Screen(size: Size(width: 10, height: 1))
        #expect(mark.write("\u{301}x", x: 0, y: 0) == 2)
        #expect(mark.lines[0] == "\u{25CC}\u{301}x")
    }

    /// A zero-width space, word joiner or BOM cannot sit on a dotted circle (the two stay two
    /// graphemes); building one Character of them trapped, so such a label crashed the frame.
    @Test func invisibleScalarsThatJoinNothingAreDropped() {
        for invisible in ["\u{200B}", "\u{2060}", "\u{FEFF}", "\u{1160}"] {
            var screen = Screen(size: Size(width: 10, height: 1))
            #expect(screen.write("a" + invisible + "b", x: 0, y: 0) == 2)
            #expect(screen.lines[0] == "ab")
            #expect(DisplayText.width(invisible + "x") == 1)
        }
    }
}
