// The passes, written once for every element type (each of Float32.h, Float64.h and Float16.h
// includes this after defining its parameters): each walks the vector a block of N lanes at a time
// and gives the last, shorter block the same code, padded with −inf, which leaves the max alone,
// has exp(−inf) = 0 and so adds nothing to any sum. The single-element entry points run the same block
// code on a block filled with their one value, so they give the pass's bits for it.
//
// Expects from the type's header: PFX(name); ST and VS (the stored scalar and N of them), CT and
// VC (the scalar and lanes the arithmetic runs in), VI and IT (integer lanes as wide as VC's, and
// their scalar), VW (VC's lanes as Doubles), N, SUM_T (the sum's type), ST_NEG_INF, CONTEXT and
// CONTEXT_ARG (the exps' extra parameter, CKernels.h), and
//   PFX(load), PFX(store)                 VS from and to memory
//   PFX(computed), PFX(to_stored)         VS as VC; a VC lane's value as an ST
//   PFX(exp_step)(u, m, &x)               e = exp(u − m) as VS; x = u − m in VC
//   PFX(acc), PFX(add)(&a, e, x, entropy), PFX(total)   the sums and how each block adds to them
//   PFX(scale), PFX(scale_for), PFX(probability_step)   p = e / S, block by block
//   PFX(divisor), PFX(divisor_for), PFX(quotient_step)(z, d, &overflowed)   u = z / T from Doubles
// (`masses`, when given, gathers each block's e into its blocks of positions: see lk_masses.)

static inline void PFX(pad)(ST *block, const ST *u, size_t count) {
    for (int k = 0; k < N; k++) block[k] = (size_t)k < count ? u[k] : ST_NEG_INF;
}

/// Lane by lane, the larger value and the block it came from; of equal values the earlier block.
#define PFX_KEEP_LARGER(m, b, x, bx)                      \
    do {                                                  \
        VI take_ = (x > m) | ((x == m) & (bx < b));       \
        m = SEL(take_, x, m, VC, VI);                     \
        b = SEL(take_, bx, b, VI, VI);                    \
    } while (0)

/// Where a pass reads u from: u itself, or the logits z as Doubles (when z is given), each block
/// of u made from them as `scale` makes it and never stored, which saves writing and reading u
/// again; `overflowed` gathers `scale`'s answer. (Separate values, not a struct in memory: the loop
/// then keeps the divisor in registers.)
typedef struct {
    const ST *u;
    const double *z;
    PFX(divisor) d;
} PFX(source);

/// Block i of u, its lanes past n −inf.
static inline __attribute__((always_inline)) VS PFX(block)(
    const ST *u, const double *z, const PFX(divisor) *d, VI *overflowed, size_t i, size_t n
) {
    if (z) {
        if (i + N <= n) return PFX(quotient_step)(z + i, d, overflowed);
        double padded[N];
        for (int k = 0; k < N; k++) padded[k] = i + (size_t)k < n ? z[i + k] : -__builtin_inf();
        return PFX(quotient_step)(padded, d, overflowed);
    }
    if (i + N <= n) return PFX(load)(u + i);
    ST padded[N];
    PFX(pad)(padded, u + i, n - i);
    return PFX(load)(padded);
}

/// max u and the first index holding it (numpy's argmax), in one pass: each lane keeps its largest
/// value and the block it first came from, two sets of lanes taking blocks in turn, so that each
/// block waits on the one before the last, not the last; then the lanes are merged. 0 for none.
static inline __attribute__((always_inline)) ST PFX(max_of)(PFX(source) s, size_t n, size_t *first, int *overflow) {
    VI overflowed = SPLAT(VI, IT, 0);
    VC m = SPLAT(VC, CT, -__builtin_inf()), m2 = m;
    VI b = SPLAT(VI, IT, 0), b2 = b;
    size_t i = 0;
    IT block = 0;
    for (; i + 2 * N <= n; i += 2 * N, block += 2) {
        VC x = PFX(computed)(PFX(block)(s.u, s.z, &s.d, &overflowed, i, n));
        VC y = PFX(computed)(PFX(block)(s.u, s.z, &s.d, &overflowed, i + N, n));
        VI gx = x > m, gy = y > m2;
        m = SEL(gx, x, m, VC, VI);
        b = SEL(gx, SPLAT(VI, IT, block), b, VI, VI);
        m2 = SEL(gy, y, m2, VC, VI);
        b2 = SEL(gy, SPLAT(VI, IT, block + 1), b2, VI, VI);
    }
    PFX_KEEP_LARGER(m, b, m2, b2);
    for (; i < n; i += N, block++) {
        VC x = PFX(computed)(PFX(block)(s.u, s.z, &s.d, &overflowed, i, n));
        PFX_KEEP_LARGER(m, b, x, SPLAT(VI, IT, block));
    }
    CT largest = m[0];
    size_t index = (size_t)b[0] * N;
    for (int k = 1; k < N; k++) {
        size_t at = (size_t)b[k] * N + (size_t)k;
        if (m[k] > largest || (m[k] == largest && at < index)) {
            largest = m[k];
            index = at;
        }
    }
    if (first) *first = n == 0 ? 0 : index;
    if (overflow) *overflow = __builtin_reduce_or(overflowed) != 0;
    return PFX(to_stored)(largest);
}

static ST PFX(max)(const ST *u, size_t n, size_t *first) {
    return PFX(max_of)((PFX(source)){.u = u}, n, first, NULL);
}

/// e = exp(u − m) block by block (written to `out` when given), Σ e and, with `entropy`, Σ e·log e,
/// and, with `masses`, Σ e by block of positions in index and in rank order. Inlined into copies
/// with and without Σ e·log e, so the loop never asks.
static inline __attribute__((always_inline)) lk_sums PFX(shifted_of)(
    PFX(source) s, size_t n, ST m, ST *out, int entropy, const lk_masses *masses CONTEXT
) {
    VI overflowed = SPLAT(VI, IT, 0);
    // The sums written through `masses` are Doubles: its fields are read into locals first, so
    // that the compiler need not read them again after each one.
    double *restrict byRank = masses ? masses->by_rank : NULL;
    const int32_t *restrict ranks = masses ? masses->ranks : NULL;
    unsigned shift = masses ? masses->block_shift : 0;
    // The blocks of lanes of one block of positions (N divides 2^block_shift) are summed in lanes
    // and added to it once, rather than element by element to one place in memory.
    VW positions = {0};
    size_t position = 0;
    PFX(acc) a;
    memset(&a, 0, sizeof a);
    for (size_t i = 0; i < n; i += N) {
        VC x;
        VS e = PFX(exp_step)(PFX(block)(s.u, s.z, &s.d, &overflowed, i, n), m, &x CONTEXT_ARG);
        size_t count = i + N <= n ? N : n - i;
        if (out) {
            if (count == N) {
                PFX(store)(out + i, e);
            } else {
                ST block[N];
                PFX(store)(block, e);
                memcpy(out + i, block, count * sizeof(ST));
            }
        }
        PFX(add)(&a, e, x, entropy CONTEXT_ARG);
        if (masses) {
            VC v = PFX(computed)(e);
            if (i >> shift != position) {
                for (int k = 0; k < N; k++) masses->by_index[position] += positions[k];
                positions = (VW){0};
                position = i >> shift;
            }
            // Lanes past n hold e = 0.
            positions += __builtin_convertvector(v, VW);
            for (size_t k = 0; k < count; k++) byRank[(size_t)ranks[i + k] >> shift] += (double)v[k];
        }
    }
    if (masses && n > 0) {
        for (int k = 0; k < N; k++) masses->by_index[position] += positions[k];
    }
    return PFX(total)(&a);
}

static lk_sums PFX(shifted)(const ST *u, size_t n, ST m, ST *out, int entropy, const lk_masses *masses CONTEXT) {
    PFX(source) s = {.u = u};
    return entropy ? PFX(shifted_of)(s, n, m, out, 1, masses CONTEXT_ARG)
                   : PFX(shifted_of)(s, n, m, out, 0, masses CONTEXT_ARG);
}

/// u = z / T in the type, from the logits as Doubles (one IEEE division each, as a class alone
/// computes it). Returns 1 when a finite z gave an infinite u (the precision's range exceeded).
static int PFX(scale_z)(const double *z, size_t n, ST t, ST *out) {
    PFX(divisor) d = PFX(divisor_for)(t);
    VI overflowed = SPLAT(VI, IT, 0);
    for (size_t i = 0; i < n; i += N) {
        VS u = PFX(block)(NULL, z, &d, &overflowed, i, n);
        if (i + N <= n) {
            PFX(store)(out + i, u);
        } else {
            ST block[N];
            PFX(store)(block, u);
            memcpy(out + i, block, (n - i) * sizeof(ST));
        }
    }
    return __builtin_reduce_or(overflowed) != 0;
}

/// `max` of u = z / T, each block made from z and never stored; `overflowed` as `scale_z` says.
static ST PFX(max_z)(const double *z, size_t n, ST t, size_t *first, int *overflowed) {
    return PFX(max_of)((PFX(source)){.z = z, .d = PFX(divisor_for)(t)}, n, first, overflowed);
}

/// `shifted` of u = z / T, each block made from z and never stored.
static lk_sums PFX(shifted_z)(const double *z, size_t n, ST t, ST m, int entropy, const lk_masses *masses CONTEXT) {
    PFX(source) s = {.z = z, .d = PFX(divisor_for)(t)};
    return entropy ? PFX(shifted_of)(s, n, m, NULL, 1, masses CONTEXT_ARG)
                   : PFX(shifted_of)(s, n, m, NULL, 0, masses CONTEXT_ARG);
}

static void PFX(normalize)(ST *e, size_t n, SUM_T sum) {
    PFX(scale) r = PFX(scale_for)(sum);
    size_t i = 0;
    for (; i + N <= n; i += N) PFX(store)(e + i, PFX(probability_step)(PFX(load)(e + i), r));
    if (i < n) {
        ST block[N];
        PFX(pad)(block, e + i, n - i);
        PFX(store)(block, PFX(probability_step)(PFX(load)(block), r));
        memcpy(e + i, block, (n - i) * sizeof(ST));
    }
}

static ST PFX(shifted_exp)(ST u, ST m CONTEXT) {
    ST block[N];
    for (int k = 0; k < N; k++) block[k] = u;
    VC x;
    PFX(store)(block, PFX(exp_step)(PFX(load)(block), m, &x CONTEXT_ARG));
    return block[0];
}

static ST PFX(probability)(ST e, SUM_T sum) {
    ST block[N];
    for (int k = 0; k < N; k++) block[k] = e;
    PFX(store)(block, PFX(probability_step)(PFX(load)(block), PFX(scale_for)(sum)));
    return block[0];
}

#undef PFX
#undef ST
#undef VS
#undef CT
#undef VC
#undef N
#undef SUM_T
#undef ST_NEG_INF
#undef CONTEXT
#undef CONTEXT_ARG
#undef VI
#undef VW
#undef IT
#undef PFX_KEEP_LARGER
