import RealModule
import Testing
@testable import LogitCore

@Suite struct EntropyTests {
    @Test(arguments: Precision.allCases)
    func oneHotHasZeroEntropy(_ p: Precision) {
        let masked = Analysis(AnalysisInput(logits: [0, -.infinity, -.infinity], precision: p))
        #expect(masked.entropyNats == 0 && masked.entropyBits == 0 && masked.perplexity == 1)
        // exp(−1000) is 0 in every type: one-hot in fact.
        let saturated = Analysis(AnalysisInput(logits: [1000, 0, 0], precision: p))
        #expect(saturated.entropyNats == 0)
    }

    @Test(arguments: Precision.allCases, [2, 8, 1000])
    func uniformHasLogNEntropy(_ p: Precision, _ n: Int) {
        let a = Analysis(AnalysisInput(logits: Array(repeating: 0.7, count: n), precision: p))
        #expect(ulpDistance(a.entropyNats, p.round(Double.log(Double(n))), in: p) <= 2)
        #expect(ulpDistance(a.entropyBits, p.round(Double.log2(Double(n))), in: p) <= 2)
        #expect(ulpDistance(a.perplexity, Double(n), in: p) <= 2)
    }

    /// The seed: H = 0.8467 nats (scipy.stats.entropy([0.659, 0.242, 0.0986])) = 1.2216 bits.
    @Test func seedEntropy() {
        let a = Analysis(AnalysisInput(logits: Figures.seed))
        #expect(isClose(a.entropyNats, 0.846738178760252, within: 1e-14))
        #expect(isClose(a.entropyBits, 0.846738178760252 / Double.log(2), within: 1e-14))
        #expect(isClose(a.perplexity, Double.exp(0.846738178760252), within: 1e-14))
        #expect(entropy(Figures.seed) == a.entropyNats)
    }
}
