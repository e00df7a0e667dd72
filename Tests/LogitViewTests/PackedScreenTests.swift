import Testing
@testable import LogitView

/// A screen keeps multi-scalar graphemes in a table of its own; what it gives back must be what
/// it was given, scalar for scalar.
@Suite struct PackedScreenTests {
    @Test func longGraphemesComeBackAsWritten() {
        var screen = Screen(size: Size(width: 12, height: 1))
        // Canonically equivalent (the marks reordered), yet different bytes: both are kept.
        screen.write("e\u{323}\u{302}e\u{302}\u{323}🇫🇷a\u{301}", x: 0, y: 0)
        #expect(screen.lines[0].unicodeScalars.elementsEqual("e\u{323}\u{302}e\u{302}\u{323}🇫🇷a\u{301}".unicodeScalars))
        #expect(screen[0, 0].character.unicodeScalars.elementsEqual("e\u{323}\u{302}".unicodeScalars))
        #expect(screen[1, 0].character.unicodeScalars.elementsEqual("e\u{302}\u{323}".unicodeScalars))
        #expect(screen[3, 0].isContinuation)
    }

    @Test func screensCompareByCellsWhateverOrderTheirGraphemesCameIn() {
        var a = Screen(size: Size(width: 6, height: 1))
        a.write("🇫🇷", x: 0, y: 0)
        a.write("a\u{301}", x: 2, y: 0)
        var b = Screen(size: Size(width: 6, height: 1))
        b.write("a\u{301}", x: 2, y: 0)
        b.write("🇫🇷", x: 0, y: 0)
        #expect(a == b)
        var c = b
        c.write("e\u{301}", x: 2, y: 0)
        #expect(a != c)
        var d = a
        d.write("\u{E1}", x: 2, y: 0)  // á in one scalar: looks the same, but other bytes
        #expect(a != d)
    }

    @Test func aCellSetThroughTheSubscriptReadsBack() {
        var screen = Screen(size: Size(width: 3, height: 1))
        screen[1, 0] = Cell("👍🏽", style: Theme.argmax)
        #expect(screen[1, 0] == Cell("👍🏽", style: Theme.argmax))
        #expect(screen.cells.map(\.character) == [" ", "👍🏽", " "])
    }
}
