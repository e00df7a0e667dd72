import Testing
@testable import LogitCore

/// The ranking is the full sort by (u descending, index ascending), whether built from scratch or
/// repaired after a change; `ranks` is its inverse.
@Suite struct RankOrderTests {
    /// The reference: a plain sort of the indices, written independently of `RankOrder`.
    private func sorted(_ u: [Double]) -> [Int] {
        u.indices.sorted { u[$0] != u[$1] ? u[$0] > u[$1] : $0 < $1 }
    }

    private func check(_ order: RankOrder, _ u: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(order.ranked.map(Int.init) == sorted(u), sourceLocation: sourceLocation)
        #expect(u.indices.allSatisfy { order.index(atRank: order.rank(of: $0)) == $0 }, sourceLocation: sourceLocation)
    }

    /// Values with ties and masked entries, from a fixed-seed generator (no clock in tests).
    private func values(_ n: Int, seed: UInt64) -> [Double] {
        var g = SplitMix64(seed: seed)
        return (0..<n).map { _ in
            let r = g.next() % 100
            return r < 5 ? -.infinity : Double(r % 37) / 4
        }
    }

    @Test func fromScratchMatchesAFullSort() {
        let u = values(5000, seed: 1)
        check(RankOrder(scaled: u), u)
        check(RankOrder(scaled: [1]), [1])
        check(RankOrder(scaled: []), [])
    }

    /// The sort from scratch rounds keys to Floats: Doubles a Float cannot tell apart (1 ± 1e-12),
    /// huge ones (beyond Float's range), −0 against +0 (equal: the index decides), subnormals,
    /// ±inf, all still in the Doubles' order.
    @Test func doublesAFloatCannotTellApartAreStillInOrder() {
        var g = SplitMix64(seed: 9)
        let specials: [Double] = [1, 1 + 1e-12, 1 - 1e-12, 1 + 2e-12, 0, -0.0, 1e300, -1e300, 3e38, 4e38,
                                  .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude / 64,
                                  .infinity, -.infinity, -1, -1 - 1e-12]
        let u = (0..<4000).map { _ in specials[Int(g.next() % UInt64(specials.count))] }
        check(RankOrder(scaled: u), u)
        let f = u.map { Float($0) }
        let fromFloats = f.withUnsafeBufferPointer { keys in
            var order = RankOrder()
            order.update(keys: keys)
            return order
        }
        check(fromFloats, f.map(Double.init))
    }

    /// Another row's keys after `forgetOrder`: sorted from scratch into the same arrays, on both
    /// sides of the digit width's switch (11-bit digits up to 2^18 classes, bytes above), and
    /// again with the kept scratch.
    @Test func forgottenOrderIsSortedAnewAtEitherDigitWidth() {
        for n in [128_256, (1 << 18) + 3] {
            var order = RankOrder(scaled: values(n, seed: 3))
            for seed: UInt64 in [4, 5] {
                let next = values(n, seed: seed).map { $0 * 1.5 - Double(seed) }
                order.forgetOrder()
                order = order.updated(for: next)
                check(order, next)
                #expect(order == RankOrder(scaled: next))
            }
        }
    }

    @Test func oneChangedValueIsRepaired() {
        var u = values(5000, seed: 2)
        var order = RankOrder(scaled: u)
        for (i, v) in [(17, 100.0), (4000, -50), (17, -.infinity), (2500, 3.25)] {
            u[i] = v
            order = order.updated(for: u)
            check(order, u)
        }
    }

    @Test func movingOneClassMatchesAFullSort() {
        // Moves up, down, to either end, onto ties (where the index decides) and to −inf.
        var u = values(3000, seed: 5)
        var order = RankOrder(scaled: u)
        var g = SplitMix64(seed: 6)
        let extremes: [Double] = [1000, -1000, -.infinity, 0, 9, 4.5]
        for step in 0..<400 {
            let i = Int(g.next() % 3000)
            u[i] = step % 10 == 0 ? extremes[step / 10 % extremes.count] : Double(g.next() % 37) / 4
            order.move(i) { u[$0] }
            if step % 50 == 0 { check(order, u) }
        }
        check(order, u)
        var one = RankOrder(scaled: [2])
        one.move(0) { _ in 5 }
        check(one, [5])
    }

    @Test func aMonotoneRescaleWithNewTiesIsRepaired() {
        // Float16 rounding at T = 7 merges values the Doubles kept apart: ties the index must break.
        let z: [Double] = (0..<3000).map { (i: Int) -> Double in
            let step = Double(i % 500) * 0.013
            return step + Double(i / 500) * 1e-4
        }
        let u: [Double] = z.map { (x: Double) -> Double in Double(Float16(x) / Float16(7)) }
        let repaired = RankOrder(scaled: z).updated(for: u)
        check(repaired, u)
    }

    @Test func aWholesaleChangeFallsBackToASort() {
        let u = values(4000, seed: 3)
        let reversed = u.map { -$0 }
        check(RankOrder(scaled: u).updated(for: reversed), reversed)
        check(RankOrder(scaled: u).updated(for: Array(u.prefix(10))), Array(u.prefix(10)))
    }

    @Test func theStateKeepsItsRankingWithTheAnalysis() {
        var s = ExplorerState(document: LogitDocument(logits: values(200, seed: 4).map { $0 == -.infinity ? 0 : $0 }))
        s = update(s, .setTemperature(3)).state
        s = update(s, .setLogit(index: 5, value: 99)).state
        check(s.rankOrder, s.analysis.scaled)
        #expect(s.rankOrder.index(atRank: 0) == 5)
        // The filters' kept set is a prefix of this ranking (FilteredDistribution's promise).
        s = update(s, .setFilters(try! SamplingFilters(topK: 7, topP: 0.5))).state
        let prefix = (0..<s.filtered.keptCount).map { s.rankOrder.index(atRank: $0) }.sorted()
        #expect(prefix == s.filtered.kept)
    }

    /// A ranking of its top ranks alone holds the full sort's first ranks, ties in index order,
    /// −inf last, after a sort from scratch and after a class moved; counts what is not −inf.
    @Test func theTopRanksAreTheFullSortsFirst() {
        for (n, top) in [(5000, 25), (5000, 1), (30, 25), (25, 25)] {
            var u = values(n, seed: UInt64(n + top))
            var order = RankOrder(top: top)
            u.withUnsafeBufferPointer { order.update(keys: $0) }
            #expect(order.ranked.map(Int.init) == Array(sorted(u).prefix(top)))
            #expect(order.count == n && order.isPartial == (n > top))
            if order.isPartial { #expect(order.unmaskedCount == u.filter { $0 != -.infinity }.count) }
            u[n - 1] = 100
            order.move(n - 1) { u[$0] }
            #expect(order.ranked.map(Int.init) == Array(sorted(u).prefix(top)))
            #expect(order.rank(of: n - 1) == 0)
        }
    }
}
