import Testing
import LogitCore
@testable import LogitView

/// The online softmax panel: every number it shows is the core's `OnlineSoftmax` (checked against
/// numpy in OnlineReferenceTests), formatted as every panel formats it; the block size it walks
/// with is the document's; it never overflows where the naive path does; and more blocks than
/// rows read as a window around the selected class's block.
@Suite struct OnlinePanelTests {
    private func focused(_ state: ExplorerState, _ size: Size = screenSize(80, 24)) -> Screen {
        render(update(state, .classroom(.focus(.online))).state, size: size)
    }

    /// A row's words, the selection and argmax marks left out.
    private func words(_ line: String) -> [String] {
        line.split(separator: " ").map(String.init).filter { !["▸", "★", "▸★", "◎"].contains($0) }
    }

    /// The words a block row shows for step b.
    private func blockWords(_ o: OnlineSoftmax, _ b: Int) -> [String] {
        let s = o.steps[b]
        let classes = s.range.count == 1 ? "\(s.range.lowerBound + 1)" : "\(s.range.lowerBound + 1)–\(s.range.upperBound)"
        return ["\(b + 1)", classes, NumberFormat.logit(s.blockMax).text, NumberFormat.logit(s.max).text,
                s.rescale.map { NumberFormat.number($0).text } ?? "—", NumberFormat.number(s.blockSum).text,
                NumberFormat.number(s.sum).text]
    }

    /// The last words of class i's row: z/T, its block, e^(z/T − m), online p, stable p, ulps.
    private func classWords(_ o: OnlineSoftmax, _ i: Int) -> [String] {
        let a = o.analysis
        return [NumberFormat.logit(a.scaled(at: i)).text, "\(i / o.block + 1)", NumberFormat.number(a.shiftedExponential(at: i)).text,
                NumberFormat.fraction(o.softmax(at: i)).text, NumberFormat.fraction(a.softmax(at: i)).text, "\(o.ulps(at: i))"]
    }

    private func showsEveryBlockAndClass(_ state: ExplorerState, on screen: Screen) {
        let o = OnlineSoftmax(state.analysis, block: state.document.effectiveOnlineBlock)
        let rows = screen.lines.map(words)
        for b in o.steps.indices {
            #expect(rows.contains(blockWords(o, b)), "block \(b + 1): \(blockWords(o, b))")
        }
        for i in 0..<o.count {
            #expect(rows.contains { $0.count >= 6 && Array($0.suffix(6)) == classWords(o, i) }, "class \(i + 1): \(classWords(o, i))")
        }
    }

    /// The seed in its default two blocks: [2, 1] gives ℓ = 1.368, then [0.1] leaves m at 2 (rescale
    /// 1) and adds 0.1496 for ℓ = 1.517; p is the stable 0.659 / 0.242 / 0.099, 0 ulps apart (numpy:
    /// the reference's "online seed float64 B=2").
    @Test func theSeedInTwoBlocksShowsTheCoresNumbers() throws {
        let screen = focused(Examples.seed)
        let text = screen.plainText()
        #expect(text.contains("ONLINE SOFTMAX  one pass, blocks of B = 2, Float64 (B sets it)"))
        showsEveryBlockAndClass(Examples.seed, on: screen)
        let rows = screen.lines.map(words)
        #expect(rows.contains(["1", "1–2", "2", "2", "—", "1.368", "1.368"]))
        #expect(rows.contains(["2", "3", "0.1", "2", "1", "0.1496", "1.517"]))
        #expect(rows.contains(["News", "2", "1", "1", "0.659", "0.659", "0"]))
        #expect(text.contains("final m = 2, ℓ = 1.517   online p within 0 ulps of stable p"))
        // The selected class's block is marked, as the selected class is.
        #expect(try #require(screen.lines.first { $0.contains("1–2") }).hasPrefix(" ▸"))
    }

    /// B on the keyboard reaches the panel: 3, then 1 (three blocks, the max rising never here).
    @Test func theBlockKeyChangesWhatThePanelWalks() {
        var state = Examples.seed
        for expected in [3, 1, 2] {
            state = update(state, Keymap.action(for: .character("B"), in: frame(state))!).state
            let screen = render(state, size: screenSize(80, 24))
            #expect(screen.plainText().contains("blocks of B = \(expected), Float64"))
            showsEveryBlockAndClass(state, on: screen)
        }
    }

    /// NUMERICS.md: naive exp(12) overflows Float16 and exp(89) BFloat16; the online walk, in every
    /// block size, keeps every ℓ finite and every p within an ulp of the stable one, and says so.
    @Test(arguments: [(Precision.float16, [12.0, 11, 10]), (.bfloat16, [89, 88, 87])], 1...3)
    func neverOverflowsWhereTheNaivePathDoes(_ p: (Precision, [Double]), _ block: Int) {
        let state = ExplorerState(document: LogitDocument(logits: p.1, precision: p.0, onlineBlock: block))
        #expect(state.analysis.naiveSoftmax[0].isNaN)
        let screen = focused(state)
        showsEveryBlockAndClass(state, on: screen)
        let top = Int(p.1[0])
        #expect(screen.plainText().contains("✓ exponents ≤ 0, no overflow (naive e^\(top) = inf)"))
        let panel = screen.lines.drop { !$0.contains("ONLINE SOFTMAX") }.prefix { !$0.contains("final m") }
        #expect(panel.count >= 4 && !panel.contains { $0.contains("inf") || $0.contains("NaN") })
    }

    /// Twelve classes in blocks of one at 80×24: the window shows the selected class's block and
    /// the one before it, with how many are hidden either side, and follows the selection; the
    /// closing line still gives the final m and ℓ.
    @Test func moreBlocksThanRowsShowAWindowAroundTheSelection() throws {
        var state = Examples.twelve  // class 6 selected
        state.apply(.classroom(.setOnlineBlock(1)))
        let o = OnlineSoftmax(state.analysis, block: 1)
        let screen = focused(state)
        let rows = screen.lines.map(words)
        #expect(screen.plainText().contains("↑ 4 more blocks"))
        #expect(rows.contains(blockWords(o, 4)) && rows.contains(blockWords(o, 5)))
        #expect(screen.plainText().contains("↓ 6 more blocks"))
        #expect(try #require(screen.lines.first { words($0) == blockWords(o, 5) }).hasPrefix(" ▸"))
        #expect(screen.plainText().contains("final m = 3.2, ℓ = \(NumberFormat.number(o.sum).text)"))
        // At the last class, the last three blocks.
        state.apply(.selectLast)
        let last = focused(state).lines.map(words)
        #expect((9..<12).allSatisfy { last.contains(blockWords(o, $0)) })
        #expect(focused(state).plainText().contains("↑ 9 more blocks"))
    }

    /// A printout shows every block, and says how the command line sets B.
    @Test func thePrintoutShowsEveryBlock() {
        var state = Examples.twelve
        state.apply(.classroom(.setOnlineBlock(1)))
        let screen = renderPrintout(state, width: 80)
        #expect(screen.plainText().contains("blocks of B = 1, Float64 (--block B)"))
        showsEveryBlockAndClass(state, on: screen)
        #expect(!screen.plainText().contains("more blocks"))
    }
}
