import Testing
@testable import LogitCore

@Suite struct CrossEntropyTests {
    /// CE = logsumexp(u) − uₜ; for the seed with target News that is −log 0.659 = 0.41703
    /// (scipy.special.log_softmax([2, 1, 0.1])[0] = −0.41703001627783354).
    @Test func seedCrossEntropy() {
        #expect(isClose(crossEntropy(Figures.seed, target: 0), 0.41703001627783354, within: 1e-15))
        for t in 0..<3 {
            let ce = crossEntropy(Figures.seed, target: t)
            #expect(ulpDistance(ce, logSumExp(Figures.seed) - Figures.seed[t], in: .float64) <= 1)
        }
    }

    @Test(arguments: Precision.allCases, [0.5, 1, 2])
    func gradientIsSoftmaxMinusOneHotOverT(_ p: Precision, _ t: Double) {
        let a = Analysis(AnalysisInput(logits: [3, -1, 2.5, 0], temperature: t, precision: p, target: 1))
        let g = a.gradient!
        let expected = a.softmax.indices.map { (a.softmax[$0] - ($0 == 1 ? 1 : 0)) / a.temperature }
        #expect(maxULPDistance(g, expected.map(p.round), in: p) <= 2)
        // Σ (p − onehot) / T = (1 − 1) / T: zero up to the rounding of each entry.
        let eps = switch p {
        case .float16: 1e-3
        case .float32: 1e-6
        case .float64: 1e-15
        case .bfloat16: 0x1p-8
        }
        #expect(abs(g.reduce(0, +)) <= 4 * eps / t)
        #expect(g[1] < 0 && g[0] > 0)
    }

    @Test func maskedTargetCostsInfinity() {
        let a = Analysis(AnalysisInput(logits: [3, -.infinity, 1], target: 1))
        #expect(a.crossEntropy == .infinity)
        #expect(a.gradient?[1] == -1)
    }

    @Test func noTargetNoCrossEntropy() {
        let a = Analysis(AnalysisInput(logits: Figures.seed))
        #expect(a.crossEntropy == nil && a.gradient == nil)
    }
}
