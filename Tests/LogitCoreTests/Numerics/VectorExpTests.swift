#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import LogitCore

/// The SIMD exp against libm, in ulps, over the whole range each type can return, and at the edges
/// where it stops: overflow to +inf (88.72 / 709.78), the subnormal results, the last nonzero
/// result (−103.97 / −745.13), −inf, +inf and NaN.
///
/// The references: for Float, exp computed in Double and rounded once (correctly rounded but for a
/// double rounding about once in 2²⁹, and what glibc's expf returns); for Double, glibc's exp
/// (< 1 ulp, correctly rounded in nearly every case).
@Suite struct VectorExpTests {
    /// Every 1013th Float from −104 to 89 (about 40 thousand values, subnormal results included).
    @Test func floatWithinOneULPOverTheWholeRange() {
        var worst = 0
        var x: Float = -104
        while x < 89 {
            let d = ulpDistance(Double(VectorExp.exp(x)), Double(Float(exp(Double(x)))), in: .float32)
            worst = max(worst, d)
            x = Float(bitPattern: x < 0 ? x.bitPattern &- 1013 : x.bitPattern &+ 1013)
            if x.magnitude < 1e-6 { x = 1e-6 }
        }
        #expect(worst <= 1, "worst \(worst) ulp")
    }

    /// 20 thousand Doubles spread evenly over [−746, 710], and 10 thousand in [−1, 1].
    @Test func doubleWithinOneULPOverTheWholeRange() {
        var worst = 0
        for k in 0..<20_000 {
            let x = -746 + 1456 * Double(k) / 20_000 + 1e-7 * Double(k % 7)
            worst = max(worst, ulpDistance(VectorExp.exp(x), exp(x), in: .float64))
        }
        for k in 0..<10_000 {
            let x = -1 + 2 * Double(k) / 10_000
            worst = max(worst, ulpDistance(VectorExp.exp(x), exp(x), in: .float64))
        }
        #expect(worst <= 1, "worst \(worst) ulp")
    }

    @Test func floatEdges() {
        // ln(Float.greatestFiniteMagnitude) = 88.7228391: the last finite result, then +inf.
        #expect(VectorExp.exp(Float(88.72283)) == 3.4027985e38)
        #expect(VectorExp.exp(Float(88.72284)) == .infinity)
        #expect(VectorExp.exp(Float(1000)) == .infinity)
        #expect(VectorExp.exp(Float.infinity) == .infinity)
        // Subnormal results, rounded once: exp(−87.33655) is just below the least normal.
        #expect(VectorExp.exp(Float(-87.33655)) == Float(exp(Double(Float(-87.33655)))))
        #expect(VectorExp.exp(Float(-100)) == Float(exp(Double(Float(-100)))))
        // ln(least subnormal / 2) = −103.972: the least subnormal, then exactly 0.
        #expect(VectorExp.exp(Float(-103.97)) == Float.leastNonzeroMagnitude)
        #expect(VectorExp.exp(Float(-103.98)) == 0)
        #expect(VectorExp.exp(-Float.infinity) == 0)
        #expect(VectorExp.exp(Float.nan).isNaN)
        #expect(VectorExp.exp(Float(0)) == 1 && VectorExp.exp(Float(-0.0)) == 1)
        // A subnormal argument: exp(x) = 1 to the last bit.
        #expect(VectorExp.exp(Float.leastNonzeroMagnitude) == 1)
    }

    @Test func doubleEdges() {
        #expect(VectorExp.exp(709.782712893384) == 1.7976931348622732e308)
        #expect(VectorExp.exp(709.7827128933841) == .infinity)
        #expect(VectorExp.exp(Double.infinity) == .infinity)
        #expect(VectorExp.exp(-708.4) == exp(-708.4))
        #expect(VectorExp.exp(-740.0) == exp(-740.0))
        #expect(VectorExp.exp(-745.1332191019411) == Double.leastNonzeroMagnitude)
        #expect(VectorExp.exp(-745.1332191019412) == 0)
        #expect(VectorExp.exp(-Double.infinity) == 0)
        #expect(VectorExp.exp(Double.nan).isNaN)
        #expect(VectorExp.exp(Double.leastNonzeroMagnitude) == 1)
    }

    /// Lanes are independent: a value gives the same result in any lane, beside any neighbours.
    @Test func lanesAreIndependent() {
        let xs: [Float] = [-.infinity, -103.97, -50, -1, 0, 1, 88.72284, .nan]
        let v = VectorExp.exp(VectorExp.FloatLanes(xs))
        for (k, x) in xs.enumerated() {
            let alone = VectorExp.exp(x)
            #expect(v[k] == alone || (v[k].isNaN && alone.isNaN))
        }
    }
}
