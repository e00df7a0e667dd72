// AVX2 with FMA and F16C (Haswell, Zen and later): two registers a vector value.
#if defined(__x86_64__)
#define LK_ISA LK_AVX2
#define VBYTES 64
#define LK_TABLE lk_table_avx2
#define LK_TARGET_PUSH \
    _Pragma("clang attribute push(__attribute__((target(\"avx2,fma,f16c\"))), apply_to = function)")
#include "Skeleton/Instantiate.h"
#endif
