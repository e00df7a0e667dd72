import Testing
@testable import LogitCore

/// Where exp overflows and underflows in each type, and what rounding to the type does.
@Suite struct PrecisionLimitTests {
    @Test func overflowLimitsAreTheLogOfTheLargestFinite() {
        #expect(isClose(Precision.float16.expOverflowLimit, 11.09, within: 0.005))
        #expect(isClose(Precision.float32.expOverflowLimit, 88.72, within: 0.005))
        #expect(isClose(Precision.float64.expOverflowLimit, 709.78, within: 0.005))
        #expect(isClose(Precision.bfloat16.expOverflowLimit, 88.72, within: 0.005))
    }

    @Test func underflowLimitsAreWhereExpRoundsToZero() {
        #expect(isClose(Precision.float16.expUnderflowLimit, -17.33, within: 0.005))
        #expect(isClose(Precision.float32.expUnderflowLimit, -103.97, within: 0.005))
        #expect(isClose(Precision.float64.expUnderflowLimit, -745.13, within: 0.005))
        // ln(2⁻¹³⁴): half of BFloat16's smallest subnormal, 2⁻¹³³ (ml_dtypes' 9.18e-41).
        #expect(isClose(Precision.bfloat16.expUnderflowLimit, -92.88, within: 0.005))
    }

    /// The limits are the real edges: a single logit just below gives naive softmax 1, just above
    /// exp(u) = inf and inf/inf = NaN. (Offsets are whole ulps of the type near the limit.)
    @Test(arguments: [(Precision.float16, 0.05), (.float32, 0.01), (.float64, 0.01), (.bfloat16, 0.5)])
    func naiveSingleLogitFlipsAtTheOverflowLimit(_ p: Precision, _ offset: Double) {
        let limit = p.expOverflowLimit
        #expect(Analysis(AnalysisInput(logits: [limit - offset], precision: p)).naiveSoftmax == [1])
        #expect(Analysis(AnalysisInput(logits: [limit + offset], precision: p)).naiveSoftmax[0].isNaN)
    }

    /// Two equal logits just above the underflow limit still give [0.5, 0.5]; just below, exp is
    /// 0 for both and the naive path divides 0 by 0.
    @Test(arguments: [(Precision.float16, 0.1), (.float32, 0.02), (.float64, 0.02), (.bfloat16, 0.5)])
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
        #expect(Precision.bfloat16.round(0.1) == 0.10009765625)
        let a = Analysis(AnalysisInput(logits: Figures.seed, precision: .float16))
        #expect(Array(a.logits) == [2, 1, 0.0999755859375])
    }

    @Test func largestFiniteValues() {
        #expect(Precision.float16.greatestFiniteMagnitude == 65504)
        #expect(Precision.float32.greatestFiniteMagnitude == 3.4028234663852886e38)
        #expect(Precision.float64.greatestFiniteMagnitude == .greatestFiniteMagnitude)
        #expect(Precision.bfloat16.greatestFiniteMagnitude == 3.3895313892515355e38)  // ml_dtypes.finfo
    }

    @Test func namesAndCycle() {
        #expect(Precision(name: "F16") == .float16)
        #expect(Precision(name: "double") == .float64)
        #expect(Precision(name: "fp32") == .float32)
        #expect(Precision(name: "float128") == nil)
        #expect(Precision.float64.next == .float32)
        #expect(Precision.float32.next == .float16)
        #expect(Precision.float16.next == .bfloat16)
        #expect(Precision.bfloat16.next == .float64)
        #expect(Precision(name: "BF16") == .bfloat16 && Precision(name: "bfloat16") == .bfloat16)
        #expect(Precision.bfloat16.displayName == "BFloat16")
    }

    /// Neighbours found by stepping nextUp one value at a time, in each type: the distance from the
    /// start grows by one a step, across zero (+0 and −0 being one value) and across a binade.
    @Test(arguments: Precision.allCases)
    func ulpDistanceCountsTheValuesBetween(_ p: Precision) {
        func walk<F: BinaryFloatingPoint>(_: F.Type) {
            for start in [-F.leastNonzeroMagnitude * 1000, F(1).nextDown.nextDown.nextDown] {
                var x = start
                var wrong: [Int] = []
                for k in 1...2000 {
                    x = x.nextUp
                    if p.ulpDistance(Double(start), Double(x)) != k || p.ulpDistance(Double(x), Double(start)) != k { wrong.append(k) }
                }
                #expect(wrong.isEmpty, "from \(start): steps \(wrong.prefix(5))")
            }
            #expect(p.ulpDistance(Double(F.greatestFiniteMagnitude), Double(-F.greatestFiniteMagnitude)) > 1_000)
        }
        switch p {
        case .float16: walk(Float16.self)
        case .float32: walk(Float.self)
        case .float64: walk(Double.self)
        case .bfloat16: walk(BFloat16.self)
        }
        #expect(p.ulpDistance(0, -0.0) == 0)
        #expect(p.ulpDistance(.nan, .nan) == 0 && p.ulpDistance(.infinity, .infinity) == 0)
        #expect(p.ulpDistance(.nan, 1) == .max && p.ulpDistance(.infinity, 1) == .max)
    }
}
