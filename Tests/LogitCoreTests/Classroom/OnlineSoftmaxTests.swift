import PropertyBased
import Testing
@testable import LogitCore

/// The online softmax (Milakov and Gimelshein 2018): its steps on the seed, the overflow cases it
/// survives, masked blocks, and agreement with the stable softmax on random vectors in every
/// precision and block size. The figures of single steps are numpy's (make_reference.py's online
/// cases, checked in `OnlineReferenceTests`); the ones here follow from NUMERICS.md's definitions.
@Suite struct OnlineSoftmaxTests {
    /// The seed in blocks of 2: [2, 1] sets m = 2 and ℓ = 1 + e⁻¹; [0.1] does not raise the max,
    /// so it rescales by e⁰ = 1 and adds e^−1.9. ℓ is then the stable sum, and p the stable p.
    @Test func seedInTwoBlocks() {
        let a = Analysis(AnalysisInput(logits: Figures.seed))
        let o = OnlineSoftmax(a, block: 2)
        #expect(o.steps.map(\.range) == [0..<2, 2..<3])
        #expect(o.steps[0].blockMax == 2 && o.steps[0].previousMax == -.infinity && o.steps[0].max == 2)
        #expect(o.steps[0].rescale == nil && o.steps[0].previousSum == 0)
        #expect(isClose(o.steps[0].sum, 1 + Double.exp(-1), within: 1e-15))
        #expect(o.steps[1].blockMax == 0.1 && o.steps[1].max == 2 && o.steps[1].rescale == 1)
        #expect(o.steps[1].previousSum == o.steps[0].sum)
        #expect(isClose(o.sum, a.shiftedSum, within: 1e-15))
        #expect(o.max == 2)
        #expect(isClose(o.softmax, a.softmax, within: 1e-15))
        #expect((0..<3).allSatisfy { o.ulps(at: $0) <= 1 })
    }

    /// One class at a time, rising: each block raises the max, and ℓ is rescaled by e^(m_old − m_new)
    /// (e^−0.9, then e^−1) before the new term, 1, is added.
    @Test func risingLogitsRescaleEveryBlock() {
        let a = Analysis(AnalysisInput(logits: [0.1, 1, 2]))
        let o = OnlineSoftmax(a, block: 1)
        #expect(o.steps.map(\.max) == [0.1, 1, 2])
        #expect(o.steps[0].rescale == nil)
        #expect(isClose(o.steps[1].rescale ?? 0, Double.exp(-0.9), within: 1e-16))
        #expect(isClose(o.steps[2].rescale ?? 0, Double.exp(-1), within: 1e-16))
        #expect(o.steps.allSatisfy { $0.blockSum == 1 })
        #expect(isClose(o.steps[1].sum, 1 + Double.exp(-0.9), within: 1e-15))
        #expect(isClose(o.softmax, a.softmax, within: 1e-15))
    }

    @Test(arguments: Precision.allCases)
    func neverOverflowsWhereTheNaivePathDoes(_ p: Precision) throws {
        let a = Analysis(AnalysisInput(logits: try #require(Figures.overflow[p]), precision: p))
        #expect(a.naiveSoftmax[0].isNaN)
        for block in 1...4 {
            let o = OnlineSoftmax(a, block: block)
            #expect(o.steps.allSatisfy { $0.sum.isFinite && ($0.rescale ?? 1) <= 1 })
            #expect(isClose(o.softmax, Figures.stepDown, within: Figures.quoted(p)))
            #expect((0..<3).allSatisfy { o.ulps(at: $0) <= 2 }, "block \(block)")
        }
    }

    /// A first block of masked classes has no max to subtract (−inf − −inf would be NaN): it adds
    /// nothing, and the first real block starts the sum without a rescale.
    @Test func leadingMaskedBlocksAddNothing() {
        let a = Analysis(AnalysisInput(logits: [-.infinity, -.infinity, 2, 1, -.infinity], precision: .float32))
        let o = OnlineSoftmax(a, block: 2)
        #expect(o.steps[0].max == -.infinity && o.steps[0].sum == 0 && o.steps[0].rescale == nil)
        #expect(o.steps[1].rescale == nil && o.steps[1].max == 2)
        #expect(o.steps[2].rescale == 1 && o.steps[2].blockSum == 0)
        #expect(o.softmax == a.softmax)
        #expect(o.softmax[0] == 0 && o.softmax[4] == 0)
    }

    @Test func blockSizesByDefaultMakeTwoBlocks() {
        #expect([1, 2, 3, 4, 5, 128_256].map(OnlineSoftmax.defaultBlock(count:)) == [1, 1, 2, 2, 3, 64_128])
        #expect(LogitDocument.example.effectiveOnlineBlock == 2)
        let big = Analysis(AnalysisInput(logits: Figures.seed))
        #expect(OnlineSoftmax(big, block: 10).steps.count == 1)
        #expect(OnlineSoftmax(big, block: 0).block == 1)
    }

    /// The sizes the explorer's key steps through: powers of two below n, then n (one block).
    @Test func blockSizesDoubleUpToOneBlock() {
        #expect(OnlineSoftmax.blockSizes(count: 1) == [1])
        #expect(OnlineSoftmax.blockSizes(count: 3) == [1, 2, 3])
        #expect(OnlineSoftmax.blockSizes(count: 4) == [1, 2, 4])
        #expect(OnlineSoftmax.blockSizes(count: 50) == [1, 2, 4, 8, 16, 32, 50])
        // From the default of 25 (two blocks), the next size up; past one block, back to 1.
        #expect(OnlineSoftmax.nextBlock(after: 25, count: 50) == 32)
        #expect(OnlineSoftmax.nextBlock(after: 50, count: 50) == 1)
        #expect(OnlineSoftmax.nextBlock(after: 70, count: 50) == 1)
        #expect([(3, 1), (3, 2), (3, 3), (3, 7), (12, 5), (0, 2)].map { OnlineSoftmax.blockCount(count: $0, block: $1) }
                == [3, 2, 1, 1, 3, 0])
        for n in [1, 3, 7, 12] {
            for b in OnlineSoftmax.blockSizes(count: n) {
                #expect(OnlineSoftmax(Analysis(AnalysisInput(logits: Array(repeating: 0, count: n))), block: b).steps.count
                        == OnlineSoftmax.blockCount(count: n, block: b))
            }
        }
    }

    /// Online against stable on random vectors (sorted half the time, so that every block raises
    /// the max), in every precision, temperature and block size. Both take the same final max and
    /// the same eᵢ, so they differ only through ℓ against S, both compensated: by the rescale
    /// factors, each rounded in the precision (half an ulp) and multiplied into ℓ. Bound: 2 ulps per
    /// rescale, plus 2. Measured on 4000 such vectors of up to 1000 classes (a third sorted each
    /// way), every precision: at most 1 ulp per rescale plus 1, and never more than 3.
    @Test func equalsTheStableSoftmaxWithinTwoULPsPerRescale() async {
        let logits = Gen.double(in: -60...60).array(of: 1...120)
        let precision = Gen.int(in: 0...Precision.allCases.count - 1).map { Precision.allCases[$0] }
        let temperature = Gen.int(in: 0...3).map { [1, 0.5, 2, 0.1][$0] }
        await propertyCheck(input: logits, Gen.int(in: 1...130), precision, temperature, Gen.bool) { z, b, p, t, sorted in
            let a = Analysis(AnalysisInput(logits: sorted ? z.sorted() : z, temperature: t, precision: p))
            let o = OnlineSoftmax(a, block: b)
            let rescales = o.steps.filter { ($0.rescale ?? 1) != 1 }.count
            #expect(o.max == a.scaled.max())
            for i in 0..<a.count {
                #expect(o.ulps(at: i) <= 2 * rescales + 2, "class \(i): \(o.softmax(at: i)) against \(a.softmax(at: i))")
            }
        }
    }
}
