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

/// max u, and in `first` (when given) the first index holding it; −inf and 0 for no elements.
float lk_f32_max(int path, const float *u, size_t n, size_t *first);
lk_sums lk_f32_shifted(int path, const float *u, size_t n, float m, float *out, int entropy);
void lk_f32_normalize(int path, float *e, size_t n, double sum);
float lk_f32_shifted_exp(int path, float u, float m);
float lk_f32_probability(int path, float e, double sum);

double lk_f64_max(int path, const double *u, size_t n, size_t *first);
lk_sums lk_f64_shifted(int path, const double *u, size_t n, double m, double *out, int entropy);
void lk_f64_normalize(int path, double *e, size_t n, double sum);
double lk_f64_shifted_exp(int path, double u, double m);
double lk_f64_probability(int path, double e, double sum);

/// Float16's exp and e·log e, by the half's bits, for the passes to look up: `exp` holds
/// `Float16.exp` of each of the 65,536 halves (and one spare entry, which a gather reads past the
/// last), `e_log_e` Float(e)·log(Float(e)) of each half e > 0 and 0 for the rest. LogitCore makes
/// them once from the scalar functions, so a Float16 pass gives those functions' values exactly.
typedef struct {
    const uint16_t *exp;
    const float *e_log_e;
} lk_half_tables;

uint16_t lk_f16_max(int path, const uint16_t *u, size_t n, size_t *first);
lk_sums lk_f16_shifted(int path, const uint16_t *u, size_t n, uint16_t m, uint16_t *out, int entropy,
                       const lk_half_tables *tables);
void lk_f16_normalize(int path, uint16_t *e, size_t n, float sum);
uint16_t lk_f16_shifted_exp(int path, uint16_t u, uint16_t m, const lk_half_tables *tables);
uint16_t lk_f16_probability(int path, uint16_t e, float sum);

/// u = z / t in the type, for every logit z (Doubles): the values `Float(z) / t` and `z / t` give
/// one at a time. Returns 1 when a finite z gave an infinite u. (Float16's is Swift's.)
int lk_f32_scale(int path, const double *z, size_t n, float t, float *out);
int lk_f64_scale(int path, const double *z, size_t n, double t, double *out);

/// Makes glibc's malloc give large freed blocks back to the system at once (a 1M-class vector's
/// 4 to 8 MB buffers, made and freed on every keystroke) instead of keeping them for reuse and
/// raising its thresholds, which leaves the resident size at its high-water mark. A no-op off glibc.
void lk_return_freed_memory(void);

#endif
