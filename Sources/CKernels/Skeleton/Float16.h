// Float16: stored as halves, computed in Float lanes (converted by F16C on the AVX paths, by
// integer steps on SSE2). u − m is computed in Float and rounded to a half, which is the correctly
// rounded half difference, as Float16 arithmetic gives it (Float has 24 ≥ 2·11 + 2 bits). exp and
// e·log e are looked up by the half's bits in tables made from the scalar functions (CKernels.h):
// a half has 65,536 values, and a lookup per lane (one gather instruction for eight or sixteen) is
// about half the cost of the polynomial and its conversions, and exact by construction. On AVX-512
// a gather of sixteen lanes costs more than on AVX2, while the FMA units idle: there half of each
// block's lanes is looked up and the other half computed by Float's exp, rounded to a half. That
// gives the table's value for every one of the 65,536 halves (tested for every half in every lane,
// KernelExpTests), so a lane's value still does not depend on its position. The sums are in
// Double, where the halves add up exactly; the caller rounds them once to Float.

#define PFX(name) f16_##name
#define ST uint16_t
#define VS vh
#include "FloatLanes.h"
#define SUM_T float
#define ST_NEG_INF ((uint16_t)0xfc00)
#define CONTEXT LK_CONTEXT_f16
#define CONTEXT_ARG LK_CONTEXT_ARG_f16

#define f16_load load_h
#define f16_store store_h
static inline vf f16_computed(vh h) { return half_to_float(h); }

/// A half's value held in a Float, as the half's bits (exact).
static inline uint16_t f16_to_stored(float m) {
    return float_to_half(SPLAT(vf, float, m))[0];
}

/// e = exp(x) for x = u − m rounded to a half: Float16.exp(x), from the table or (on AVX-512, for
/// the upper half of the lanes) as exp_fh(x) rounded to a half, which equals it for every half.
static inline vh f16_exp_step(vh u, uint16_t m, vf *x, const lk_half_tables *tables) {
    vh xh = float_to_half(half_to_float(u) - half_to_float(SPLAT(vh, uint16_t, m)));
    *x = half_to_float(xh);
#if SPLIT_HALF_EXP
    vih offsets = __builtin_convertvector(LOWER_HALF(xh), vih) * 2;
    vhh looked = __builtin_convertvector(gather32_half(tables->exp, offsets), vhh);
    vhh computed = (vhh)__builtin_convertvector(exp_fh(UPPER_HALF(*x)), vhhf);
    return JOIN_HALVES(looked, computed);
#else
    return gather_h(tables->exp, xh);
#endif
}

/// u = Float16(z) / T: z rounded to a half as Swift's Float16(_:) rounds a Double (once, to
/// nearest), the two halves divided in Float (f32_divide) and rounded to a half, which is the
/// correctly rounded half quotient (Float has 24 ≥ 2·11 + 2 bits). Rounding z to Float first
/// would round twice; rounded to Float "to odd" instead (the nearest Float, moved towards zero if
/// that passed z, its last bit then set when inexact), it keeps what the second rounding needs:
/// a half rounds from it as from z.
typedef f32_divisor f16_divisor;

static inline f16_divisor f16_divisor_for(uint16_t t) {
    return f32_divisor_for(half_to_float(SPLAT(vh, uint16_t, t))[0]);
}

static inline vh f16_quotient_step(const double *z, const f16_divisor *d, vi *overflowed) {
    vi zFinite;
    vfw wide = load_wide(z, &zFinite);
    vf nearest = __builtin_convertvector(wide, vf);
    vfw back = __builtin_convertvector(nearest, vfw);
    vi inexact = __builtin_convertvector(back != wide, vi);
    vi passed = __builtin_convertvector(((vlw)back & 0x7fffffffffffffffLL) > ((vlw)wide & 0x7fffffffffffffffLL), vi);
    vu odd = ((vu)nearest + (vu)passed) | ((vu)inexact & 1u);  // passed is −1 where set
    vf x = half_to_float(float_to_half((vf)odd));
    vi ignored = SPLAT(vi, int32_t, 0);
    vh u = float_to_half(f32_divide(x, zFinite, d, &ignored));
    *overflowed |= __builtin_convertvector((u & 0x7fff) == 0x7c00, vi) & zFinite;
    return u;
}

#define f16_acc wide_sums
#define f16_total wide_total

static inline void f16_add(wide_sums *a, vh e, vf x, int entropy, const lk_half_tables *tables) {
    (void)x;
    a->s += __builtin_convertvector(half_to_float(e), vfw);
    if (entropy) a->w += __builtin_convertvector(gather_f(tables->e_log_e, e), vfw);
}

/// pᵢ = eᵢ / S in Float, rounded to a half (Float16's `probability`: Float16(Float(e) / S)). The
/// quotient never underflows (eᵢ ≥ 2⁻²⁴ or 0, 1 ≤ S ≤ n).
typedef struct { float sum, reciprocal; } f16_scale;
static inline f16_scale f16_scale_for(float sum) { return (f16_scale){sum, 1 / sum}; }

static inline vh f16_probability_step(vh e, f16_scale s) {
    return float_to_half(QUOTIENT(vf, float, half_to_float(e), s.sum, s.reciprocal));
}

#include "Passes.h"
