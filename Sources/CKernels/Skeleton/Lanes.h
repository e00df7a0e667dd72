// The vector types and the few operations whose instructions differ by path. Included by
// Instantiate.h, after the path's file has defined LK_ISA (LK_BASELINE, LK_AVX2 or LK_AVX512) and
// VBYTES, the bytes of a vector value: each is several hardware registers (64 = four SSE2 or two
// AVX2 registers, 128 = two AVX-512 ones), whose independent chains of multiplies and adds the
// processor overlaps instead of waiting on each one's latency. From the path follow:
//   HAS_FMA    a·b + c is one fused operation (one rounding) rather than two
//   HW_HALF    Float16 converts in hardware (F16C) rather than by the integer steps below
//   HAS_SCALEF AVX-512's scalef multiplies by 2ⁿ in one instruction (Exp.h)
//   SPLIT_HALF_EXP  Float16's exp is looked up for half of each block's lanes and computed for the
//              other half (Float16.h)
//   gathers    a table lookup per lane is one instruction (AVX2, AVX-512) rather than a loop
// Every operation is the same for each lane, so a lane's result never depends on its neighbours,
// its position or the width: one element computed alone is the element the pass computes.

#define HAS_FMA (LK_ISA != LK_BASELINE)
#define HW_HALF (LK_ISA != LK_BASELINE)
#define HAS_SCALEF (LK_ISA == LK_AVX512)
#define SPLIT_HALF_EXP (LK_ISA == LK_AVX512)

// Nothing is fused but what MADD fuses: each path's rounding is then what its source says.
#pragma STDC FP_CONTRACT OFF
// Vector values pass between this file's static functions only, never across an ABI boundary.
#pragma clang diagnostic ignored "-Wpsabi"

typedef float vf __attribute__((vector_size(VBYTES)));
typedef int32_t vi __attribute__((vector_size(VBYTES)));
typedef uint32_t vu __attribute__((vector_size(VBYTES)));
typedef uint16_t vh __attribute__((vector_size(VBYTES / 2)));
typedef double vfw __attribute__((vector_size(2 * VBYTES)));  // vf's lanes, widened
typedef int64_t vlw __attribute__((vector_size(2 * VBYTES)));
typedef double vd __attribute__((vector_size(VBYTES)));
typedef int64_t vl __attribute__((vector_size(VBYTES)));

#if SPLIT_HALF_EXP
// Half of vf's lanes (one register), for Float16's split exp (Float16.h).
typedef float vfh __attribute__((vector_size(VBYTES / 2)));
typedef int32_t vih __attribute__((vector_size(VBYTES / 2)));
typedef uint16_t vhh __attribute__((vector_size(VBYTES / 4)));
typedef _Float16 vhhf __attribute__((vector_size(VBYTES / 4)));
#define LOWER_HALF(v) __builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
#define UPPER_HALF(v) __builtin_shufflevector(v, v, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)
#define JOIN_HALVES(a, b) __builtin_shufflevector(a, b, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, \
                                                  16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31)
#endif

#define NF ((int)(VBYTES / sizeof(float)))
#define ND ((int)(VBYTES / sizeof(double)))

/// b where the mask is set, else a, as V; the mask is a comparison (all of a lane's bits set, or
/// none), of the integer type I that has V's lanes.
#define SEL(mask, b, a, V, I) ((V)(((I)(b) & (mask)) | ((I)(a) & ~(mask))))
/// A vector of one value (the scalar is converted to the lanes' type first).
#define SPLAT(V, T, x) ((V){} + (T)(x))

#if HAS_FMA
#define MADD(a, b, c) __builtin_elementwise_fma((a), (b), (c))
#else
#define MADD(a, b, c) ((a) * (b) + (c))
#endif

#if HAS_FMA
/// e / s, correctly rounded, from r = 1/s rounded to nearest and without a divide (a vector divide
/// takes most of a normalize pass): q = e·r is within an ulp of e/s, the remainder e − q·s is exact
/// in one fused step, and q + remainder·r is then the correctly rounded quotient (Markstein's
/// theorem), bit for bit what the divide gives, as long as the quotient does not underflow.
#define QUOTIENT(V, T, e, s, r) \
    ({ V q_ = (e) * (r); MADD(MADD(-q_, SPLAT(V, T, s), (e)), SPLAT(V, T, r), q_); })
#else
#define QUOTIENT(V, T, e, s, r) ((e) / (s))
#endif

#if HW_HALF
typedef _Float16 vhf __attribute__((vector_size(VBYTES / 2)));
static inline vf half_to_float(vh h) { return __builtin_convertvector((vhf)h, vf); }
/// Rounds to nearest, ties to even (F16C's rounding under the default MXCSR).
static inline vh float_to_half(vf f) { return (vh)__builtin_convertvector(f, vhf); }
#else
// Fabian Giesen's conversions ("half_to_float_fast5", "float_to_half_fast3_rtne", public domain),
// lane by lane in integers: exact one way, rounded to nearest even the other, infinities, NaN and
// subnormals kept, as F16C and Swift's Float16(_:) convert.
static inline vf half_to_float(vh h) {
    vu x = __builtin_convertvector(h, vu);
    vu o = (x & 0x7fffu) << 13;
    vu exponent = o & (0x7c00u << 13);
    o += (127u - 15u) << 23;
    o += (vu)(exponent == (0x7c00u << 13)) & ((128u - 16u) << 23);  // inf, NaN: exponent all ones
    // Zero and subnormal: one more exponent step, then take the implicit bit away as a float.
    vf sub = (vf)(o + (1u << 23)) - SPLAT(vf, float, 0x1p-14f);
    o = SEL(exponent == 0, sub, o, vu, vi);
    return (vf)(o | ((x & 0x8000u) << 16));
}

static inline vh float_to_half(vf f) {
    vu u = (vu)f;
    vu sign = u & 0x80000000u;
    u ^= sign;
    vu special = SEL(u > 0x7f800000u, SPLAT(vu, uint32_t, 0x7e00u), SPLAT(vu, uint32_t, 0x7c00u), vu, vi);
    // Below the least normal half: adding 0.5 leaves the value's bits where a subnormal half
    // has them, rounded to nearest even by the addition itself.
    vu sub = (vu)((vf)u + SPLAT(vf, float, 0.5f)) - (vu)SPLAT(vf, float, 0.5f);
    vu normal = (u + (0xfffu - (112u << 23)) + ((u >> 13) & 1u)) >> 13;
    vu o = SEL(u < (113u << 23), sub, normal, vu, vi);
    o = SEL(u >= ((127u + 16u) << 23), special, o, vu, vi);
    return __builtin_convertvector(o | (sign >> 16), vh);
}
#endif

#if HAS_SCALEF
/// e·2ⁿ rounded once, overflow to inf and underflow through the subnormals included: what Exp.h's
/// two half-scales compute, in one instruction per register.
#define DEFINE_SCALEF(name, V, R, instruction)                          \
    static inline V name(V e, V n) {                                    \
        V y;                                                            \
        for (unsigned k = 0; k < sizeof(V) / sizeof(R); k++) {          \
            R a, b;                                                     \
            memcpy(&a, (char *)&e + k * sizeof a, sizeof a);            \
            memcpy(&b, (char *)&n + k * sizeof b, sizeof b);            \
            a = instruction(a, b);                                      \
            memcpy((char *)&y + k * sizeof a, &a, sizeof a);            \
        }                                                               \
        return y;                                                       \
    }
DEFINE_SCALEF(scalef_f, vf, __m512, _mm512_scalef_ps)
DEFINE_SCALEF(scalef_d, vd, __m512d, _mm512_scalef_pd)
DEFINE_SCALEF(scalef_fh, vfh, __m512, _mm512_scalef_ps)
#endif

/// The 32 bits at byte `offsets[k]` of `table`, for each lane: one gather instruction per register
/// on the AVX paths, a loop on SSE2.
static inline vu gather32(const void *table, vu offsets) {
    vu out;
#if LK_ISA == LK_AVX512
    for (unsigned k = 0; k < sizeof(vu) / sizeof(__m512i); k++) {
        __m512i o;
        memcpy(&o, (char *)&offsets + k * sizeof o, sizeof o);
        o = _mm512_i32gather_epi32(o, table, 1);
        memcpy((char *)&out + k * sizeof o, &o, sizeof o);
    }
#elif LK_ISA == LK_AVX2
    for (unsigned k = 0; k < sizeof(vu) / sizeof(__m256i); k++) {
        __m256i o;
        memcpy(&o, (char *)&offsets + k * sizeof o, sizeof o);
        o = _mm256_i32gather_epi32((const int *)table, o, 1);
        memcpy((char *)&out + k * sizeof o, &o, sizeof o);
    }
#else
    for (int k = 0; k < NF; k++) memcpy((uint32_t *)&out + k, (const char *)table + offsets[k], 4);
#endif
    return out;
}

#if SPLIT_HALF_EXP
/// gather32 for half of vf's lanes: one gather instruction.
static inline vih gather32_half(const void *table, vih offsets) {
    return (vih)_mm512_i32gather_epi32((__m512i)offsets, table, 1);
}
#endif

/// table[index] for each lane, from a table of halves (read 32 bits at a time, the upper 16
/// dropped on this little-endian machine: the table has a spare entry at its end).
static inline vh gather_h(const uint16_t *table, vh index) {
    return __builtin_convertvector(gather32(table, __builtin_convertvector(index, vu) * 2), vh);
}

/// table[index] for each lane, from a table of Floats.
static inline vf gather_f(const float *table, vh index) {
    return (vf)gather32(table, __builtin_convertvector(index, vu) * 4);
}

/// NF logits as Doubles (as many as a Float vector has lanes), and which of them are finite.
static inline vfw load_wide(const double *z, vi *finite) {
    vfw wide;
    memcpy(&wide, z, sizeof wide);
    *finite = __builtin_convertvector(((vlw)wide & 0x7fffffffffffffffLL) < 0x7ff0000000000000LL, vi);
    return wide;
}

static inline vf load_f(const float *p) { vf v; memcpy(&v, p, sizeof v); return v; }
static inline vd load_d(const double *p) { vd v; memcpy(&v, p, sizeof v); return v; }
static inline vh load_h(const uint16_t *p) { vh v; memcpy(&v, p, sizeof v); return v; }
static inline void store_f(float *p, vf v) { memcpy(p, &v, sizeof v); }
static inline void store_d(double *p, vd v) { memcpy(p, &v, sizeof v); }
static inline void store_h(uint16_t *p, vh v) { memcpy(p, &v, sizeof v); }

/// The steps of a type stored as it is computed (Float, Double; see Passes.h): loads and stores
/// as they are, e = exp(u − m) by the type's polynomial (exp_##v).
#define DEFINE_PLAIN_STEPS(E, T, V, v)                                            \
    static inline V E##_load(const T *p) { return load_##v(p); }                  \
    static inline void E##_store(T *p, V x) { store_##v(p, x); }                  \
    static inline V E##_computed(V x) { return x; }                               \
    static inline T E##_to_stored(T m) { return m; }                              \
    static inline V E##_exp_step(V u, T m, V *x) {                                \
        *x = u - m;                                                               \
        return exp_##v(*x);                                                       \
    }

/// u = x / t for each lane, bit for bit what the divide gives, mostly without it (QUOTIENT): ±inf
/// and ±0 go through x·(1/t), which keeps their sign where the correction would make NaN and +0
/// of them; a block with a quotient the correction cannot vouch for (beyond 2^(HUGE), NaN, or
/// below 2^(TINY) but not 0), or a reciprocal that overflowed or lost bits to the subnormals,
/// divides. `overflowed` gathers the lanes where a finite input (zFinite) gave an infinite u.
/// Instantiated for Float (vf, vu) and Double (vd, vl); MAGNITUDE masks off the sign, INF is the
/// bits of inf, HUGE and TINY are the bits of the two bounds, R_MIN and R_MAX the reciprocal's.
#define DEFINE_DIVISION(E, T, V, U, I, MAGNITUDE, INF, HUGE, TINY, R_MIN, R_MAX)                       \
    typedef struct { T t, reciprocal; int divide; } E##_divisor;                                   \
    static inline E##_divisor E##_divisor_for(T t) {                                               \
        T r = 1 / t;                                                                               \
        T magnitude = r < 0 ? -r : r;                                                              \
        return (E##_divisor){t, r, !(magnitude >= R_MIN && magnitude <= R_MAX)};                   \
    }                                                                                              \
    static inline V E##_divide(V x, I zFinite, const E##_divisor *d, I *overflowed) {                      \
        I special = ((U)x & MAGNITUDE) == INF;                                                      \
        V q = SEL(special | (x == 0), x * d->reciprocal, QUOTIENT(V, T, x, d->t, d->reciprocal), V, I); \
        U magnitude = (U)q & MAGNITUDE;                                                             \
        special = ((magnitude > HUGE) & ~special) | ((magnitude != 0) & (magnitude < TINY));       \
        if (d->divide || __builtin_reduce_or(special)) q = x / d->t;                                  \
        *overflowed |= (((U)q & MAGNITUDE) == INF) & zFinite;                                       \
        return q;                                                                                   \
    }

/// Σ e and Σ e·log e of Float lanes, in Double lanes (Float's and Float16's sums).
typedef struct { vfw s, w; } wide_sums;

static inline lk_sums wide_total(const wide_sums *a) {
    lk_sums t = {0, 0};
    for (int k = 0; k < NF; k++) {
        t.sum += a->s[k];
        t.e_log_e += a->w[k];
    }
    return t;
}
