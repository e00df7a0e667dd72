#!/usr/bin/env python3
"""ml_dtypes' bfloat16, written out for BFloat16Tests: every bit pattern, the rounding of Float32
to bfloat16 on ties and near-ties, and a sample of arithmetic.

Writes Tests/Reference/bfloat16-ml_dtypes.bin (run from anywhere):

    pip install ml_dtypes
    python3 scripts/reference/make_bfloat16_table.py

The reference is the `ml_dtypes` package (JAX's numpy dtypes), whose bfloat16 converts float32 by
round-to-nearest-even, keeps a NaN's sign (as a quiet NaN), overflows to inf and keeps subnormals,
and computes its ufuncs in float32, rounding each result once: the semantics of PyTorch's
c10::BFloat16 on a CPU (which differs only in giving +NaN for every NaN; the Swift type keeps the
sign, as ml_dtypes does).

The file is little-endian binary, sections in this order, each a u32 count and its records:
  magic  b"BF16TAB1"
  decode  65,536 u16: the high half of the float32 bits of bfloat16 pattern p, converted by
          ml_dtypes, for p = 0... (the script checks that every low half is zero: the conversion
          is exact, so the high half is the whole answer)
  ties    65,536 u16: the bfloat16 of the float32 bits (p << 16) | 0x8000, exactly halfway between
          pattern p and the next one (for p a NaN or inf, a NaN input), for p = 0...
  cases   n records of (u32 float32 bits, u16 bfloat16 bits): near-ties (p << 16 | 0x7FFF, 0x8001,
          0x0001, 0xFFFF) for every 64th pattern, the edge of overflow, float32 subnormals and
          NaNs with payloads of both signs, zeros and infinities
  ops     n records of nine u16: a, b, a+b, a-b, a*b, a/b, sqrt(a), exp(a), log(a), all bfloat16,
          a and b drawn from every finite pattern with a seeded generator
"""

import os
import struct
import sys

import ml_dtypes
import numpy as np

BF16 = ml_dtypes.bfloat16


def f32_bits_to_bf16_bits(bits):
    """ml_dtypes' float32 -> bfloat16 cast, on raw float32 bit patterns."""
    f = np.asarray(bits, dtype=np.uint32).view(np.float32)
    with np.errstate(all="ignore"):
        return f.astype(BF16).view(np.uint16)


def decode_table():
    patterns = np.arange(65536, dtype=np.uint32).astype(np.uint16)
    bits = patterns.view(BF16).astype(np.float32).view(np.uint32)
    assert not (bits & 0xFFFF).any(), "ml_dtypes widened a bfloat16 with low bits set"
    return (bits >> 16).astype(np.uint16)


def tie_table():
    p = np.arange(65536, dtype=np.uint32)
    return f32_bits_to_bf16_bits((p << 16) | 0x8000)


def cases():
    p = np.arange(0, 65536, 64, dtype=np.uint32)
    inputs = [((p << 16) | low) for low in (0x7FFF, 0x8001, 0x0001, 0xFFFF)]
    edges = [
        0x7F7F7FFF, 0x7F7F8000, 0x7F7F8001, 0x7F7FFFFF, 0x7F800000,  # overflow: max stays, then inf
        0xFF7F7FFF, 0xFF7F8000, 0xFF7FFFFF, 0xFF800000,
        0x00000000, 0x80000000,                                      # zeros
        0x00000001, 0x00008000, 0x00008001, 0x00017FFF, 0x00018000,  # float32 subnormals
        0x0000FFFF, 0x00010000, 0x007F8000, 0x007FFFFF, 0x00800000,
        0x80008000, 0x80008001, 0x807FFFFF,
        0x7F800001, 0x7F80FFFF, 0x7FA00000, 0x7FBFFFFF,              # signaling NaNs
        0x7FC00000, 0x7FC00001, 0x7FFFFFFF,                          # quiet NaNs
        0xFF800001, 0xFFA00000, 0xFFC00000, 0xFFFFFFFF,              # negative NaNs
    ]
    rng = np.random.default_rng(20251122)
    subnormals = rng.integers(0, 0x00800000, size=512, dtype=np.uint32)
    subnormals = np.concatenate([subnormals, subnormals | 0x80000000])
    x = np.concatenate(inputs + [np.array(edges, dtype=np.uint32), subnormals]).astype(np.uint32)
    return x, f32_bits_to_bf16_bits(x)


def ops():
    rng = np.random.default_rng(20251123)
    finite = np.array([p for p in range(65536) if (p & 0x7F80) != 0x7F80], dtype=np.uint16)
    a = rng.choice(finite, size=1500).view(BF16)
    b = rng.choice(finite, size=1500).view(BF16)
    with np.errstate(all="ignore"):
        columns = [a, b, a + b, a - b, a * b, a / b, np.sqrt(a), np.exp(a), np.log(a)]
    return np.stack([c.astype(BF16).view(np.uint16) for c in columns], axis=1)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.path.join(root, "Tests", "Reference", "bfloat16-ml_dtypes.bin")
    decode = decode_table()
    ties = tie_table()
    x, y = cases()
    table = ops()
    with open(path, "wb") as f:
        f.write(b"BF16TAB1")
        f.write(struct.pack("<I", len(decode)) + decode.astype("<u2").tobytes())
        f.write(struct.pack("<I", len(ties)) + ties.astype("<u2").tobytes())
        f.write(struct.pack("<I", len(x)))
        for xi, yi in zip(x.tolist(), y.tolist()):
            f.write(struct.pack("<IH", xi, yi))
        f.write(struct.pack("<I", len(table)) + table.astype("<u2").tobytes())
    size = os.path.getsize(path)
    print(f"wrote {path}: {len(decode)} patterns, {len(ties)} ties, {len(x)} cases, {len(table)} "
          f"operation rows, {size} bytes (ml_dtypes {ml_dtypes.__version__}, numpy {np.__version__}, "
          f"python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
