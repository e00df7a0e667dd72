import Testing
@testable import LogitCore

/// The order the classes are walked in: index order for a few classes, rank order (most probable
/// first) for a vocabulary or on the key; paging; the selected class followed through a re-rank.
@Suite struct UpdateOrderTests {
    /// [0.1, 2, 1]: ranked, class 1 (2) first, then class 2 (1), then class 0 (0.1).
    static let shuffled = ExplorerState(document: LogitDocument(logits: [0.1, 2, 1]))

    @Test func fewClassesStartInIndexOrderAVocabularyInRankOrder() {
        #expect(Self.shuffled.order == .index)
        #expect(!Self.shuffled.showsList)
        let many = ExplorerState(document: LogitDocument(logits: (0..<65).map(Double.init)))
        #expect(many.order == .rank)
        #expect(many.showsList)
        let sixtyFour = ExplorerState(document: LogitDocument(logits: (0..<64).map(Double.init)))
        #expect(sixtyFour.order == .index)
    }

    @Test func toggleOrderWalksByRank() {
        let s = reduce(from: Self.shuffled, .toggleOrder, .selectFirst)
        #expect(s.order == .rank)
        #expect(s.showsList)
        #expect(s.selection == 1)
        #expect(reduce(from: s, .moveSelection(by: 1)).selection == 2)
        #expect(reduce(from: s, .moveSelection(by: 2)).selection == 0)
        #expect(reduce(from: s, .selectLast).selection == 0)
        #expect(reduce(from: s, .toggleOrder).order == .index)
        #expect(reduce(from: s, .setOrder(.index), .moveSelection(by: 1)).selection == 2)
    }

    @Test func orderIsNotUndone() {
        let s = reduce(from: Self.shuffled, .toggleOrder)
        #expect(!s.history.canUndo)
    }

    /// A page is the height the move carries (the frame's, filled in by the key map).
    @Test func pagesMoveByTheRowsTheyCarryAndClamp() {
        let ten = ExplorerState(document: LogitDocument(logits: (0..<10).map(Double.init)))
        let page = Action.movePage(by: 1, pageRows: 3)
        let s = reduce(from: ten, page)
        #expect(s.selection == 3)
        #expect(reduce(from: s, page, page, page).selection == 9)
        #expect(reduce(from: s, .movePage(by: -1, pageRows: 3)).selection == 0)
        #expect(reduce(from: s, .movePage(by: -5, pageRows: 3)).selection == 0)
        #expect(reduce(from: s, .movePage(by: 1, pageRows: 5)).selection == 8)
        // A page is at least one row.
        #expect(reduce(from: ten, .movePage(by: 1, pageRows: 0)).selection == 1)
    }

    @Test func pagesInRankOrderFollowTheRanking() {
        // logits 0…9 ranked: class 9 first; a page of 4 from the top lands on rank 4, class 5.
        let ten = ExplorerState(document: LogitDocument(logits: (0..<10).map(Double.init)))
        let s = reduce(from: ten, .setOrder(.rank), .selectFirst, .movePage(by: 1, pageRows: 4))
        #expect(s.selection == 5)
    }

    @Test func aNudgedTokenKeepsItsSelectionAndMovesInTheRanking() {
        // Class 0 (0.1, last) raised by 10 becomes the first.
        var s = reduce(from: Self.shuffled, .setOrder(.rank), .select(0), .cycleStep(up: true), .cycleStep(up: true))
        #expect(s.step == 10)
        s = reduce(from: s, .nudgeLogit(steps: 1))
        #expect(s.document.logits[0] == 10.1)
        #expect(s.selection == 0)
        #expect(s.rankOrder.rank(of: 0) == 0)
        #expect(reduce(from: s, .moveSelection(by: 1)).selection == 1)
    }
}
