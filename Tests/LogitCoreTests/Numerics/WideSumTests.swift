import Testing
@testable import LogitCore

/// Why the stable path sums in the wider type (NUMERICS.md): 3000 ones added one at a time in
/// Float16 stop at 2048, where the spacing of Float16 becomes 2 and 2048 + 1 rounds back to 2048.
@Suite struct WideSumTests {
    /// Scaling a compensated sum keeps the product's rounding error: 2²⁴ + 1 (the 1 held in the
    /// compensation) times Float's 0.3, then + 1, against the same computed exactly in Double
    /// (a 25-bit by 24-bit product and a small addend fit in 53 bits), rounded once to Float.
    @Test func scalingACompensatedSumKeepsTheProductsError() {
        var sum = CompensatedSum<Float>()
        sum.add(0x1p24)
        sum.add(1)
        #expect(sum.sum == 0x1p24)  // the 1 is only in the compensation
        let r: Float = 0.3
        sum.scale(by: r)
        sum.add(1)
        #expect(sum.value == Float((0x1p24 + 1) * Double(r) + 1))
        // The plain product would have lost both the 1 and the product's low bits.
        #expect(Float(0x1p24) * r + 1 != sum.value)
    }

    @Test func float16SumOfThreeThousandOnesStallsAt2048() {
        var sum: Float16 = 0
        for _ in 0..<3000 { sum += 1 }
        #expect(sum == 2048)
    }

    @Test func stableSumOfThreeThousandEqualTermsIsExact() {
        let parts = ShiftedExponentials([Float16](repeating: 0, count: 3000))
        #expect(parts.sum == 3000)
        #expect(stableSoftmax([Float16](repeating: 0, count: 3000)).allSatisfy { $0 == Float16(1.0 / 3000) })
    }

    /// The naive path sums in Float16 and divides by 2048: each p is 1/2048 and they add to 1.46.
    @Test func naiveSoftmaxOfThreeThousandEqualLogitsInFloat16() {
        let a = Analysis(AnalysisInput(logits: Array(repeating: 0, count: 3000), precision: .float16))
        #expect(a.naiveSoftmax.allSatisfy { $0 == 1.0 / 2048 })
        #expect(a.softmax.allSatisfy { $0 == Double(Float16(1.0 / 3000)) })
    }

    /// Neumaier's compensation carries what each addition drops: even in Float16 the 952 lost
    /// ones come back, and the classic [1, 1e100, 1, −1e100] sums to 2, not 0.
    @Test func compensatedSumRecoversWhatRoundingDrops() {
        #expect([Float16](repeating: 1, count: 3000).compensatedSum() == 3000)
        #expect([1.0, 1e100, 1.0, -1e100].compensatedSum() == 2)
        #expect([1.0, 1e100, 1.0, -1e100].reduce(0, +) == 0)
        #expect([1.0, .infinity].compensatedSum() == .infinity)
    }
}
