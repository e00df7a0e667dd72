import RealModule
import Testing
import LogitCore

/// BFloat16 against ml_dtypes (the table `scripts/reference/make_bfloat16_table.py` wrote), on every
/// bit pattern, every halfway point, near-ties, overflow, subnormals and NaNs, and a sample of
/// arithmetic; then the rest of the BinaryFloatingPoint surface against Float, which holds every
/// BFloat16 exactly (its decoding being the first thing checked).
@Suite struct BFloat16Tests {
    let table = BFloat16Table.shared

    @Test func everyPatternWidensToTheFloatMLDtypesGives() {
        #expect(table.decode.count == 65536)
        var wrong: [UInt16] = []
        for p in 0...UInt16.max where Float(BFloat16(bitPattern: p)).bitPattern != UInt32(table.decode[Int(p)]) << 16 {
            wrong.append(p)
        }
        #expect(wrong.isEmpty, "first wrong patterns: \(wrong.prefix(5).map { String($0, radix: 16) })")
    }

    @Test func everyHalfwayPointRoundsToEvenAsMLDtypes() {
        #expect(table.ties.count == 65536)
        var wrong: [UInt32] = []
        for p in 0...UInt32(UInt16.max) {
            let x = Float(bitPattern: p << 16 | 0x8000)
            if BFloat16(x).bitPattern != table.ties[Int(p)] { wrong.append(p) }
        }
        #expect(wrong.isEmpty, "first wrong patterns: \(wrong.prefix(5).map { String($0, radix: 16) })")
    }

    @Test func nearTiesOverflowSubnormalsAndNaNsRoundAsMLDtypes() {
        #expect(table.cases.count > 5000)
        let wrong = table.cases.filter { BFloat16(Float(bitPattern: $0.float)).bitPattern != $0.bfloat }
        #expect(wrong.isEmpty, "first wrong: \(wrong.prefix(5).map { String($0.float, radix: 16) })")
    }

    /// Results as ml_dtypes computes them (in float32, rounded once), bit for bit; a NaN result only
    /// needs to be a NaN, since IEEE 754 leaves the sign of 0/0 or log(−1) to the machine.
    @Test func arithmeticAndFunctionsAgreeWithMLDtypes() {
        let names = ["a+b", "a-b", "a*b", "a/b", "sqrt(a)", "exp(a)", "log(a)"]
        var wrong: [String] = []
        for row in table.operations {
            let a = BFloat16(bitPattern: row[0]), b = BFloat16(bitPattern: row[1])
            let ours = [a + b, a - b, a * b, a / b, a.squareRoot(), .exp(a), .log(a)]
            for (k, x) in ours.enumerated() {
                let want = BFloat16(bitPattern: row[k + 2])
                if x.bitPattern != want.bitPattern && !(x.isNaN && want.isNaN) {
                    wrong.append("\(names[k]) of \(a), \(b): \(x) against \(want)")
                }
            }
        }
        #expect(table.operations.count == 1500)
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    // MARK: - NUMERICS.md's figures

    @Test func pointOneBecomesTheNearestBFloat16() {
        #expect(Double(BFloat16(0.1)) == 0.10009765625)
        #expect(Double(0.1 as BFloat16) == 0.10009765625)
    }

    @Test func addingOnesStallsAt256() {
        var s: BFloat16 = 0
        for _ in 0..<300 { s += 1 }
        #expect(s == 256)
        #expect((256 as BFloat16) + 1 == 256)
        #expect((257 as BFloat16) == 256)  // a tie, to the even significand
        #expect((258 as BFloat16) == 258)
    }

    /// ml_dtypes.finfo(bfloat16): max 3.3895313892515355e+38, smallest_subnormal 9.183549615799121e-41.
    @Test func rangeIsFloatsWithEightBitsOfSignificand() {
        #expect(Double(BFloat16.greatestFiniteMagnitude) == 3.3895313892515355e+38)
        #expect(Double(BFloat16.leastNonzeroMagnitude) == 9.183549615799121e-41)
        #expect(Double(BFloat16.leastNormalMagnitude) == Double(Float.leastNormalMagnitude))
        #expect(BFloat16(Float.greatestFiniteMagnitude) == .infinity)
        #expect(BFloat16(3.39e38) == .greatestFiniteMagnitude)
        #expect(BFloat16.exp(89) == .infinity && BFloat16.exp(88.5).isFinite)
        #expect(BFloat16.significandBitCount == 7 && BFloat16.exponentBitCount == 8)
        #expect(Double(BFloat16.ulpOfOne) == 0x1p-7 && Double(BFloat16.pi) == 3.140625)
    }

    @Test func naNsStayQuietWithTheirSign() {
        #expect(BFloat16(Float.nan).bitPattern == 0x7FC0)
        #expect(BFloat16(-Float.nan).bitPattern == 0xFFC0)
        #expect(BFloat16(Float.signalingNaN).bitPattern == 0x7FC0)
        #expect(BFloat16.signalingNaN.isSignalingNaN && !BFloat16.nan.isSignalingNaN)
        #expect((BFloat16.signalingNaN + 0).isNaN && !(BFloat16.signalingNaN + 0).isSignalingNaN)
    }

    /// Through Float, as PyTorch converts a Python float: 1 + 2⁻⁸ + 2⁻³⁰ rounds to Float's
    /// 1 + 2⁻⁸, a halfway point, then to even, 1 (ml_dtypes' direct float64 cast gives 1 + 2⁻⁷).
    @Test func doublesRoundThroughFloat() {
        #expect(BFloat16(1 + 0x1p-8 + 0x1p-30 as Double) == 1)
        #expect(BFloat16(1 + 0x1p-8 + 0x1p-20 as Double) == 1 + 0x1p-7)
    }

    // MARK: - The rest of the surface, against Float

    @Test func classificationAndFieldsAgreeWithFloatForEveryPattern() {
        var wrong: [UInt16] = []
        for p in 0...UInt16.max {
            let x = BFloat16(bitPattern: p), f = Float(x)
            let same = x.isNaN == f.isNaN && x.isInfinite == f.isInfinite && x.isFinite == f.isFinite
                && x.isZero == f.isZero && x.isSubnormal == (f.isSubnormal || (f.isNormal && f.magnitude < Float(BFloat16.leastNormalMagnitude)))
                && x.isNormal == (f.isNormal && f.magnitude >= Float(BFloat16.leastNormalMagnitude))
                && x.isSignalingNaN == f.isSignalingNaN && x.sign == f.sign
                && (!f.isFinite || (x.exponent == f.exponent && Float(x.significand) == f.significand
                    && Float(x.binade) == f.binade && x.significandWidth == f.significandWidth))
                && Float(x.magnitude).bitPattern == f.magnitude.bitPattern && Float(-x).bitPattern == (-f).bitPattern
                && BFloat16(sign: x.sign, exponentBitPattern: x.exponentBitPattern, significandBitPattern: x.significandBitPattern).bitPattern == p
            if !same { wrong.append(p) }
        }
        #expect(wrong.isEmpty, "first wrong patterns: \(wrong.prefix(5).map { String($0, radix: 16) })")
    }

    @Test func neighboursAndUlpsAreOneStepOfTheBits() {
        var wrong: [UInt16] = []
        for p in UInt16(0)..<0x7F7F {
            let x = BFloat16(bitPattern: p), next = BFloat16(bitPattern: p + 1)
            let ok = x.nextUp.bitPattern == next.bitPattern && next.nextDown == x
                && (-next).nextUp == -x
                && Float(x.ulp) == Float(next) - Float(x)
                && BFloat16(sign: .plus, exponent: x.exponent, significand: x.significand) == x || x.isZero
            if !ok { wrong.append(p) }
        }
        #expect(wrong.isEmpty, "first wrong patterns: \(wrong.prefix(5).map { String($0, radix: 16) })")
        #expect(BFloat16(-0.0).nextUp == .leastNonzeroMagnitude)
        #expect(BFloat16.infinity.nextUp == .infinity && BFloat16.greatestFiniteMagnitude.nextUp == .infinity)
        #expect(BFloat16.nan.ulp.isNaN && BFloat16(0).ulp == .leastNonzeroMagnitude)
        #expect(Double(BFloat16.greatestFiniteMagnitude.ulp) == 0x1p120)
    }

    @Test(arguments: [FloatingPointRoundingRule.toNearestOrEven, .toNearestOrAwayFromZero, .up, .down, .towardZero])
    func roundingToIntegersAgreesWithFloat(_ rule: FloatingPointRoundingRule) {
        for p in 0...UInt16.max {
            let x = BFloat16(bitPattern: p)
            let ours = Float(x.rounded(rule)), floats = Float(x).rounded(rule)
            #expect(ours == floats || (ours.isNaN && floats.isNaN), "\(x)")
        }
    }

    @Test func comparisonHashingAndStridesFollowTheValues() {
        #expect(BFloat16(0) == BFloat16(-0.0) && BFloat16(0).hashValue == BFloat16(-0.0).hashValue)
        let notANumber = BFloat16(bitPattern: 0x7FC0)
        #expect(notANumber != notANumber && !(notANumber < 1) && !(notANumber > 1))
        #expect(BFloat16(-1) < 0.5 && BFloat16(2) >= 2)
        #expect(BFloat16(-0.0).isTotallyOrdered(belowOrEqualTo: 0) && !BFloat16(0).isTotallyOrdered(belowOrEqualTo: -0.0))
        #expect(Array(stride(from: BFloat16(0), to: 1, by: 0.25)) == [0, 0.25, 0.5, 0.75])
        #expect(BFloat16(7).remainder(dividingBy: 2) == -1 && BFloat16(7).truncatingRemainder(dividingBy: 2) == 1)
        #expect(BFloat16(1).addingProduct(3, 5) == 16)
    }

    @Test func conversionsFromIntegersAndOtherFloatsRoundThroughFloat() {
        #expect(BFloat16(257) == 256 && BFloat16(UInt8(255)) == 255)
        #expect(BFloat16(exactly: 257) == nil && BFloat16(exactly: 258) == 258)
        #expect(BFloat16(Float16(0.1)) == BFloat16(Float(Float16(0.1))))
        #expect(Double(BFloat16(Double.greatestFiniteMagnitude)) == .infinity)
        #expect(Double(BFloat16(1e-45)) == 0 && BFloat16(1e-40).isSubnormal)
        #expect(BFloat16(Int.max) == BFloat16(Float(Int.max)))
    }

    /// Each function is Float's, rounded once: spot values against libm in Float.
    @Test func realFunctionsAreFloatsRounded() {
        let x: BFloat16 = 0.75
        let pairs: [(BFloat16, Float)] = [
            (.exp(x), .exp(0.75)), (.expMinusOne(x), .expMinusOne(0.75)), (.log(x), .log(0.75)),
            (.log(onePlus: x), .log(onePlus: 0.75)), (.sin(x), .sin(0.75)), (.cos(x), .cos(0.75)),
            (.tanh(x), .tanh(0.75)), (.atan2(y: x, x: 2), .atan2(y: 0.75, x: 2)), (.pow(x, 3), .pow(0.75, 3)),
            (.pow(x, BFloat16(0.5)), .pow(0.75, 0.5)), (.hypot(x, 1), .hypot(0.75, 1)), (.erf(x), .erf(0.75)),
            (.gamma(x), .gamma(0.75)), (.log2(x), .log2(0.75)), (.root(x, 3), .root(0.75, 3)),
        ]
        for (ours, float) in pairs { #expect(ours == BFloat16(float)) }
        #expect(BFloat16.pow(-2, 3) == -8 && BFloat16.sqrt(2) == BFloat16(Float(2).squareRoot()))
    }
}
