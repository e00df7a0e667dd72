import LogitCore
import Testing

/// Vocabulary-sized vectors against a plain full-sort transcription of the same rules, so the
/// selection shortcuts (quickselect, the growing head for top-p) are checked where they matter:
/// many ties, a flat distribution whose nucleus is most of the vocabulary, masked tokens.
struct FilterScaleTests {
    /// HF's rules written the slow way: one full sort, ascending cumulative sums.
    static func oracle(_ u: [Double], _ p: [Double], topK: Int?, topP: Double?, minP: Double?) -> [Int] {
        var alive = u.map { $0 > -.infinity }
        let ranking = u.indices.sorted { u[$0] > u[$1] || (u[$0] == u[$1] && $0 < $1) }
        if let topK {
            let kth = u[ranking[min(topK, u.count) - 1]]
            for i in u.indices where u[i] < kth { alive[i] = false }
        }
        if let topP {
            let survivors = ranking.filter { alive[$0] }
            let total = survivors.map { p[$0] }.compensatedSum()
            var ascending = 0.0
            var cumulative = [Double](repeating: 0, count: survivors.count)
            for j in survivors.indices.reversed() {
                ascending += p[survivors[j]] / total
                cumulative[j] = ascending
            }
            for j in survivors.indices.dropFirst() where cumulative[j] <= 1 - topP { alive[survivors[j]] = false }
        }
        if let minP {
            let top = u.indices.filter { alive[$0] }.map { p[$0] }.max() ?? 0
            for i in u.indices where alive[i] && p[i] < minP * top { alive[i] = false }
        }
        return u.indices.filter { alive[$0] }
    }

    static func vector(count: Int, seed: UInt64, levels: UInt64, scale: Double, masked: Int) -> [Double] {
        var g = SplitMix64(seed: seed)
        var u = (0..<count).map { _ in Double(g.next() % levels) * scale }
        for _ in 0..<masked { u[Int(g.next() % UInt64(count))] = -.infinity }
        return u
    }

    @Test(arguments: [
        // 100k tokens on 64 levels: huge ties; flat (scale 0.01): top-p 0.95 keeps most of it.
        (levels: UInt64(64), scale: 0.25, topK: 1000, topP: 0.9, minP: 0.001),
        (levels: UInt64(64), scale: 0.01, topK: nil, topP: 0.95, minP: nil),
        (levels: UInt64(1 << 20), scale: 1e-5, topK: 5000, topP: nil, minP: 0.9),
        (levels: UInt64(1 << 20), scale: 1e-4, topK: nil, topP: 0.5, minP: nil),
    ] as [(levels: UInt64, scale: Double, topK: Int?, topP: Double?, minP: Double?)])
    func agreesWithAFullSort(_ c: (levels: UInt64, scale: Double, topK: Int?, topP: Double?, minP: Double?)) throws {
        let u = Self.vector(count: 100_000, seed: c.levels &+ UInt64(c.scale * 1e6), levels: c.levels, scale: c.scale, masked: 1000)
        let a = Analysis(AnalysisInput(logits: u))
        let r = try SamplingFilters(topK: c.topK, topP: c.topP, minP: c.minP).apply(to: a)
        #expect(r.kept == Self.oracle(a.scaled, a.softmax, topK: c.topK, topP: c.topP, minP: c.minP))
        #expect(isClose(r.filteredSoftmax.compensatedSum(), 1, within: 1e-12))
    }
}
