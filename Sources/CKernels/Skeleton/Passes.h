// The passes, written once for every element type (Instantiate.h includes this after each of
// Float32.h, Float64.h, Float16.h): each walks the vector a block of N lanes at a time and gives
// the last, shorter block the same code, padded with −inf, which leaves the max alone, has
// exp(−inf) = 0 and so adds nothing to any sum. The single-element entry points run the same block
// code on a block filled with their one value, so they give the pass's bits for it.
//
// Expects from the type's header: PFX(name); ST and VS (the stored scalar and N of them), CT and
// VC (the scalar and lanes the arithmetic runs in), N, SUM_T (the sum's type), ST_NEG_INF,
// CONTEXT and CONTEXT_ARG (the exps' extra parameter, Table.h), and
//   PFX(load), PFX(store)                 VS from and to memory
//   PFX(load_c), PFX(max_lanes), PFX(reduce_max), PFX(to_stored)   the max, in VC, as an ST
//   PFX(exp_step)(u, m, &x)               e = exp(u − m) as VS; x = u − m in VC
//   PFX(acc), PFX(add)(&a, e, x, entropy), PFX(total)   the sums and how each block adds to them
//   PFX(scale), PFX(scale_for), PFX(probability_step)   p = e / S, block by block

static inline void PFX(pad)(ST *block, const ST *u, size_t count) {
    for (int k = 0; k < N; k++) block[k] = (size_t)k < count ? u[k] : ST_NEG_INF;
}

/// Two running maxima, so that each block waits on the one before the last, not the last.
static ST PFX(max)(const ST *u, size_t n) {
    VC m = SPLAT(VC, CT, -__builtin_inf()), m2 = m;
    size_t i = 0;
    for (; i + 2 * N <= n; i += 2 * N) {
        m = PFX(max_lanes)(m, PFX(load_c)(u + i));
        m2 = PFX(max_lanes)(m2, PFX(load_c)(u + i + N));
    }
    m = PFX(max_lanes)(m, m2);
    for (; i + N <= n; i += N) m = PFX(max_lanes)(m, PFX(load_c)(u + i));
    if (i < n) {
        ST block[N];
        PFX(pad)(block, u + i, n - i);
        m = PFX(max_lanes)(m, PFX(load_c)(block));
    }
    return PFX(to_stored)(PFX(reduce_max)(m));
}

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
