// AVX-512 (F, BW, DQ, VL) with FMA and F16C (Skylake-SP, Ice Lake, Zen 4 and later): two
// registers a vector value, sixteen Floats each.
#if defined(__x86_64__)
#define LK_ISA LK_AVX512
#define VBYTES 128
#define LK_TABLE lk_table_avx512
#define LK_TARGET_PUSH \
    _Pragma("clang attribute push(__attribute__((target(\"avx512f,avx512bw,avx512dq,avx512vl,avx2,fma,f16c\"))), apply_to = function)")
#include "Skeleton/Instantiate.h"
#endif
