// The baseline path: SSE2 on x86-64 (every x86-64 has it), the compiler's own vectors elsewhere.
// Four registers a vector value, no fused multiply-add, Float16 converted in integers.
#define LK_ISA LK_BASELINE
#define VBYTES 64
#define LK_TABLE lk_table_baseline
#include "Skeleton/Instantiate.h"
