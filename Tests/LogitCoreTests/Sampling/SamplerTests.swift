import LogitCore
import Testing

struct SplitMix64Tests {
    @Test func publishedReferenceVector() {
        // splitmix64.c seeded with 1234567 (Rosetta Code, "Pseudo-random numbers/Splitmix64").
        var g = SplitMix64(seed: 1234567)
        #expect((0..<5).map { _ in g.next() }
            == [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821])
        #expect(FilterReferenceFile.shared.splitmix64.published.compactMap(UInt64.init)
            == [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821])
    }

    @Test func agreesWithThePythonTranscription() {
        var zero = SplitMix64(seed: 0)
        #expect((0..<3).map { _ in zero.next() } == FilterReferenceFile.shared.splitmix64.seed0.compactMap(UInt64.init))
        var g = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in g.nextUnitDouble() } == FilterReferenceFile.shared.splitmix64.seed42UnitDoubles)
    }
}

struct TokenSamplerTests {
    @Test(arguments: FilterReferenceFile.shared.sampler)
    func drawsRepeatThePythonTranscription(_ c: FilterReferenceFile.SamplerCase) {
        let sampler = TokenSampler(tokens: c.tokens, weights: c.weights)
        var g = SplitMix64(seed: c.seed)
        #expect(sampler.draw(c.count, using: &g) == c.draws)
        #expect(SampleRun(seed: c.seed, count: c.count, from: sampler).draws == c.draws)
    }

    @Test func sameSeedSameDrawsOneAtATimeOrInBulk() throws {
        let filtered = try SamplingFilters(topK: 2).apply(to: Analysis(AnalysisInput(logits: Figures.seed)))
        let sampler = try #require(TokenSampler(filtered))
        var a = SplitMix64(seed: 7)
        let single = (0..<100).map { _ in sampler.draw(using: &a) }
        var b = SplitMix64(seed: 7)
        #expect(sampler.draw(100, using: &b) == single)
        #expect(a == b)
        #expect(!single.contains(2))  // Technology was filtered out
        let run = SampleRun(seed: 7, count: 60, from: sampler)
        let rest = SampleRun(continuing: run.generator, seed: 7, count: 40, from: sampler)
        #expect(run.draws + rest.draws == single)
    }

    @Test func inverseCDFEdges() {
        let s = TokenSampler(tokens: [10, 11, 12, 13], weights: [0, 1, 0, 3])
        #expect(s.token(at: 0) == 11)  // weight 0 first: never drawn
        #expect(s.token(at: 0.2499999) == 11)
        #expect(s.token(at: 0.25) == 13)
        #expect(s.token(at: 0.9999999999999999) == 13)
        let trailingZero = TokenSampler(tokens: [0, 1], weights: [1, 0])
        #expect(trailingZero.token(at: 0.9999999999999999) == 0)
    }

    @Test func frequenciesConvergeChiSquare() throws {
        // 100,000 draws from the seed's softmax with seed 2024. Pearson's χ² with 2 degrees of freedom
        // must stay under 13.82, the 0.999 quantile (scipy.stats.chi2.ppf(0.999, 2) = 13.815510557964274).
        let a = Analysis(AnalysisInput(logits: Figures.seed))
        let sampler = try #require(TokenSampler(SamplingFilters.none.apply(to: a)))
        let run = SampleRun(seed: 2024, count: 100_000, from: sampler)
        let counts = run.counts(classCount: 3)
        let chi2 = zip(counts, a.softmax).map { c, p in
            let e = p * 100_000
            return (Double(c) - e) * (Double(c) - e) / e
        }.reduce(0, +)
        #expect(chi2 < 13.815510557964274)
        #expect(counts.reduce(0, +) == 100_000)
        let f = run.frequencies(classCount: 3)
        #expect(isClose(f, a.softmax, within: 0.005))
    }
}
