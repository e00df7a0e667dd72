#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#include "CKernels.h"

#if defined(__GLIBC__)
#include <malloc.h>

// glibc serves a block of 128 KB or more with its own mmap, but on freeing one it raises that
// threshold to the block's size (up to 32 MB) and the trim threshold to twice that, so the next
// 8 MB blocks come from the heap and stay there once freed. Fixed thresholds turn the raising off:
// a block of 1 MB or more is mapped for itself and unmapped when freed. The price is that such a
// block is faulted in anew each time (about 0.3 ms per 1 MB), which is why a keystroke's analysis
// allocates nothing of the vector's size. Measured on a 1M-entry .npy after 40 keys: resident
// size 93 MB, high-water mark 97 MB (99 and 99 without).
void lk_return_freed_memory(void) {
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 20);
}
#else
void lk_return_freed_memory(void) {}
#endif

// An .npz member is inflated from the mapped file into its own buffer: without this, the mapped
// compressed bytes stay resident beside the inflated ones (257 MB for a 116 MB file), although
// each is read once, front to back.
void lk_drop_mapped_pages(const void *start, size_t length) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t first = ((uintptr_t)start + page - 1) / page * page;
    uintptr_t end = ((uintptr_t)start + length) / page * page;
    if (end > first) madvise((void *)first, end - first, MADV_DONTNEED);
}
