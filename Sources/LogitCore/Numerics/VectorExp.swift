/// exp over SIMD lanes, for the whole-vector passes (128k to 1M classes): one pass of these does
/// what a loop of libm calls does several times slower. Both follow the classic scheme (Cody and
/// Waite; Cephes, fdlibm): n = round(x / ln 2), r = x − n·ln 2 in two parts so that n·ln2hi is
/// exact, a polynomial for exp(r) on |r| ≤ ln 2 / 2, then a scale by 2ⁿ built from bits.
///
/// - Rounding to nearest uses the "magic number" addition (x·log₂e + 1.5·2ᵖ⁻¹), because baseline
///   x86-64 has no vector round instruction; the same sum holds n in its low bits.
/// - 2ⁿ is applied in two halves, so results that overflow give +inf, results in the subnormal range
///   are rounded once (the first half-scale is exact), and results below half the least subnormal
///   give exactly 0.
/// - −inf gives 0, +inf gives +inf, NaN gives NaN.
///
/// Accuracy, measured against glibc's correctly rounded `expf` and its < 1 ulp `exp` over the whole
/// range in `VectorExpTests`: at most 1 ulp for Float, at most 1 ulp for Double.
public enum VectorExp {
    public typealias FloatLanes = SIMD8<Float>
    public typealias DoubleLanes = SIMD4<Double>

    /// Eight Floats: the sixteen-lane kernel on them twice over (the whole-vector pass uses sixteen).
    @inlinable
    public static func exp(_ x: FloatLanes) -> FloatLanes {
        exp(SIMD16(lowHalf: x, highHalf: x)).lowHalf
    }

    /// Sixteen Floats at once: four independent chains on SSE2 (see the Double kernel); each lane's
    /// arithmetic is the same whatever the width.
    @inlinable
    public static func exp(_ x: SIMD16<Float>) -> SIMD16<Float> {
        typealias V = SIMD16<Float>
        typealias I = SIMD16<Int32>
        // Beyond these, exp is +inf or 0 in Float; the clamp keeps n within the two-half scale.
        let clamped = x.replacing(with: 89, where: x .> 89).replacing(with: -104, where: x .< -104)
        let magic = V(repeating: 0x1.8p23)
        let t = clamped * 1.44269504088896341 + magic
        let n = unsafeBitCast(t, to: I.self) &- unsafeBitCast(magic, to: I.self)
        let fn = t - magic
        // ln 2 = ln2hi + ln2lo; ln2hi has 9 significant bits, so fn · ln2hi is exact.
        var r = clamped - fn * 0.693359375
        r = r - fn * -2.12194440e-4
        // Cephes expf's minimax polynomial: exp(r) ≈ 1 + r + r²·P(r).
        var p = V(repeating: 1.9875691500e-4)
        p = p * r + 1.3981999507e-3
        p = p * r + 8.3334519073e-3
        p = p * r + 4.1665795894e-2
        p = p * r + 1.6666665459e-1
        p = p * r + 5.0000001201e-1
        let e = (r * r * p + r) + 1
        // 2ⁿ = 2^(n>>1) · 2^(n − n>>1), each half a normal Float for n in [−150, 128].
        let n1 = n &>> 1
        let n2 = n &- n1
        let s1 = unsafeBitCast((n1 &+ 127) &<< 23, to: V.self)
        let s2 = unsafeBitCast((n2 &+ 127) &<< 23, to: V.self)
        let y = (e * s1) * s2
        return y.replacing(with: x, where: x .!= x)
    }

    /// Four Doubles: the eight-lane kernel on them twice over (the whole-vector pass uses eight).
    @inlinable
    public static func exp(_ x: DoubleLanes) -> DoubleLanes {
        exp(SIMD8(lowHalf: x, highHalf: x)).lowHalf
    }

    /// Eight Doubles at once: on SSE2 that is four independent chains of multiplies and adds,
    /// written as one, so each step of the polynomial issues four instructions that overlap rather
    /// than wait on one another's latency (the pass runs about three times faster than with four
    /// lanes). Each lane's arithmetic is the same, so the result of a lane does not depend on its
    /// neighbours or on the width.
    @inlinable
    public static func exp(_ x: SIMD8<Double>) -> SIMD8<Double> {
        typealias V = SIMD8<Double>
        typealias I = SIMD8<Int64>
        let clamped = x.replacing(with: 710, where: x .> 710).replacing(with: -746, where: x .< -746)
        let magic = V(repeating: 0x1.8p52)
        let t = clamped * 1.4426950408889634074 + magic
        let n = unsafeBitCast(t, to: I.self) &- unsafeBitCast(magic, to: I.self)
        let fn = t - magic
        // fdlibm's split of ln 2: ln2hi has 32 significant bits, so fn · ln2hi is exact.
        var r = clamped - fn * 6.93147180369123816490e-01
        r = r - fn * 1.90821492927058770002e-10
        // Taylor to degree 13: the truncation error on |r| ≤ ln 2 / 2 is below 2⁻⁵⁹.
        var p = V(repeating: 1.0 / 6_227_020_800)
        p = p * r + 1.0 / 479_001_600
        p = p * r + 1.0 / 39_916_800
        p = p * r + 1.0 / 3_628_800
        p = p * r + 1.0 / 362_880
        p = p * r + 1.0 / 40_320
        p = p * r + 1.0 / 5_040
        p = p * r + 1.0 / 720
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        let e = (r * r * p + r) + 1
        let n1 = n &>> 1
        let n2 = n &- n1
        let s1 = unsafeBitCast((n1 &+ 1023) &<< 52, to: V.self)
        let s2 = unsafeBitCast((n2 &+ 1023) &<< 52, to: V.self)
        let y = (e * s1) * s2
        return y.replacing(with: x, where: x .!= x)
    }

    /// One value through the lanes: equal to the same value computed inside a whole-vector pass.
    @inlinable
    public static func exp(_ x: Float) -> Float { exp(FloatLanes(repeating: x))[0] }

    @inlinable
    public static func exp(_ x: Double) -> Double { exp(DoubleLanes(repeating: x))[0] }
}
