#ifndef LOGITSCOPE_CKERNELS_H
#define LOGITSCOPE_CKERNELS_H

// The whole-vector passes of the stable softmax (the max; e = exp(u − m) with Σ e and Σ e·log e;
// p = e / Σ e) in Float, Double and Float16, each written once (Skeleton/) and compiled once per
// instruction set, one of which is chosen at run time, as numpy's dispatch does. LogitCore calls
// them through `Kernels`; nothing else should.
//
// `path` is one of the LK_* values and must be one `lk_supported` accepts. Within one path, a value
// computed for one element (`*_shifted_exp`, `*_probability`) is the value the pass computes for
// it, bit for bit; between paths the last bit may differ (the AVX paths fuse multiply-adds).
// Float16 values travel as their bit patterns (uint16_t), since not every platform imports _Float16.

#include <stddef.h>
#include <stdint.h>

#define LK_BASELINE 0  // SSE2 on x86-64; the compiler's own vectors elsewhere
#define LK_AVX2 1      // AVX2 + FMA + F16C
#define LK_AVX512 2    // AVX-512 F/BW/DQ/VL + FMA + F16C
#define LK_PATH_COUNT 3

/// 1 when this processor (and its operating system) runs `path`.
int lk_supported(int path);
/// The best supported path, or the one LOGITSCOPE_KERNELS names (sse2 or baseline, avx2, avx512)
/// when it is supported, or else the best supported below it. Reads the environment on each call:
/// callers keep the answer.
int lk_chosen(void);
/// The path's name as --version prints it ("sse2", "avx2", "avx512"; "baseline" off x86-64).
const char *lk_name(int path);

/// Σ eᵢ and Σ eᵢ·log eᵢ of a shifted pass, in the accumulator's precision (Float16 sums are
/// exact in Double; the caller rounds them once to Float).
typedef struct {
    double sum;
    double e_log_e;
} lk_sums;

/// Σ e by blocks of 2^block_shift positions, for the ranked list's cumulative column: position j
/// adds e_j to by_index[j >> block_shift] and to by_rank[ranks[j] >> block_shift] (ranks[j] is
/// class j's rank). The sums are added to what the arrays hold.
typedef struct {
    const int32_t *ranks;
    double *by_index;
    double *by_rank;
    unsigned block_shift;
} lk_masses;

/// Float16's exp and e·log e, by the half's bits, for the passes to look up: `exp` holds
/// `Float16.exp` of each of the 65,536 halves (and one spare entry, which a gather reads past the
/// last), `e_log_e` Float(e)·log(Float(e)) of each half e > 0 and 0 for the rest. LogitCore makes
/// them once from the scalar functions, so a Float16 pass gives those functions' values exactly
/// (the AVX-512 path computes exp for half of each block's lanes instead, which is tested to give
/// the table's bits for every half).
typedef struct {
    const uint16_t *exp;
    const float *e_log_e;
} lk_half_tables;

// What a type's exps need beyond their inputs: Float16's tables, nothing else's.
#define LK_CONTEXT_f32
#define LK_CONTEXT_f64
#define LK_CONTEXT_f16 , const lk_half_tables *tables
#define LK_CONTEXT_ARG_f32
#define LK_CONTEXT_ARG_f64
#define LK_CONTEXT_ARG_f16 , tables

/// The passes of one type E (f32: float, f64: double, f16: a half's bits), whose sums are SUM_T:
///   lk_E_scale        u = z / t for every logit z (Doubles), as `Float(z) / t`, `z / t` and
///                     `Float16(z) / t` give it one at a time; returns 1 when a finite z gave an
///                     infinite u
///   lk_E_max          max u, and in `first` (when given) the first index holding it (−inf, 0 for none)
///   lk_E_shifted      e = exp(u − m) (into `out` when given), Σ e, Σ e·log e when `entropy`, and
///                     Σ e by blocks into `masses` when given
///   lk_E_normalize    p = e / sum in place
///   lk_E_shifted_exp, lk_E_probability   one element, as the passes compute it
/// The _z forms take the logits z as Doubles and t in place of u, making each block of u = z / t as
/// lk_E_scale does and never storing it.
#define LK_DECLARE_PASSES(E, ST, SUM_T)                                                                   \
    int lk_##E##_scale(int path, const double *z, size_t n, ST t, ST *out);                               \
    ST lk_##E##_max(int path, const ST *u, size_t n, size_t *first);                                      \
    ST lk_##E##_max_z(int path, const double *z, size_t n, ST t, size_t *first, int *overflowed);        \
    lk_sums lk_##E##_shifted(int path, const ST *u, size_t n, ST m, ST *out, int entropy,                 \
                             const lk_masses *masses LK_CONTEXT_##E);                                     \
    lk_sums lk_##E##_shifted_z(int path, const double *z, size_t n, ST t, ST m, int entropy,              \
                               const lk_masses *masses LK_CONTEXT_##E);                                   \
    void lk_##E##_normalize(int path, ST *e, size_t n, SUM_T sum);                                        \
    ST lk_##E##_shifted_exp(int path, ST u, ST m LK_CONTEXT_##E);                                         \
    ST lk_##E##_probability(int path, ST e, SUM_T sum);

LK_DECLARE_PASSES(f32, float, double)
LK_DECLARE_PASSES(f64, double, double)
LK_DECLARE_PASSES(f16, uint16_t, float)

/// Makes glibc's malloc give large freed blocks (1 MB and more: a 1M-class vector's buffers) back
/// to the system at once instead of keeping them and raising its thresholds, which leaves the
/// resident size at its high-water mark. A no-op off glibc.
void lk_return_freed_memory(void);

// Drops the resident pages wholly inside [start, start + length) of a read-only file mapping:
// they are read from the file again if touched. For a mapping only (memory of the heap would read
// back as zeros).
void lk_drop_mapped_pages(const void *start, size_t length);

#endif
