// The passes, written once for every element type (Instantiate.h includes this after each of
// Float32.h, Float64.h, Float16.h): each walks the vector a block of N lanes at a time and gives
// the last, shorter block the same code, padded with −inf, which leaves the max alone, has
// exp(−inf) = 0 and so adds nothing to any sum. The single-element entry points run the same block
// code on a block filled with their one value, so they give the pass's bits for it.
//
// Expects from the type's header: PFX(name); ST and VS (the stored scalar and N of them), CT and
// VC (the scalar and lanes the arithmetic runs in), VI and IT (integer lanes as wide as VC's, and
// their scalar), N, SUM_T (the sum's type), ST_NEG_INF, CONTEXT and CONTEXT_ARG (the exps' extra
// parameter, Table.h), and
//   PFX(load), PFX(store)                 VS from and to memory
//   PFX(load_c), PFX(to_stored)           VS from memory as VC; a VC lane's value as an ST
//   PFX(exp_step)(u, m, &x)               e = exp(u − m) as VS; x = u − m in VC
//   PFX(acc), PFX(add)(&a, e, x, entropy), PFX(total)   the sums and how each block adds to them
//   PFX(scale), PFX(scale_for), PFX(probability_step)   p = e / S, block by block
// and, for a type that divides the logits itself (SCALES: Float, Double),
//   PFX(divisor), PFX(divisor_for), PFX(quotient_step)(z, d, &overflowed)   u = z / T from Doubles

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

/// max u and the first index holding it (numpy's argmax), in one pass: each lane keeps its largest
/// value and the block it first came from, two sets of lanes taking blocks in turn, so that each
/// block waits on the one before the last, not the last; then the lanes are merged. 0 for none.
static ST PFX(max)(const ST *u, size_t n, size_t *first) {
    VC m = SPLAT(VC, CT, -__builtin_inf()), m2 = m;
    VI b = SPLAT(VI, IT, 0), b2 = b;
    size_t i = 0;
    IT block = 0;
    for (; i + 2 * N <= n; i += 2 * N, block += 2) {
        VC x = PFX(load_c)(u + i), y = PFX(load_c)(u + i + N);
        VI gx = x > m, gy = y > m2;
        m = SEL(gx, x, m, VC, VI);
        b = SEL(gx, SPLAT(VI, IT, block), b, VI, VI);
        m2 = SEL(gy, y, m2, VC, VI);
        b2 = SEL(gy, SPLAT(VI, IT, block + 1), b2, VI, VI);
    }
    PFX_KEEP_LARGER(m, b, m2, b2);
    for (; i < n; i += N, block++) {
        ST padded[N];
        const ST *at = u + i;
        if (i + N > n) {
            PFX(pad)(padded, u + i, n - i);
            at = padded;
        }
        VC x = PFX(load_c)(at);
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
    return PFX(to_stored)(largest);
}

#ifdef SCALES
/// u = z / T in the type, from the logits as Doubles (one IEEE division each, as a class alone
/// computes it). Returns 1 when a finite z gave an infinite u (the precision's range exceeded).
static int PFX(scale_z)(const double *z, size_t n, ST t, ST *out) {
    PFX(divisor) d = PFX(divisor_for)(t);
    VI overflowed = SPLAT(VI, IT, 0);
    size_t i = 0;
    for (; i + N <= n; i += N) PFX(store)(out + i, PFX(quotient_step)(z + i, d, &overflowed));
    if (i < n) {
        double padded[N];
        ST block[N];
        for (int k = 0; k < N; k++) padded[k] = (size_t)k < n - i ? z[i + k] : 0;
        PFX(store)(block, PFX(quotient_step)(padded, d, &overflowed));
        memcpy(out + i, block, (n - i) * sizeof(ST));
    }
    return __builtin_reduce_or(overflowed) != 0;
}
#endif

/// Inlined into two copies, with and without Σ e·log e, so the loop never asks.
static inline __attribute__((always_inline)) lk_sums PFX(shifted_pass)(
    const ST *u, size_t n, ST m, ST *out, int entropy CONTEXT
) {
    PFX(acc) a;
    memset(&a, 0, sizeof a);
    size_t i = 0;
    for (; i + N <= n; i += N) {
        VC x;
        VS e = PFX(exp_step)(PFX(load)(u + i), m, &x CONTEXT_ARG);
        if (out) PFX(store)(out + i, e);
        PFX(add)(&a, e, x, entropy CONTEXT_ARG);
    }
    if (i < n) {
        ST block[N];
        PFX(pad)(block, u + i, n - i);
        VC x;
        VS e = PFX(exp_step)(PFX(load)(block), m, &x CONTEXT_ARG);
        if (out) {
            PFX(store)(block, e);
            memcpy(out + i, block, (n - i) * sizeof(ST));
        }
        PFX(add)(&a, e, x, entropy CONTEXT_ARG);
    }
    return PFX(total)(&a);
}

static lk_sums PFX(shifted)(const ST *u, size_t n, ST m, ST *out, int entropy CONTEXT) {
    return entropy ? PFX(shifted_pass)(u, n, m, out, 1 CONTEXT_ARG) : PFX(shifted_pass)(u, n, m, out, 0 CONTEXT_ARG);
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
#undef IT
#undef SCALES
#undef PFX_KEEP_LARGER
