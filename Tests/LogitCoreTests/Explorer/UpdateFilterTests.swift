import Testing
@testable import LogitCore

/// The filter keys: each filter steps along its ladder, turns on from off and off at its loose end;
/// every change is one undo step, and the filtered distribution follows.
@Suite struct UpdateFilterTests {
    static let hundred = ExplorerState(document: LogitDocument(logits: (0..<100).map { Double($0) / 10 }))

    @Test func topKLadder() {
        var s = reduce(from: Self.hundred, .nudgeFilter(.topK, looser: false))
        #expect(s.document.filters.topK == 50)
        #expect(s.filtered.keptCount == 50)
        s = reduce(from: s, .nudgeFilter(.topK, looser: false))
        #expect(s.document.filters.topK == 20)
        #expect(reduce(from: s, .nudgeFilter(.topK, looser: true)).document.filters.topK == 50)
        // 100 would keep all 100 classes: one step looser than 50 turns top-k off.
        #expect(reduce(from: s, .nudgeFilter(.topK, looser: true), .nudgeFilter(.topK, looser: true)).document.filters.topK == nil)
        let one = reduce(from: Self.hundred, .setFilters(try! SamplingFilters(topK: 1)), .nudgeFilter(.topK, looser: false))
        #expect(one.message == .info("top-k is already at its tightest"))
        // With 3 classes, on means the largest step below 3.
        #expect(reduce(.nudgeFilter(.topK, looser: false)).document.filters.topK == 2)
    }

    @Test func topPLadderIsExactDecimals() {
        var s = reduce(from: Self.hundred, .nudgeFilter(.topP, looser: false))
        #expect(s.document.filters.topP == 0.95)
        s = reduce(from: s, .nudgeFilter(.topP, looser: false))
        #expect(s.document.filters.topP?.bitPattern == (0.9).bitPattern)
        #expect(reduce(from: s, .nudgeFilter(.topP, looser: true), .nudgeFilter(.topP, looser: true)).document.filters.topP == nil)
        let low = reduce(from: Self.hundred, .setFilters(try! SamplingFilters(topP: 0.05)), .nudgeFilter(.topP, looser: false))
        #expect(low.document.filters.topP == 0.05)
        // Off the grid, a step goes to the next grid point.
        let odd = reduce(from: Self.hundred, .setFilters(try! SamplingFilters(topP: 0.37)), .nudgeFilter(.topP, looser: true))
        #expect(odd.document.filters.topP == 0.4)
    }

    @Test func minPLadder() {
        var s = reduce(from: Self.hundred, .nudgeFilter(.minP, looser: false))
        #expect(s.document.filters.minP == 0.01)
        s = reduce(from: s, .nudgeFilter(.minP, looser: false), .nudgeFilter(.minP, looser: false))
        #expect(s.document.filters.minP == 0.05)
        #expect(reduce(from: s, .nudgeFilter(.minP, looser: true)).document.filters.minP == 0.02)
        let off = reduce(from: Self.hundred, .nudgeFilter(.minP, looser: false), .nudgeFilter(.minP, looser: true))
        #expect(off.document.filters.minP == nil)
    }

    /// The seed with top-p 0.9: Technology's 0.0986 is cut; News and Entertainment renormalize to
    /// 0.7310585786300049 and 0.2689414213699951 (filters-reference.json, "seed top-p 0.9").
    @Test func filteredDistributionFollowsTheDocument() throws {
        let s = reduce(.setFilters(try SamplingFilters(topP: 0.9)))
        #expect(s.filtered.kept == [0, 1])
        #expect(s.filtered.filteredSoftmax[0] == 0.7310585786300049)
        #expect(s.filtered.filteredSoftmax[2] == 0)
        #expect(s.message == .info("top-p 0.9: kept 2 tokens"))
        // Technology at 5 holds 93.7% (e^5 / (e^5 + e^2 + e^1)): alone it reaches 0.9.
        let raised = reduce(from: s, .setLogit(index: 2, value: 5))
        #expect(raised.filtered.kept == [2])
    }

    @Test func filtersAreUndoneAndRedone() throws {
        let s = reduce(from: Self.hundred, .nudgeFilter(.topK, looser: false), .nudgeFilter(.minP, looser: false))
        let undone = reduce(from: s, .undo)
        #expect(undone.document.filters == (try SamplingFilters(topK: 50)))
        #expect(undone.filtered.keptCount == 50)
        #expect(reduce(from: undone, .undo).document.filters == .none)
        #expect(reduce(from: undone, .redo).document.filters == s.document.filters)
        #expect(reduce(from: s, .setFilters(.none)).message == .info("filters off: every token is kept"))
    }
}
