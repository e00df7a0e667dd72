// The lanes Float and Float16 compute in (included by Float32.h and Float16.h; Passes.h undefines).
#define CT float
#define VC vf
#define VI vi
#define VW vfw
#define IT int32_t
#define N NF
