import RealModule

/// Float64 has no wider hardware type; its stable sums are compensated instead (see `CompensatedSum`).
extension Double: LogitFloat {
    public typealias Accumulator = Double
    public static var precision: Precision { .float64 }

    public static func passExp(_ x: Double) -> Double { VectorExp.exp(x) }

    public static func maxAndNaiveSum(_ u: UnsafeBufferPointer<Double>) -> (max: Double, naiveSum: Double) {
        DoublePasses.maxAndNaiveSum(u)
    }

    public static func shiftedPass(
        _ u: UnsafeBufferPointer<Double>, shift m: Double, into out: UnsafeMutablePointer<Double>?
    ) -> (sum: Double, eLogE: Double) {
        DoublePasses.shifted(u, shift: m, into: out)
    }

    public static func normalize(_ e: UnsafeMutableBufferPointer<Double>, sum: Double) {
        DoublePasses.normalize(e, sum: sum)
    }
}

/// The Double passes, four lanes at a time, tails padded with −inf (see `FloatPasses`). The sums
/// are Neumaier-compensated lane by lane, and the lanes' sums and errors then added up compensated.
enum DoublePasses {
    typealias V = VectorExp.DoubleLanes
    static let width = V.scalarCount

    @inline(__always)
    static func load(_ u: UnsafeBufferPointer<Double>, _ i: Int) -> V {
        if i + width <= u.count {
            return UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: V.self)
        }
        var v = V(repeating: -.infinity)
        for k in 0..<Swift.max(u.count - i, 0) { v[k] = u[i + k] }
        return v
    }

    /// Neumaier's step on every lane: the error of s + x is kept in c.
    @inline(__always)
    static func add(_ x: V, to s: inout V, _ c: inout V) {
        let t = s + x
        let big = (s - t) + x
        let small = (x - t) + s
        c += big.replacing(with: small, where: abs(s) .< abs(x))
        s = t
    }

    @inline(__always)
    static func abs(_ v: V) -> V {
        unsafeBitCast(unsafeBitCast(v, to: SIMD4<UInt64>.self) & 0x7FFF_FFFF_FFFF_FFFF, to: V.self)
    }

    static func total(_ s: V, _ c: V) -> Double {
        var acc = CompensatedSum<Double>()
        for k in 0..<width { acc.add(s[k]) }
        // A non-finite lane makes the compensation meaningless (inf − inf): leave it out.
        guard acc.value.isFinite else { return acc.value }
        for k in 0..<width { acc.add(c[k]) }
        return acc.value
    }

    static func max(_ u: UnsafeBufferPointer<Double>) -> Double {
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
    static func maxAndNaiveSum(_ u: UnsafeBufferPointer<Double>) -> (max: Double, naiveSum: Double) {
        var s: Double = 0
        for x in u { s += Double.exp(x) }
        return (max(u), s)
    }

    static func shifted(_ u: UnsafeBufferPointer<Double>, shift m: Double, into out: UnsafeMutablePointer<Double>?) -> (sum: Double, eLogE: Double) {
        var s = V(), sc = V(), w = V(), wc = V()
        let shift = V(repeating: m)
        let n = u.count
        // Two vectors a turn: their exps are independent chains of multiplies and adds that the
        // processor overlaps (one alone waits on each step's latency). The sums take them in
        // order, lane by lane, exactly as one vector a turn would.
        @inline(__always) func step(_ x: V, _ e: V, at i: Int) {
            if let out {
                if i + width <= n {
                    UnsafeMutableRawPointer(out + i).storeBytes(of: e, as: V.self)
                } else {
                    for k in 0..<Swift.max(n - i, 0) { out[i + k] = e[k] }
                }
            }
            add(e, to: &s, &sc)
            // log eᵢ = xᵢ to within an ulp of eᵢ; a masked class (e = 0) adds 0, not 0 · −inf.
            add((e * 0).replacing(with: e * x, where: e .> 0), to: &w, &wc)
        }
        var i = 0
        while i < n {
            let x0 = load(u, i) - shift
            let x1 = load(u, i + width) - shift
            let e = VectorExp.exp(SIMD8(lowHalf: x0, highHalf: x1))
            step(x0, e.lowHalf, at: i)
            if i + width < n { step(x1, e.highHalf, at: i + width) }
            i += 2 * width
        }
        return (total(s, sc), total(w, wc))
    }

    static func normalize(_ e: UnsafeMutableBufferPointer<Double>, sum: Double) {
        let d = V(repeating: sum)
        var i = 0
        let n = e.count
        while i + width <= n {
            let v = UnsafeRawPointer(e.baseAddress! + i).loadUnaligned(as: V.self)
            UnsafeMutableRawPointer(e.baseAddress! + i).storeBytes(of: v / d, as: V.self)
            i += width
        }
        while i < n {
            e[i] = e[i] / sum
            i += 1
        }
    }
}
