import Testing
import LogitCore
@testable import LogitView

/// Facts about the ranked list that hold at any size: when it is shown, where the cut falls, what
/// index order shows, that the selection stays on screen at the far end of a million tokens, that
/// a click selects a row's token, the fields on the status line, and the help it shows.
@Suite struct ListFactsTests {
    let size = Size(width: 80, height: 24)

    @Test func aVocabularyGetsTheListAFewClassesThePanels() {
        #expect(render(VocabularyExamples.state(), size: size).lines[1].contains("RANK"))
        #expect(!render(ExplorerState(), size: size).plainText().contains("RANK"))
        // i shows the seed as a ranked list too.
        #expect(render(update(ExplorerState(), .toggleOrder).state, size: size).lines[1].contains("RANK"))
    }

    @Test func theCutFollowsTheKeptTokens() throws {
        for k in [1, 3, 12] {
            let lines = render(VocabularyExamples.state(topK: k), size: size).lines
            let cut = try #require(lines.firstIndex { $0.contains("kept \(k) token") })
            // The heading is row 1, so k kept rows end at row 1 + k.
            #expect(cut == 2 + k)
        }
        #expect(!render(VocabularyExamples.state(), size: size).plainText().contains("─ kept"))
    }

    @Test func indexOrderHasNoCutAndMarksTheRemoved() {
        let state = update(update(VocabularyExamples.state(topK: 2), .setOrder(.index)).state, .select(5)).state
        let text = render(state, size: size).plainText()
        #expect(!text.contains("─ kept"))
        #expect(text.contains("kept 2 of 50000 tokens"))
        let row = render(state, size: size).lines.first { $0.contains("tok3 ") } ?? ""
        #expect(row.contains("       -"))
    }

    @Test func theSelectionStaysOnScreenAtTheEndOfAMillionTokens() {
        let n = 1_000_000
        let logits = (0..<n).map { Double($0 % 1009) / 100 }
        let state = update(ExplorerState(document: LogitDocument(logits: logits)), .selectLast).state
        let lines = render(state, size: size).lines
        // The last rank is the lowest logit (0) with the highest index among its ties.
        #expect(lines.contains { $0.hasPrefix(" ▸") && $0.contains("1000000") }, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("↑ ") && $0.contains("more") })
    }

    @Test func aClickSelectsTheRowsToken() {
        let state = VocabularyExamples.state()
        // Row 2 + r shows rank r + 1 (token r in this vocabulary).
        #expect(MouseMap.action(for: MouseEvent(.press, x: 20, y: 6), in: frame(state, size)) == .select(4))
        #expect(MouseMap.action(for: MouseEvent(.press, x: 20, y: 1), in: frame(state, size)) == nil)
        #expect(MouseMap.action(for: MouseEvent(.scrollDown, x: 20, y: 6), in: frame(state, size)) == .moveSelection(by: 1))
    }

    @Test func pagesAreTheRowsOnScreen() {
        // 24 rows: header, heading, 19 rows, 2 sampling lines, status; a page keeps one row.
        #expect(frame(VocabularyExamples.state(), size).pageRows == 18)
    }

    @Test func searchAndSeedFieldsSitOnTheStatusLine() {
        let search = update(VocabularyExamples.state(), .beginEdit(.search)).state
        let typed = update(search, .edit(.insert("tok42"))).state
        #expect(render(typed, size: size).lines[23].hasPrefix(" /tok42"))
        let seed = update(VocabularyExamples.state(), .beginEdit(.seed)).state
        #expect(render(seed, size: size).lines[23].hasPrefix(" seed: 7"))
    }

    @Test func theLogitFieldOpensOnTheSelectedRow() {
        let state = update(update(VocabularyExamples.state(), .select(3)).state, .beginEdit(.logit)).state
        let row = render(state, size: size).lines.first { $0.contains("tok3") } ?? ""
        #expect(row.contains("-0.75"))
        #expect(row.hasPrefix(" ▸"))
    }

    @Test func theHelpListsTheListsKeys() {
        let text = render(update(VocabularyExamples.state(), .toggleHelp).state, size: size).plainText()
        #expect(!text.contains("taller terminal"))
        for binding in KeyBindings.vocabulary.flatMap(\.bindings) {
            #expect(text.contains(binding.label), "help lacks \(binding.label)")
            #expect(text.contains(binding.help), "help lacks \(binding.help)")
        }
    }

    @Test func asciiOnlyWithoutUnicode() {
        let state = [.select(2), .draw(count: 100)].reduce(VocabularyExamples.state(topK: 5)) { update($0, $1).state }
        let text = render(state, size: size, options: RenderOptions(unicode: false)).plainText()
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("--- kept 5 tokens - mass"))
    }

    @Test func thePrintoutListsTheTopOfTheRanking() {
        let screen = renderPrintout(VocabularyExamples.state(topK: 3), width: 80)
        #expect(screen.lines[2].contains("tok0"))
        #expect(screen.lines.contains { $0.contains("kept 3 tokens") })
        #expect(screen.size.height == 1 + 1 + ListLayout.printedRows + ListLayout.samplingLines)
    }
}
