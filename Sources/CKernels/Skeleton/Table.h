// What each path's file gives the dispatcher: its passes, one set per element type.
#include "CKernels.h"

// The functions of CKernels.h's LK_DECLARE_PASSES, less the path.
#define LK_TABLE_ENTRIES(E, ST, SUM_T)                                                                  \
    int (*E##_scale)(const double *z, size_t n, ST t, ST *out);                                         \
    ST (*E##_max)(const ST *u, size_t n, size_t *first);                                                \
    ST (*E##_max_z)(const double *z, size_t n, ST t, size_t *first, int *overflowed);                   \
    lk_sums (*E##_shifted)(const ST *u, size_t n, ST m, ST *out, int entropy,                           \
                           const lk_masses *masses LK_CONTEXT_##E);                                     \
    lk_sums (*E##_shifted_z)(const double *z, size_t n, ST t, ST m, int entropy,                        \
                             const lk_masses *masses LK_CONTEXT_##E);                                   \
    void (*E##_normalize)(ST *e, size_t n, SUM_T sum);                                                  \
    ST (*E##_shifted_exp)(ST u, ST m LK_CONTEXT_##E);                                                   \
    ST (*E##_probability)(ST e, SUM_T sum);

typedef struct {
    LK_TABLE_ENTRIES(f32, float, double)
    LK_TABLE_ENTRIES(f64, double, double)
    LK_TABLE_ENTRIES(f16, uint16_t, float)
} lk_table;

extern const lk_table lk_table_baseline;
#if defined(__x86_64__)
extern const lk_table lk_table_avx2;
extern const lk_table lk_table_avx512;
#endif
