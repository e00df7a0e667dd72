// exp over lanes, written once for Float and Double (Instantiate.h includes it once for each):
// the classic scheme of Cody and Waite (Cephes, fdlibm): n = round(x / ln 2), r = x − n·ln 2 in two
// parts so that n·ln2hi is exact, a polynomial for exp(r) on |r| ≤ ln 2 / 2, then a scale by 2ⁿ
// built from bits.
//
// - Rounding to nearest is the "magic number" addition (x·log₂e + 1.5·2ᵖ⁻¹), which leaves n in the
//   low bits of the sum, because SSE2 has no vector round instruction.
// - 2ⁿ is applied in two halves, so results that overflow give +inf, results in the subnormal range
//   are rounded once (the first half-scale is exact), and results below half the least subnormal
//   give exactly 0; AVX-512's scalef does the same in one instruction (EXP_SCALEF), same bits.
// - −inf gives 0, +inf gives +inf, NaN gives NaN.
// - With FMA, the multiply-adds (the rounding to n, the low part of ln 2, Horner's steps) are fused:
//   one rounding fewer each, so those paths may differ from SSE2's in the last bit.
//
// Accuracy against glibc (`KernelExpTests`, every path): at most 1 ulp for Float and for Double.
//
// Expects: EXP_FN (the function's name); V, I, T (the lanes, signed integer lanes of the same
// width, the scalar); EXP_HI, EXP_LO (beyond these exp is +inf or 0; the clamp keeps n within the
// two-half scale); EXP_LOG2E, EXP_MAGIC (1.5·2ᵖ⁻¹); EXP_LN2HI, EXP_LN2LO; EXP_BIAS, EXP_MANT (the
// exponent's bias and position); EXP_SCALEF (with HAS_SCALEF); EXP_COEFFS (the polynomial P, highest degree first, with
// exp(r) ≈ 1 + r + r²·P(r)).

static inline V EXP_FN(V x) {
    const V magic = SPLAT(V, T, EXP_MAGIC);
    V c = SEL(x > (T)EXP_HI, SPLAT(V, T, EXP_HI), x, V, I);
    c = SEL(c < (T)EXP_LO, SPLAT(V, T, EXP_LO), c, V, I);
    V t = MADD(c, SPLAT(V, T, EXP_LOG2E), magic);
    I n = (I)t - (I)magic;
    V fn = t - magic;
    // fn · ln2hi is exact, so fusing the first step changes nothing; the second it does.
    V r = MADD(fn, SPLAT(V, T, -(EXP_LN2HI)), c);
    r = MADD(fn, SPLAT(V, T, -(EXP_LN2LO)), r);
    static const T coefficients[] = EXP_COEFFS;
    V p = SPLAT(V, T, coefficients[0]);
    for (unsigned k = 1; k < sizeof coefficients / sizeof coefficients[0]; k++) {
        p = MADD(p, r, SPLAT(V, T, coefficients[k]));
    }
    V e = MADD(r * r, p, r) + (T)1;
#if HAS_SCALEF
    (void)n;
    V y = EXP_SCALEF(e, fn);
#else
    I n1 = n >> 1;
    I n2 = n - n1;
    V s1 = (V)((n1 + EXP_BIAS) << EXP_MANT);
    V s2 = (V)((n2 + EXP_BIAS) << EXP_MANT);
    V y = (e * s1) * s2;
#endif
    return SEL(x != x, x, y, V, I);
}

#undef EXP_FN
#undef V
#undef I
#undef T
#undef EXP_HI
#undef EXP_LO
#undef EXP_LOG2E
#undef EXP_MAGIC
#undef EXP_LN2HI
#undef EXP_LN2LO
#undef EXP_BIAS
#undef EXP_MANT
#undef EXP_SCALEF
#undef EXP_COEFFS
