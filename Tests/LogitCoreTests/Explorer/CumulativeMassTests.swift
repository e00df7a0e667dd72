import Testing
@testable import LogitCore

/// The ranked list's cumulative column comes from block sums made in the analysis pass; it must
/// equal the plain sum of the probabilities above each position, in either order, after every
/// kind of change (a moved class, a new temperature or precision, undo).
@Suite struct CumulativeMassTests {
    /// Σ p over positions 0..<p, one at a time, written independently of PrefixMass.
    private func direct(_ s: ExplorerState, _ p: Int) -> Double {
        var sum = CompensatedSum<Double>()
        for q in 0..<p { sum.add(s.analysis.softmax(at: s.index(atPosition: q))) }
        return sum.value
    }

    private func check(_ s: ExplorerState, sourceLocation: SourceLocation = #_sourceLocation) {
        let n = s.document.count
        for p in [0, 1, 1023, 1024, 1025, 2048, 3000, n - 1, n] {
            let got = s.cumulativeMass(beforePosition: p), want = direct(s, p)
            #expect(abs(got - want) <= 1e-13, "position \(p): \(got) vs \(want)", sourceLocation: sourceLocation)
        }
    }

    @Test func blockSumsEqualTheDirectSumInEveryOrder() {
        var g = SplitMix64(seed: 11)
        let z = (0..<5000).map { _ in Double(g.next() % 2001) / 100 - 10 }
        var s = ExplorerState(document: LogitDocument(logits: z), selection: 2500)
        #expect(s.order == .rank)
        check(s)
        s.apply(.setLogit(index: 2500, value: 30))  // to the top of the ranking
        check(s)
        s.apply(.setTemperature(0.37))
        check(s)
        s.apply(.setPrecision(.float16))
        check(s)
        s.apply(.undo)
        check(s)
        s.apply(.toggleOrder)
        #expect(s.order == .index)
        check(s)
        // The last position holds the whole mass.
        #expect(abs(s.cumulativeMass(beforePosition: 5000) - 1) < 1e-12)
    }
}
