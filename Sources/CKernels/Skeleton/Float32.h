// Float: sixteen or thirty-two lanes; Σ e and Σ e·log e in Double lanes (`wide_sums`), far
// below a Float's rounding, with no compensation needed.

#define PFX(name) f32_##name
#define ST float
#define VS vf
#include "FloatLanes.h"
#define SUM_T double
#define ST_NEG_INF (-__builtin_inff())
#define CONTEXT LK_CONTEXT_f32
#define CONTEXT_ARG LK_CONTEXT_ARG_f32

DEFINE_PLAIN_STEPS(f32, float, vf, f)

/// u = Float(z) / T, z rounded to Float as Swift's Float(_:) rounds it (to nearest).
DEFINE_DIVISION(f32, float, vf, vu, vi, 0x7fffffffu, 0x7f800000u, 0x7b800000u /* 2¹²⁰ */,
                0x0d800000u /* 2⁻¹⁰⁰ */, 0x1p-126f, 0x1p126f)

static inline vf f32_quotient_step(const double *z, const f32_divisor *d, vi *overflowed) {
    vi zFinite;
    vfw wide = load_wide(z, &zFinite);
    return f32_divide(__builtin_convertvector(wide, vf), zFinite, d, overflowed);
}

#define f32_acc wide_sums
#define f32_total wide_total

static inline void f32_add(wide_sums *a, vf e, vf x, int entropy) {
    vfw ew = __builtin_convertvector(e, vfw);
    a->s += ew;
    if (entropy) {
        // log eᵢ is xᵢ up to the rounding of eᵢ (below 2⁻²⁴ relative); a masked class (e = 0)
        // adds 0, not 0 · −inf.
        vf l = SEL(e > 0, x, SPLAT(vf, float, 0), vf, vi);
        a->w = MADD(ew, __builtin_convertvector(l, vfw), a->w);
    }
}

/// pᵢ = eᵢ · (1/S) in Double, rounded once to Float: the product carries at most 2⁻⁵² relative
/// error, so it rounds to the same Float as eᵢ / S except within 2⁻⁵² of a rounding boundary, and
/// a multiply is several times cheaper than a vector divide. With FMA the product stays in Float
/// lanes, 1/S split into a Float and its remainder: e·hi + e·lo in one fused step is e·(1/S) to
/// within 2⁻⁴⁷, so it rounds as the Double product does unless that lies within 2⁻⁴⁷ of a Float
/// rounding boundary (none in 20 million random cases), without two conversions each way.
typedef struct { double reciprocal; float hi, lo; } f32_scale;

static inline f32_scale f32_scale_for(double sum) {
    double r = 1 / sum;
    float hi = (float)r;
    return (f32_scale){r, hi, (float)(r - hi)};
}

static inline vf f32_probability_step(vf e, f32_scale s) {
#if HAS_FMA
    return MADD(e, SPLAT(vf, float, s.hi), e * s.lo);
#else
    return __builtin_convertvector(__builtin_convertvector(e, vfw) * s.reciprocal, vf);
#endif
}

#include "Passes.h"
