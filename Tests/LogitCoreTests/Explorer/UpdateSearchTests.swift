import Testing
@testable import LogitCore

/// `/` search: a field whose Enter selects the next label containing the text (ASCII case
/// ignored), then ^N / ^P (`findNext`) for the next and previous, wrapping, in the order shown.
@Suite struct UpdateSearchTests {
    static let fruit = ExplorerState(document: LogitDocument(
        logits: [1, 3, 2, 4], labels: ["apple", "Banana", "cherry", "bandana"]))

    private func search(_ text: String, from state: ExplorerState = fruit) -> ExplorerState {
        reduce(from: state, .beginEdit(.search), .edit(.insert(text)), .commitEdit)
    }

    @Test func enterSelectsTheFirstMatchIgnoringCase() {
        let s = search("BAN")
        #expect(s.field == nil)
        #expect(s.selection == 1)
        #expect(s.search?.query == "BAN")
        #expect(s.message?.text.hasPrefix("\"BAN\": match 1 of 2") == true)
    }

    @Test func nextAndPreviousWrap() {
        let s = search("ban")
        #expect(reduce(from: s, .findNext(forward: true)).selection == 3)
        let wrapped = reduce(from: s, .findNext(forward: true), .findNext(forward: true))
        #expect(wrapped.selection == 1)
        #expect(wrapped.message?.text.contains("(wrapped)") == true)
        #expect(reduce(from: s, .findNext(forward: false)).selection == 3)
    }

    @Test func searchFollowsTheRankOrder() {
        // Ranked: bandana (4), Banana (3), cherry (2), apple (1): the first match is bandana.
        let ranked = reduce(from: Self.fruit, .setOrder(.rank), .selectFirst)
        #expect(ranked.selection == 3)
        let s = search("an", from: ranked)
        #expect(s.selection == 3)
        #expect(reduce(from: s, .findNext(forward: true)).selection == 1)
    }

    @Test func noMatchKeepsTheFieldOpenAndTheSelection() {
        let s = search("kiwi")
        #expect(s.field?.purpose == .search)
        #expect(s.selection == 0)
        #expect(s.message == .error("no label contains \"kiwi\""))
        #expect(reduce(from: s, .cancelEdit).field == nil)
    }

    @Test func emptySearchIsRefusedAndNothingToRepeatIsSaid() {
        let s = search("  ")
        #expect(s.field != nil)
        #expect(s.message?.kind == .error)
        #expect(reduce(from: Self.fruit, .findNext(forward: true)).message == .info("no search yet: / searches the labels"))
    }

    @Test func theFieldReopensWithTheLastQuery() {
        let s = reduce(from: search("cher"), .beginEdit(.search))
        #expect(s.field?.text == "cher")
    }

    @Test func labelSearchMatchesBytesAndFoldsASCIIOnly() {
        #expect(LabelSearch("ÉT").matches("ÉTÉ"))
        #expect(!LabelSearch("ét").matches("ÉTÉ"))
        #expect(LabelSearch("Ġthe").matches("Ġthere"))
        #expect(!LabelSearch("").matches("x"))
        #expect(!LabelSearch("long").matches("lon"))
    }
}
