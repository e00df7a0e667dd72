import RealModule

/// A floating-point type the numerics run in. Each names the wider type its stable path sums in,
/// as the big frameworks do: summing thousands of Float16 values in Float16 stalls (3000 ones added
/// one at a time stop at 2048), so Float16 accumulates in Float and Float in Double.
///
/// The whole-vector passes are requirements so that Float, Double and Float16 answer them with the
/// vector kernels of the chosen `Kernels` path, while other types keep the scalar defaults below.
/// A value computed alone (`shiftedExp`, `probability`) is always the value the pass computes on
/// the same path, so a row drawn by itself equals the same row in `--json`.
///
/// Each pass over u also comes in a form that takes the logits z and T and makes each block of
/// u = z / T on the way without storing it (`scaling:`): at a million classes, writing u and
/// reading it back costs more than the arithmetic.
public protocol LogitFloat: BinaryFloatingPoint, Real, Sendable {
    associatedtype Accumulator: BinaryFloatingPoint & Real & Sendable
    static var precision: Precision { get }

    /// x in the accumulator type, exactly. A requirement so that a type the standard library does
    /// not know widens by its own bits: the generic `Accumulator(x)` sends BFloat16 through an
    /// unspecialized bit-by-bit conversion, which made its analysis of 128k classes 7× slower.
    static func widen(_ x: Self) -> Accumulator

    /// u = z / T in Self for every logit z: `Self(z) / T`, one at a time, as a class alone computes
    /// it, written to `out`. True when a finite z gave an infinite u (beyond the type's range).
    static func scale(_ z: UnsafeBufferPointer<Double>, by t: Self, into out: UnsafeMutablePointer<Self>, on kernels: Kernels) -> Bool
    /// max u and the first index holding it (numpy's argmax); −inf and 0 for no elements.
    static func largest(in u: UnsafeBufferPointer<Self>, on kernels: Kernels) -> (value: Self, index: Int)
    /// `largest(in:)` of u = z / T, and `scale`'s answer.
    static func largest(scaling z: UnsafeBufferPointer<Double>, by t: Self, on kernels: Kernels) -> (value: Self, index: Int, overflowed: Bool)
    /// With the shift m: eᵢ = exp(uᵢ − m) in Self (written to `out` when given), Σ eᵢ and, with
    /// `entropy`, Σ eᵢ·log eᵢ (else 0), both in the accumulator type, in one pass; with `masses`,
    /// each eᵢ is also added to its blocks of positions. The second sum gives the entropy without
    /// a log per class: H = log S − (Σ e log e) / S. Σ eᵢ is the same with or without it.
    static func shiftedPass(
        _ u: UnsafeBufferPointer<Self>, shift m: Self, into out: UnsafeMutablePointer<Self>?,
        entropy: Bool, masses: BlockMasses?, on kernels: Kernels
    ) -> (sum: Accumulator, eLogE: Accumulator)
    /// `shiftedPass` of u = z / T (the exps not stored).
    static func shiftedPass(
        scaling z: UnsafeBufferPointer<Double>, by t: Self, shift m: Self, entropy: Bool, masses: BlockMasses?,
        on kernels: Kernels
    ) -> (sum: Accumulator, eLogE: Accumulator)
    /// exp(u − m) for one class: the pass's value for it.
    static func shiftedExp(_ u: Self, shift m: Self, on kernels: Kernels) -> Self
    /// pᵢ = eᵢ / S for one class, rounded once to Self: `normalize`'s value for it.
    static func probability(_ e: Self, sum: Accumulator, on kernels: Kernels) -> Self
    /// `probability` over a whole buffer, in place.
    static func normalize(_ e: UnsafeMutableBufferPointer<Self>, sum: Accumulator, on kernels: Kernels)
}

/// The scalar passes, for a type without kernels: the same definitions, one class at a time.
extension LogitFloat {
    public static func widen(_ x: Self) -> Accumulator { Accumulator(x) }

    public static func scale(_ z: UnsafeBufferPointer<Double>, by t: Self, into out: UnsafeMutablePointer<Self>, on _: Kernels) -> Bool {
        var overflowed = false
        for i in z.indices {
            let u = Self(z[i]) / t
            out[i] = u
            if !u.isFinite && z[i].isFinite { overflowed = true }
        }
        return overflowed
    }

    public static func largest(in u: UnsafeBufferPointer<Self>, on _: Kernels) -> (value: Self, index: Int) {
        var m = -Self.infinity, first = 0
        for i in u.indices where u[i] > m {
            m = u[i]
            first = i
        }
        return (m, first)
    }

    public static func largest(scaling z: UnsafeBufferPointer<Double>, by t: Self, on kernels: Kernels) -> (value: Self, index: Int, overflowed: Bool) {
        withScaled(z, by: t, on: kernels) { u, overflowed in
            let (m, first) = largest(in: u, on: kernels)
            return (m, first, overflowed)
        }
    }

    public static func shiftedPass(
        _ u: UnsafeBufferPointer<Self>, shift m: Self, into out: UnsafeMutablePointer<Self>?,
        entropy: Bool, masses: BlockMasses?, on kernels: Kernels
    ) -> (sum: Accumulator, eLogE: Accumulator) {
        var sum = CompensatedSum<Accumulator>()
        var eLogE = CompensatedSum<Accumulator>()
        for i in u.indices {
            let e = shiftedExp(u[i], shift: m, on: kernels)
            out?[i] = e
            let wide = widen(e)
            sum.add(wide)
            // 0 · log 0 = 0; log of the rounded e, as scipy's entr(p) sees the rounded value.
            if entropy && e > 0 { eLogE.add(wide * Accumulator.log(wide)) }
            masses?.add(Double(e), at: i)
        }
        return (sum.value, eLogE.value)
    }

    public static func shiftedPass(
        scaling z: UnsafeBufferPointer<Double>, by t: Self, shift m: Self, entropy: Bool, masses: BlockMasses?,
        on kernels: Kernels
    ) -> (sum: Accumulator, eLogE: Accumulator) {
        withScaled(z, by: t, on: kernels) { u, _ in
            shiftedPass(u, shift: m, into: nil, entropy: entropy, masses: masses, on: kernels)
        }
    }

    public static func shiftedExp(_ u: Self, shift m: Self, on _: Kernels) -> Self { Self.exp(u - m) }

    public static func probability(_ e: Self, sum: Accumulator, on _: Kernels) -> Self {
        Self(widen(e) / sum)
    }

    public static func normalize(_ e: UnsafeMutableBufferPointer<Self>, sum: Accumulator, on kernels: Kernels) {
        for i in e.indices { e[i] = probability(e[i], sum: sum, on: kernels) }
    }

    /// `body` on u = z / T made by `scale` into a buffer of its own, with `scale`'s answer.
    static func withScaled<R>(
        _ z: UnsafeBufferPointer<Double>, by t: Self, on kernels: Kernels, _ body: (UnsafeBufferPointer<Self>, Bool) -> R
    ) -> R {
        var overflowed = false
        let u = [Self](unsafeUninitializedCapacity: z.count) { out, initialized in
            if let base = out.baseAddress { overflowed = scale(z, by: t, into: base, on: kernels) }
            initialized = z.count
        }
        return u.withUnsafeBufferPointer { body($0, overflowed) }
    }
}

/// Where a shifted pass adds each eᵢ besides its sum: to its block of positions by index and by
/// rank (`PrefixMass`), `byIndex[i >> blockShift]` and `byRank[ranks[i] >> blockShift]`.
public struct BlockMasses {
    let ranks: UnsafePointer<Int32>
    let byIndex: UnsafeMutablePointer<Double>
    let byRank: UnsafeMutablePointer<Double>
    let blockShift: Int

    func add(_ e: Double, at i: Int) {
        byIndex[i >> blockShift] += e
        byRank[Int(ranks[i]) >> blockShift] += e
    }
}
