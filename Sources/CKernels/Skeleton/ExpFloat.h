// Float's exp (Exp.h with Float's constants), for the lanes the includer names: EXP_FN, V, I and
// EXP_SCALEF. Included for vf (exp_f) and, on the AVX paths, for half as many lanes (exp_fh, which
// Float16.h uses for half of each block).
#define T float
#define EXP_HI 89.0f
#define EXP_LO -104.0f
#define EXP_LOG2E 0x1.715476p+0f
#define EXP_MAGIC 0x1.8p23f
// ln 2 = ln2hi + ln2lo; ln2hi has 9 significant bits, so n·ln2hi is exact. Cephes expf's minimax
// polynomial.
#define EXP_LN2HI 0.693359375f
#define EXP_LN2LO -2.12194440e-4f
#define EXP_BIAS 127
#define EXP_MANT 23
#define EXP_COEFFS {1.9875691500e-4f, 1.3981999507e-3f, 8.3334519073e-3f, 4.1665795894e-2f, \
                    1.6666665459e-1f, 5.0000001201e-1f}
#include "Exp.h"
