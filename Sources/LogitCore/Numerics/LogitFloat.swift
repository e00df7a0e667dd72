import RealModule

/// A floating-point type the numerics run in. Each names the wider type its stable path sums in,
/// as the big frameworks do: summing thousands of Float16 values in Float16 stalls (3000 ones added
/// one at a time stop at 2048), so Float16 accumulates in Float and Float in Double.
///
/// The whole-vector passes are requirements so that Float and Double can answer them with SIMD
/// kernels (`VectorExp`, `FloatPasses`, `DoublePasses`) while Float16 keeps the scalar defaults
/// below. A value computed alone (`passExp`, `probability`) is always the value the pass computes,
/// so a row drawn by itself equals the same row in `--json`.
public protocol LogitFloat: BinaryFloatingPoint, Real, Sendable {
    associatedtype Accumulator: BinaryFloatingPoint & Real & Sendable
    static var precision: Precision { get }

    /// x in the accumulator type, exactly. A requirement so that a type the standard library does
    /// not know widens by its own bits: the generic `Accumulator(x)` sends BFloat16 through an
    /// unspecialized bit-by-bit conversion, which made its analysis of 128k classes 7× slower.
    static func widen(_ x: Self) -> Accumulator

    /// exp as the whole-vector passes compute it.
    static func passExp(_ x: Self) -> Self
    /// max u and the naive sum Σ exp(uᵢ) with libm's exp, taken left to right in Self (overflow and
    /// all), as naive code computes it.
    static func maxAndNaiveSum(_ u: UnsafeBufferPointer<Self>) -> (max: Self, naiveSum: Self)
    /// With the shift m: eᵢ = exp(uᵢ − m) in Self (written to `out` when given), Σ eᵢ (compensated)
    /// and Σ eᵢ·log eᵢ, both in the accumulator type, in one pass. The second gives the entropy
    /// without a log per class: H = log S − (Σ e log e) / S.
    static func shiftedPass(
        _ u: UnsafeBufferPointer<Self>, shift m: Self, into out: UnsafeMutablePointer<Self>?
    ) -> (sum: Accumulator, eLogE: Accumulator)
    /// Σ eᵢ of `shiftedPass`, bit for bit, without Σ eᵢ·log eᵢ (softmax and logsumexp alone).
    static func shiftedSum(
        _ u: UnsafeBufferPointer<Self>, shift m: Self, into out: UnsafeMutablePointer<Self>?
    ) -> Accumulator
    /// pᵢ = eᵢ / S, divided in the accumulator type and rounded once to Self.
    static func probability(_ e: Self, sum: Accumulator) -> Self
    /// `probability` over a whole buffer, in place.
    static func normalize(_ e: UnsafeMutableBufferPointer<Self>, sum: Accumulator)
}

extension LogitFloat {
    public static func widen(_ x: Self) -> Accumulator { Accumulator(x) }

    public static func passExp(_ x: Self) -> Self { Self.exp(x) }

    public static func maxAndNaiveSum(_ u: UnsafeBufferPointer<Self>) -> (max: Self, naiveSum: Self) {
        var m = -Self.infinity
        var s: Self = 0
        for x in u {
            if x > m { m = x }
            s += Self.exp(x)
        }
        return (m, s)
    }

    public static func shiftedPass(
        _ u: UnsafeBufferPointer<Self>, shift m: Self, into out: UnsafeMutablePointer<Self>?
    ) -> (sum: Accumulator, eLogE: Accumulator) {
        var sum = CompensatedSum<Accumulator>()
        var eLogE = CompensatedSum<Accumulator>()
        for i in u.indices {
            let e = passExp(u[i] - m)
            out?[i] = e
            let wide = widen(e)
            sum.add(wide)
            // 0 · log 0 = 0; log of the rounded e, as scipy's entr(p) sees the rounded value.
            if e > 0 { eLogE.add(wide * Accumulator.log(wide)) }
        }
        return (sum.value, eLogE.value)
    }

    public static func shiftedSum(
        _ u: UnsafeBufferPointer<Self>, shift m: Self, into out: UnsafeMutablePointer<Self>?
    ) -> Accumulator {
        shiftedPass(u, shift: m, into: out).sum
    }

    public static func probability(_ e: Self, sum: Accumulator) -> Self {
        Self(widen(e) / sum)
    }

    public static func normalize(_ e: UnsafeMutableBufferPointer<Self>, sum: Accumulator) {
        for i in e.indices { e[i] = probability(e[i], sum: sum) }
    }
}
