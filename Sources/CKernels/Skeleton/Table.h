// What each path's file gives the dispatcher: its passes, one set per element type.
#include "CKernels.h"

// What a type's exps need beyond their inputs: Float16's tables (see CKernels.h), nothing else's.
#define LK_CONTEXT_f32
#define LK_CONTEXT_f64
#define LK_CONTEXT_f16 , const lk_half_tables *tables
#define LK_CONTEXT_ARG_f32
#define LK_CONTEXT_ARG_f64
#define LK_CONTEXT_ARG_f16 , tables

#define LK_TABLE_ENTRIES(E, ST, SUM_T)                                                        \
    ST (*E##_max)(const ST *u, size_t n, size_t *first);                                      \
    lk_sums (*E##_shifted)(const ST *u, size_t n, ST m, ST *out, int entropy LK_CONTEXT_##E); \
    void (*E##_normalize)(ST *e, size_t n, SUM_T sum);                                        \
    ST (*E##_shifted_exp)(ST u, ST m LK_CONTEXT_##E);                                         \
    ST (*E##_probability)(ST e, SUM_T sum);

typedef struct {
    LK_TABLE_ENTRIES(f32, float, double)
    LK_TABLE_ENTRIES(f64, double, double)
    LK_TABLE_ENTRIES(f16, uint16_t, float)
    int (*f32_scale)(const double *z, size_t n, float t, float *out);
    int (*f64_scale)(const double *z, size_t n, double t, double *out);
} lk_table;

extern const lk_table lk_table_baseline;
#if defined(__x86_64__)
extern const lk_table lk_table_avx2;
extern const lk_table lk_table_avx512;
#endif
