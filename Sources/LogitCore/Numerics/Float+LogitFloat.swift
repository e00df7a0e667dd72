import RealModule

extension Float: LogitFloat {
    public typealias Accumulator = Double
    public static var precision: Precision { .float32 }

    public static func passExp(_ x: Float) -> Float { VectorExp.exp(x) }

    /// pᵢ = eᵢ · (1/S) in Double, rounded once to Float: the product carries at most 2⁻⁵² relative
    /// error, so it rounds to the same Float as eᵢ / S except within 2⁻⁵² of a rounding boundary,
    /// and a multiply is several times cheaper than a vector divide.
    public static func probability(_ e: Float, sum: Double) -> Float {
        Float(Double(e) * (1 / sum))
    }

    public static func maxAndNaiveSum(_ u: UnsafeBufferPointer<Float>) -> (max: Float, naiveSum: Float) {
        FloatPasses.maxAndNaiveSum(u)
    }

    public static func shiftedPass(
        _ u: UnsafeBufferPointer<Float>, shift m: Float, into out: UnsafeMutablePointer<Float>?
    ) -> (sum: Double, eLogE: Double) {
        FloatPasses.shifted(u, shift: m, into: out)
    }

    public static func shiftedSum(
        _ u: UnsafeBufferPointer<Float>, shift m: Float, into out: UnsafeMutablePointer<Float>?
    ) -> Double {
        FloatPasses.shiftedSum(u, shift: m, into: out)
    }

    public static func normalize(_ e: UnsafeMutableBufferPointer<Float>, sum: Double) {
        FloatPasses.normalize(e, sum: sum)
    }
}

/// The Float passes, eight lanes at a time. A tail shorter than the lanes is padded with −inf, which
/// leaves the max alone and adds exp(−inf) = 0 to every sum, so the tail goes through the same code.
enum FloatPasses {
    typealias V = VectorExp.FloatLanes
    static let width = V.scalarCount

    @inline(__always)
    static func load(_ u: UnsafeBufferPointer<Float>, _ i: Int) -> V {
        if i + width <= u.count {
            return UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: V.self)
        }
        var v = V(repeating: -.infinity)
        for k in 0..<Swift.max(u.count - i, 0) { v[k] = u[i + k] }
        return v
    }

    @inline(__always)
    static func store(_ v: V, _ out: UnsafeMutablePointer<Float>, _ i: Int, count: Int) {
        if i + width <= count {
            UnsafeMutableRawPointer(out + i).storeBytes(of: v, as: V.self)
        } else {
            for k in 0..<(count - i) { out[i + k] = v[k] }
        }
    }

    static func max(_ u: UnsafeBufferPointer<Float>) -> Float {
        var m = V(repeating: -.infinity)
        var i = 0
        while i < u.count {
            let x = load(u, i)
            m = m.replacing(with: x, where: x .> m)
            i += width
        }
        return m.max()
    }

    /// The max in lanes; the naive sum with libm's exp, one term at a time, left to right: the naive
    /// path shows what naive code computes, and a sequential sum gains nothing from lanes.
    static func maxAndNaiveSum(_ u: UnsafeBufferPointer<Float>) -> (max: Float, naiveSum: Float) {
        var s: Float = 0
        for x in u { s += Float.exp(x) }
        return (max(u), s)
    }

    static func shifted(_ u: UnsafeBufferPointer<Float>, shift m: Float, into out: UnsafeMutablePointer<Float>?) -> (sum: Double, eLogE: Double) {
        shifted(u, shift: m, into: out, entropy: true)
    }

    /// Σ eᵢ alone, for softmax and logsumexp: the same sums as `shifted`, bit for bit, without the
    /// Σ e·log e the entropy needs.
    static func shiftedSum(_ u: UnsafeBufferPointer<Float>, shift m: Float, into out: UnsafeMutablePointer<Float>?) -> Double {
        shifted(u, shift: m, into: out, entropy: false).sum
    }

    /// Two vectors a turn, through the sixteen-lane exp (four independent chains on SSE2); the sums
    /// take them in order, as one vector a turn would.
    @inline(__always)
    private static func shifted(
        _ u: UnsafeBufferPointer<Float>, shift m: Float, into out: UnsafeMutablePointer<Float>?, entropy: Bool
    ) -> (sum: Double, eLogE: Double) {
        var sLow = SIMD4<Double>(), sHigh = SIMD4<Double>()
        var wLow = SIMD4<Double>(), wHigh = SIMD4<Double>()
        let shift = V(repeating: m)
        let n = u.count
        @inline(__always) func step(_ x: V, _ e: V, at i: Int) {
            if let out { store(e, out, i, count: n) }
            let eLow = SIMD4<Double>(e.lowHalf), eHigh = SIMD4<Double>(e.highHalf)
            sLow += eLow
            sHigh += eHigh
            if entropy {
                // log eᵢ is xᵢ up to the rounding of eᵢ (below 2⁻²⁴ relative); a masked class adds 0.
                let ex = (e * 0).replacing(with: x, where: e .> 0)
                wLow += eLow * SIMD4<Double>(ex.lowHalf)
                wHigh += eHigh * SIMD4<Double>(ex.highHalf)
            }
        }
        var i = 0
        while i < n {
            let x0 = load(u, i) - shift
            let x1 = load(u, i + width) - shift
            let e = VectorExp.exp(SIMD16(lowHalf: x0, highHalf: x1))
            step(x0, e.lowHalf, at: i)
            if i + width < n { step(x1, e.highHalf, at: i + width) }
            i += 2 * width
        }
        // Eight partial sums of Doubles: far below a Float's rounding, no compensation needed.
        return ((sLow + sHigh).sum(), (wLow + wHigh).sum())
    }

    static func normalize(_ e: UnsafeMutableBufferPointer<Float>, sum: Double) {
        let r = SIMD4<Double>(repeating: 1 / sum)
        var i = 0
        let n = e.count
        while i + width <= n {
            let v = UnsafeRawPointer(e.baseAddress! + i).loadUnaligned(as: V.self)
            let p = V(lowHalf: SIMD4<Float>(SIMD4<Double>(v.lowHalf) * r), highHalf: SIMD4<Float>(SIMD4<Double>(v.highHalf) * r))
            UnsafeMutableRawPointer(e.baseAddress! + i).storeBytes(of: p, as: V.self)
            i += width
        }
        while i < n {
            e[i] = Float.probability(e[i], sum: sum)
            i += 1
        }
    }
}
