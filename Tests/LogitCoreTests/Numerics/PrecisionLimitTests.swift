import Testing
@testable import LogitCore

/// Where exp overflows and underflows in each type, and what rounding to the type does.
@Suite struct PrecisionLimitTests {
    @Test func overflowLimitsAreTheLogOfTheLargestFinite() {
        #expect(isClose(Precision.float16.expOverflowLimit, 11.09, within: 0.005))
        #expect(isClose(Precision.float32.expOverflowLimit, 88.72, within: 0.005))
        #expect(isClose(Precision.float64.expOverflowLimit, 709.78, within: 0.005))
    }

    @Test func underflowLimitsAreWhereExpRoundsToZero() {
        #expect(isClose(Precision.float16.expUnderflowLimit, -17.33, within: 0.005))
        #expect(isClose(Precision.float32.expUnderflowLimit, -103.97, within: 0.005))
        #expect(isClose(Precision.float64.expUnderflowLimit, -745.13, within: 0.005))
    }

    /// The limits are the real edges: a single logit just below gives naive softmax 1, just above
    /// exp(u) = inf and inf/inf = NaN. (Offsets are whole ulps of the type near the limit.)
    @Test(arguments: [(Precision.float16, 0.05), (.float32, 0.01), (.float64, 0.01)])
    func naiveSingleLogitFlipsAtTheOverflowLimit(_ p: Precision, _ offset: Double) {
        let limit = p.expOverflowLimit
        #expect(Analysis(AnalysisInput(logits: [limit - offset], precision: p)).naiveSoftmax == [1])
        #expect(Analysis(AnalysisInput(logits: [limit + offset], precision: p)).naiveSoftmax[0].isNaN)
    }

    /// Two equal logits just above the underflow limit still give [0.5, 0.5]; just below, exp is
    /// 0 for both and the naive path divides 0 by 0.
    @Test(arguments: [(Precision.float16, 0.1), (.float32, 0.02), (.float64, 0.02)])
    func naivePairFlipsAtTheUnderflowLimit(_ p: Precision, _ offset: Double) {
        let limit = p.expUnderflowLimit
        let above = Analysis(AnalysisInput(logits: [limit + offset, limit + offset], precision: p))
        #expect(above.naiveSoftmax == [0.5, 0.5])
        let below = Analysis(AnalysisInput(logits: [limit - offset, limit - offset], precision: p))
        #expect(below.naiveSoftmax.allSatisfy { $0.isNaN })
        #expect(below.softmax == [0.5, 0.5])
    }

    @Test func float16RoundsOneTenth() {
        #expect(Precision.float16.round(0.1) == 0.0999755859375)
        #expect(Precision.float32.round(0.1) == 0.100000001490116119384765625)
        #expect(Precision.float64.round(0.1) == 0.1)
        let a = Analysis(AnalysisInput(logits: Figures.seed, precision: .float16))
        #expect(Array(a.logits) == [2, 1, 0.0999755859375])
    }

    @Test func largestFiniteValues() {
        #expect(Precision.float16.greatestFiniteMagnitude == 65504)
        #expect(Precision.float32.greatestFiniteMagnitude == 3.4028234663852886e38)
        #expect(Precision.float64.greatestFiniteMagnitude == .greatestFiniteMagnitude)
    }

    @Test func namesAndCycle() {
        #expect(Precision(name: "F16") == .float16)
        #expect(Precision(name: "double") == .float64)
        #expect(Precision(name: "fp32") == .float32)
        #expect(Precision(name: "float128") == nil)
        #expect(Precision.float64.next == .float32)
        #expect(Precision.float32.next == .float16)
        #expect(Precision.float16.next == .float64)
    }
}
