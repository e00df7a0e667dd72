import LogitCore
import Testing

/// Cases worked by hand from NUMERICS.md's rules, with exactly representable probabilities where
/// the rule's edge (≤ 1 − p, strict <) matters.
struct FilterHandCheckedTests {
    let seed = Analysis(AnalysisInput(logits: Figures.seed))

    @Test func noFilterKeepsEverything() {
        let r = SamplingFilters.none.apply(to: seed)
        #expect(r.kept == [0, 1, 2])
        #expect(r.filteredSoftmax == seed.softmax.map { $0 / r.keptMass })
        #expect(isClose(r.keptMass, 1, within: 1e-15))
        #expect(r.stages.isEmpty)
    }

    @Test func seedTopP09KeepsNewsAndEntertainment() throws {
        // Ascending: Technology 0.0986 ≤ 1 − 0.9 is cut. Renormalized: e²/(e² + e) = σ(1) = 0.7310585786300049.
        let r = try SamplingFilters(topP: 0.9).apply(to: seed)
        #expect(r.kept == [0, 1])
        #expect(isClose(r.filteredSoftmax[0], 0.7310585786300049, within: 2e-16))
        #expect(isClose(r.filteredSoftmax[1], 0.2689414213699951, within: 2e-16))
        #expect(r.filteredSoftmax[2] == 0)
        #expect(isClose(r.keptMass, 0.659 + 0.242, within: 0.001))
        #expect(r.stages == [.init(filter: .topP, keptCount: 2)])
    }

    @Test func seedMinP() throws {
        // min_p·p_max = 0.2 × 0.659 = 0.132 > 0.099: Technology goes; at 0.1, 0.0659 < 0.099: it stays.
        #expect(try SamplingFilters(minP: 0.2).apply(to: seed).kept == [0, 1])
        #expect(try SamplingFilters(minP: 0.1).apply(to: seed).kept == [0, 1, 2])
    }

    @Test func topKKeepsEveryTieOfTheKth() throws {
        let u = [3.0, 2, 2, 2, 1]
        let p = [0.5, 0.125, 0.125, 0.125, 0.125]
        let r = try SamplingFilters(topK: 2).apply(logits: u, probabilities: p)
        #expect(r.kept == [0, 1, 2, 3])
        let expected: [Double] = [0.5 / 0.875, 0.125 / 0.875, 0.125 / 0.875, 0.125 / 0.875, 0]
        #expect(r.filteredSoftmax == expected)
        #expect(try SamplingFilters(topK: 1).apply(logits: u, probabilities: p).kept == [0])
        #expect(try SamplingFilters(topK: 99).apply(logits: u, probabilities: p).kept == [0, 1, 2, 3, 4])
    }

    @Test func topPCutsThroughATieLowerIndexFirst() throws {
        // Four tokens of 0.25: ascending sums 0.25, 0.5, 0.75, 1; those ≤ 1 − 0.5 go: two of four stay.
        let r = try SamplingFilters(topP: 0.5).apply(logits: [1, 1, 1, 1], probabilities: [0.25, 0.25, 0.25, 0.25])
        #expect(r.kept == [0, 1])
        #expect(r.filteredSoftmax == [0.5, 0.5, 0, 0])
    }

    @Test func topPBoundaryIsInclusive() throws {
        // p = [0.5, 0.25, 0.25], top-p 0.75: the last 0.25 has ascending sum 0.25 ≤ 0.25 and goes.
        let u = [2.0, 1, 1]
        let p = [0.5, 0.25, 0.25]
        #expect(try SamplingFilters(topP: 0.75).apply(logits: u, probabilities: p).kept == [0, 1])
        #expect(try SamplingFilters(topP: 0.75).apply(logits: u, probabilities: p).filteredSoftmax == [2.0 / 3, 1.0 / 3, 0] as [Double])
        // Just above 0.75 the sum 0.25 exceeds 1 − p and all three stay.
        #expect(try SamplingFilters(topP: 0.7500001).apply(logits: u, probabilities: p).kept == [0, 1, 2])
        // Any p ≤ 0.5 keeps the top token alone: always at least one.
        #expect(try SamplingFilters(topP: 0.01).apply(logits: u, probabilities: p).kept == [0])
    }

    @Test func topPAtOneRemovesOnlyZeroProbability() throws {
        let u: [Double] = [1, -.infinity, 0, -800]
        let p = [0.7310585786300049, 0, 0.2689414213699951, 0]
        #expect(try SamplingFilters(topP: 1).apply(logits: u, probabilities: p).kept == [0, 2])
    }

    @Test func minPIsStrict() throws {
        let u = [2.0, 1, 1]
        let p = [0.5, 0.25, 0.25]
        // 0.25 < 0.5 × 0.5 is false: kept. Just above, both go.
        #expect(try SamplingFilters(minP: 0.5).apply(logits: u, probabilities: p).kept == [0, 1, 2])
        #expect(try SamplingFilters(minP: 0.5000001).apply(logits: u, probabilities: p).kept == [0])
        // min-p 1 keeps the tokens tied with the top.
        #expect(try SamplingFilters(minP: 1).apply(logits: [1, 1, 0], probabilities: [0.4, 0.4, 0.2]).kept == [0, 1])
    }

    @Test func topPSeesTheTopKSurvivorsRenormalized() throws {
        // Top-k 2 leaves [0.4, 0.4] of [0.4, 0.4, 0.2] → renormalized [0.5, 0.5]. Top-p 0.5 then cuts
        // one (ascending sum 0.5 ≤ 0.5). On the unrenormalized p it would have kept both (0.6 > 0.5).
        let r = try SamplingFilters(topK: 2, topP: 0.5).apply(logits: [1, 1, 0], probabilities: [0.4, 0.4, 0.2])
        #expect(r.kept == [0])
        #expect(r.stages == [.init(filter: .topK, keptCount: 2), .init(filter: .topP, keptCount: 1)])
    }

    @Test func maskedTokensAreNeverKept() throws {
        let a = Analysis(AnalysisInput(logits: [1, -.infinity, 0]))
        #expect(SamplingFilters.none.apply(to: a).kept == [0, 2])
        #expect(try SamplingFilters(topK: 3).apply(to: a).kept == [0, 2])
        #expect(try SamplingFilters(minP: 0).apply(to: a).kept == [0, 2])
    }

    @Test func filtersWhatThePrecisionComputed() throws {
        // In Float16, exp(−20) = 2.06e-9 rounds to 0 (below 2^-25), so top-p 1 removes it; in Float64 it stays.
        let z = [0.0, -20]
        let half = Analysis(AnalysisInput(logits: z, precision: .float16))
        let double = Analysis(AnalysisInput(logits: z, precision: .float64))
        #expect(half.softmax[1] == 0)
        #expect(try SamplingFilters(topP: 1).apply(to: half).kept == [0])
        #expect(try SamplingFilters(topP: 1).apply(to: double).kept == [0, 1])
    }

    @Test func keptIsAPrefixOfTheRanking() throws {
        // The view draws the cut after keptCount rows of the list ranked by logit (lower index first).
        var g = SplitMix64(seed: 99)
        let u = (0..<500).map { _ in (Double(g.next() % 41) - 20) / 4 }
        let a = Analysis(AnalysisInput(logits: u))
        let ranking = u.indices.sorted { u[$0] > u[$1] || (u[$0] == u[$1] && $0 < $1) }
        for filters in [try SamplingFilters(topK: 37), try SamplingFilters(topP: 0.6), try SamplingFilters(minP: 0.3),
                        try SamplingFilters(topK: 100, topP: 0.9, minP: 0.05)] {
            let r = filters.apply(to: a)
            #expect(Set(ranking.prefix(r.keptCount)) == Set(r.kept), "\(filters)")
        }
    }
}
