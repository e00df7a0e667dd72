// Double: eight or sixteen lanes. Double has no wider hardware type, so the sums are Neumaier-
// compensated lane by lane, and the lanes' sums and errors then added up compensated.

#define PFX(name) f64_##name
#define ST double
#define VS vd
#define CT double
#define VC vd
#define VI vl
#define VW vd
#define IT int64_t
#define N ND
#define SUM_T double
#define ST_NEG_INF (-__builtin_inf())
#define CONTEXT LK_CONTEXT_f64
#define CONTEXT_ARG LK_CONTEXT_ARG_f64

DEFINE_PLAIN_STEPS(f64, double, vd, d)

/// u = z / T.
DEFINE_DIVISION(f64, double, vd, vl, vl, 0x7fffffffffffffffLL, 0x7ff0000000000000LL,
                0x7e70000000000000LL /* 2¹⁰⁰⁰ */, 0x07b0000000000000LL /* 2⁻⁹⁰⁰ */, 0x1p-1022, 0x1p1022)

static inline vd f64_quotient_step(const double *z, const f64_divisor *d, vl *overflowed) {
    vd x = load_d(z);
    return f64_divide(x, ((vl)x & 0x7fffffffffffffffLL) < 0x7ff0000000000000LL, d, overflowed);
}

typedef struct { vd s, sc, w, wc; } f64_acc;

/// Neumaier's step on every lane: the error of s + x is kept in c.
static inline void f64_neumaier(vd x, vd *s, vd *c) {
    vd t = *s + x;
    vd big = (*s - t) + x;
    vd small = (x - t) + *s;
    vl magnitude = SPLAT(vl, int64_t, 0x7fffffffffffffff);
    vd absS = (vd)((vl)*s & magnitude), absX = (vd)((vl)x & magnitude);
    *c += SEL(absS < absX, small, big, vd, vl);
    *s = t;
}

static inline void f64_add(f64_acc *a, vd e, vd x, int entropy) {
    f64_neumaier(e, &a->s, &a->sc);
    // log eᵢ = xᵢ to within an ulp of eᵢ; a masked class (e = 0) adds 0, not 0 · −inf.
    if (entropy) f64_neumaier(SEL(e > 0, e * x, SPLAT(vd, double, 0), vd, vl), &a->w, &a->wc);
}

static inline void f64_neumaier1(double x, double *s, double *c) {
    double t = *s + x;
    *c += __builtin_fabs(*s) >= __builtin_fabs(x) ? (*s - t) + x : (x - t) + *s;
    *s = t;
}

/// The lanes' sums, then (when finite: inf − inf would make NaN of an infinite sum) their errors.
static inline double f64_lanes_total(vd s, vd c) {
    double t = 0, tc = 0;
    for (int k = 0; k < ND; k++) f64_neumaier1(s[k], &t, &tc);
    if (!__builtin_isfinite(t)) return t;
    for (int k = 0; k < ND; k++) f64_neumaier1(c[k], &t, &tc);
    return t + tc;
}

static inline lk_sums f64_total(const f64_acc *a) {
    lk_sums t = {f64_lanes_total(a->s, a->sc), f64_lanes_total(a->w, a->wc)};
    return t;
}

/// pᵢ = eᵢ / S, correctly rounded (QUOTIENT); the rare block with a quotient below 2⁻⁹⁰⁰ divides.
typedef struct { double sum, reciprocal; } f64_scale;
static inline f64_scale f64_scale_for(double sum) { return (f64_scale){sum, 1 / sum}; }

static inline vd f64_probability_step(vd e, f64_scale s) {
    vl tiny = (e != 0) & (e < 0x1p-900) & (e > -0x1p-900);
    return __builtin_reduce_or(tiny) ? e / s.sum : QUOTIENT(vd, double, e, s.sum, s.reciprocal);
}

#include "Passes.h"
