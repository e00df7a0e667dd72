// One path's passes: the skeleton compiled for the vector width, fusing and conversions its file
// defines (see Lanes.h), under its target attribute (LK_TARGET_PUSH), into the table LK_TABLE.

#if defined(__x86_64__)
#include <immintrin.h>
#endif
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "Table.h"

#ifdef LK_TARGET_PUSH
LK_TARGET_PUSH
#endif

#include "Lanes.h"

#define EXP_FN exp_f
#define V vf
#define I vi
#define EXP_SCALEF scalef_f
#include "ExpFloat.h"

#if SPLIT_HALF_EXP
#define EXP_FN exp_fh
#define V vfh
#define I vih
#define EXP_SCALEF scalef_fh
#include "ExpFloat.h"
#endif

#define EXP_FN exp_d
#define V vd
#define I vl
#define T double
#define EXP_HI 710.0
#define EXP_LO -746.0
#define EXP_LOG2E 1.4426950408889634074
#define EXP_MAGIC 0x1.8p52
// fdlibm's split of ln 2: ln2hi has 32 significant bits, so n·ln2hi is exact. Taylor to degree
// 13: the truncation error on |r| ≤ ln 2 / 2 is below 2⁻⁵⁹.
#define EXP_LN2HI 6.93147180369123816490e-01
#define EXP_LN2LO 1.90821492927058770002e-10
#define EXP_BIAS 1023
#define EXP_MANT 52
#define EXP_SCALEF scalef_d
#define EXP_COEFFS {1.0 / 6227020800, 1.0 / 479001600, 1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, \
                    1.0 / 40320, 1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5}
#include "Exp.h"

#include "Float32.h"
#include "Float64.h"
#include "Float16.h"

#ifdef LK_TARGET_PUSH
#pragma clang attribute pop
#endif

#define LK_TABLE_FUNCTIONS(E)                                                                          \
    .E##_scale = E##_scale_z, .E##_max = E##_max, .E##_max_z = E##_max_z, .E##_shifted = E##_shifted,   \
    .E##_shifted_z = E##_shifted_z, .E##_normalize = E##_normalize, .E##_shifted_exp = E##_shifted_exp, \
    .E##_probability = E##_probability,

const lk_table LK_TABLE = {LK_TABLE_FUNCTIONS(f32) LK_TABLE_FUNCTIONS(f64) LK_TABLE_FUNCTIONS(f16)};
