import LogitCore
import LogitView
import Testing

/// However small the terminal, the message fits: whole words where they fit, an ellipsis where
/// nothing does, never a layout squeezed into garbage.
@Suite struct TinyTerminalTests {
    @Test func tenByThreeSaysTooSmallInWholeLines() {
        let lines = render(ExplorerState(), size: Size(width: 10, height: 3)).lines
        #expect(lines.map { $0.trimmingTrailingBlanks } == ["too small", "need 60×16", " q quits"])
    }

    @Test(arguments: [(1, 1), (5, 1), (9, 2), (10, 3), (20, 4), (30, 8), (59, 16), (60, 15)])
    func everyTinySizeFits(width: Int, height: Int) {
        let screen = render(ExplorerState(), size: Size(width: width, height: height))
        let text = screen.plainText()
        #expect(screen.lines.count == height)
        #expect(screen.lines.allSatisfy { $0.count <= width })
        // Something says what is wrong, whole or cut ("to…", "t…").
        #expect(text.contains("too small") || text.contains("…"))
        #expect(!text.contains("SOFTMAX"))
    }
}

private extension String {
    var trimmingTrailingBlanks: String { String(reversed().drop { $0 == " " }.reversed()) }
}
