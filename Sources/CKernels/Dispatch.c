// The choice of path, made from what the processor supports (as numpy's dispatch does) or from
// LOGITSCOPE_KERNELS, and the entry points that call the chosen path's passes.
#include <stdlib.h>
#include <string.h>
#include "Skeleton/Table.h"

static const lk_table *table(int path) {
    switch (path) {
#if defined(__x86_64__)
    case LK_AVX2: return &lk_table_avx2;
    case LK_AVX512: return &lk_table_avx512;
#endif
    default: return &lk_table_baseline;
    }
}

int lk_supported(int path) {
    switch (path) {
    case LK_BASELINE: return 1;
#if defined(__x86_64__)
    case LK_AVX2:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c");
    case LK_AVX512:
        return lk_supported(LK_AVX2) && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
            && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
#endif
    default: return 0;
    }
}

const char *lk_name(int path) {
    switch (path) {
    case LK_AVX2: return "avx2";
    case LK_AVX512: return "avx512";
    default:
#if defined(__x86_64__)
        return "sse2";
#else
        return "baseline";
#endif
    }
}

int lk_chosen(void) {
    int path = LK_PATH_COUNT - 1;
    const char *wanted = getenv("LOGITSCOPE_KERNELS");
    if (wanted) {
        for (int p = 0; p < LK_PATH_COUNT; p++) {
            if (strcmp(wanted, lk_name(p)) == 0 || (p == LK_BASELINE && strcmp(wanted, "baseline") == 0)) path = p;
        }
    }
    while (path > LK_BASELINE && !lk_supported(path)) path--;
    return path;
}

#define LK_ENTRY_POINTS(E, ST, SUM_T)                                                                    \
    int lk_##E##_scale(int path, const double *z, size_t n, ST t, ST *out) {                              \
        return table(path)->E##_scale(z, n, t, out);                                                      \
    }                                                                                                     \
    ST lk_##E##_max(int path, const ST *u, size_t n, size_t *first) { return table(path)->E##_max(u, n, first); } \
    ST lk_##E##_max_z(int path, const double *z, size_t n, ST t, size_t *first, int *overflowed) {       \
        return table(path)->E##_max_z(z, n, t, first, overflowed);                                        \
    }                                                                                                     \
    lk_sums lk_##E##_shifted(int path, const ST *u, size_t n, ST m, ST *out, int entropy,                 \
                             const lk_masses *masses LK_CONTEXT_##E) {                                   \
        return table(path)->E##_shifted(u, n, m, out, entropy, masses LK_CONTEXT_ARG_##E);               \
    }                                                                                                     \
    lk_sums lk_##E##_shifted_z(int path, const double *z, size_t n, ST t, ST m, int entropy,              \
                               const lk_masses *masses LK_CONTEXT_##E) {                                  \
        return table(path)->E##_shifted_z(z, n, t, m, entropy, masses LK_CONTEXT_ARG_##E);                \
    }                                                                                                     \
    void lk_##E##_normalize(int path, ST *e, size_t n, SUM_T sum) { table(path)->E##_normalize(e, n, sum); } \
    ST lk_##E##_shifted_exp(int path, ST u, ST m LK_CONTEXT_##E) {                                       \
        return table(path)->E##_shifted_exp(u, m LK_CONTEXT_ARG_##E);                                    \
    }                                                                                                     \
    ST lk_##E##_probability(int path, ST e, SUM_T sum) { return table(path)->E##_probability(e, sum); }

LK_ENTRY_POINTS(f32, float, double)
LK_ENTRY_POINTS(f64, double, double)
LK_ENTRY_POINTS(f16, uint16_t, float)
