#ifndef LOGITSCOPE_CZLIB_SHIM_H
#define LOGITSCOPE_CZLIB_SHIM_H

// zlib, for the deflated members of an .npz (numpy's savez_compressed). Only raw inflate into a
// buffer of the member's declared size is used (see Sources/LogitCore/Rows/Inflater.swift), and
// crc32 to check what came out. `inflateInit2` is a macro, which Swift cannot call: wrapped here.
#include <zlib.h>

static inline int lk_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
