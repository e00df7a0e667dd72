import RealModule
import Testing
@testable import LogitCore

/// Stable and naive softmax on the seed and on NUMERICS.md's overflow table.
@Suite struct SoftmaxTests {
    @Test(arguments: Precision.allCases)
    func seedGivesTheArticlesProbabilities(_ p: Precision) {
        let a = Analysis(AnalysisInput(logits: Figures.seed, precision: p))
        #expect(isClose(a.softmax, Figures.seedSoftmax, within: Figures.quoted(p)))
        #expect(isClose(a.naiveSoftmax, Figures.seedSoftmax, within: Figures.quoted(p)))
        #expect(a.argmax == 0)
    }

    /// The article works it by hand: e² = 7.389, e¹ = 2.718, e^0.1 = 1.105, sum 11.21. The stable
    /// path holds the same numbers divided by e^max: exp(u − 2) · e² gives them back.
    @Test func seedExponentialsAreTheArticlesOnceTheShiftIsUndone() {
        let a = Analysis(AnalysisInput(logits: Figures.seed))
        let e2 = Double.exp(2)
        #expect(isClose(a.shiftedExponentials.map { $0 * e2 }, [7.389, 2.718, 1.105], within: 5e-4))
        #expect(isClose(a.shiftedSum * e2, 11.21, within: 5e-3))
        #expect(a.shiftedExponentials[0] == 1)
        // And the naive path's p·Σ is the same exps.
        #expect(isClose(a.naiveSoftmax.map { $0 * 11.212 }, [7.389, 2.718, 1.105], within: 2e-3))
    }

    @Test func genericFunctionsAgreeWithAnalysisOnTheSeed() {
        let u = Figures.seed.map { Float($0) }
        #expect(stableSoftmax(u).map(Double.init) == Analysis(AnalysisInput(logits: Figures.seed, precision: .float32)).softmax)
        #expect(isClose(naiveSoftmax(u).map(Double.init), Figures.seedSoftmax, within: 5e-4))
    }

    @Test(arguments: Precision.allCases)
    func naiveOverflowsWhereStableDoesNot(_ p: Precision) {
        let a = Analysis(AnalysisInput(logits: Figures.overflow[p]!, precision: p))
        #expect(a.naiveSoftmax[0].isNaN)
        #expect(a.naiveSoftmax[1] == 0 && a.naiveSoftmax[2] == 0)
        #expect(isClose(a.softmax, Figures.stepDown, within: Figures.quoted(p)))
        #expect(a.softmax.allSatisfy { $0.isFinite })
    }

    @Test(arguments: Precision.allCases)
    func naiveUnderflowsToZeroOverZero(_ p: Precision) {
        let a = Analysis(AnalysisInput(logits: Figures.underflow[p]!, precision: p))
        #expect(a.naiveSoftmax.allSatisfy { $0.isNaN })
        #expect(isClose(a.softmax, Figures.stepDown, within: Figures.quoted(p)))
    }

    /// Below the limit every exp fits, but the sum need not: in Float16 (numpy float16, left to
    /// right) exp [11, 10, 9] = [59870, 22030, 8104] sums to inf and every p is 0, while
    /// exp [10, 9, 8] = [22030, 8104, 2980] sums to 33120 and gives [0.665, 0.2446, 0.08997].
    @Test func float16SumOverflowsBeforeAnyExpDoes() {
        let over = Analysis(AnalysisInput(logits: [11, 10, 9], precision: .float16))
        #expect(over.naiveSoftmax == [0, 0, 0])
        #expect(isClose(over.softmax, Figures.stepDown, within: 5e-4))
        let fine = Analysis(AnalysisInput(logits: [10, 9, 8], precision: .float16))
        #expect(fine.naiveSoftmax == [0.6650390625, 0.24462890625, 0.0899658203125])
    }

    /// NUMERICS.md: at T = 0.01, [1, 0.9, 0] in Float32 gives naive [NaN, NaN, 0] against stable
    /// [0.99995, 4.5e-5, 3.8e-44] (the last a Float32 subnormal).
    @Test func coldTemperatureInFloat32() {
        let a = Analysis(AnalysisInput(logits: [1, 0.9, 0], temperature: 0.01, precision: .float32))
        #expect(a.naiveSoftmax[0].isNaN && a.naiveSoftmax[1].isNaN)
        #expect(a.naiveSoftmax[2] == 0)
        #expect(isClose(a.softmax[0], 0.99995, within: 5e-6))
        #expect(isClose(a.softmax[1], 4.5e-5, within: 5e-7))
        #expect(isClose(a.softmax[2] / 3.8e-44, 1, within: 0.01))
        #expect(a.softmax[2] < Double(Float.leastNormalMagnitude))
    }

    @Test(arguments: Precision.allCases)
    func maskedClassesGetExactlyZeroAndMinusInfinity(_ p: Precision) {
        let a = Analysis(AnalysisInput(logits: [2, -.infinity, 0.5, -.infinity], precision: p))
        #expect(a.softmax[1] == 0 && a.softmax[3] == 0)
        #expect(a.naiveSoftmax[1] == 0 && a.naiveSoftmax[3] == 0)
        #expect(a.logSoftmax[1] == -.infinity && a.logSoftmax[3] == -.infinity)
        #expect(a.sigmoid[1] == 0)
        #expect(!a.aboveThreshold[1])
        // The rest is the softmax of [2, 0.5]: σ(1.5) and 1 − σ(1.5).
        #expect(isClose(a.softmax[0], 0.8175744761936437, within: 2 * Figures.quoted(p)))
    }

    @Test(arguments: Precision.allCases)
    func singleLogitIsCertain(_ p: Precision) {
        let a = Analysis(AnalysisInput(logits: [4.25], precision: p))
        #expect(a.softmax == [1])
        #expect(a.logSoftmax == [0])
        #expect(a.logsumexp == 4.25)
        #expect(a.entropyNats == 0)
        #expect(a.perplexity == 1)
    }
}
