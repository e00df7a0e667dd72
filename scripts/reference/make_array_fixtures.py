#!/usr/bin/env python3
"""Array files of rows written by the real writers, and numpy's figures for every row.

Writes Tests/Reference/fixtures/rows/* with:
  - the safetensors package: F32, F16, F64 (safetensors.numpy.save_file), BF16 (serialize_file
    with ml_dtypes' bfloat16 bytes), a [1, rows, vocab] tensor, a file of two tensors (logits and
    int64 input ids) and one with __metadata__;
  - numpy: np.save of rows (C and Fortran order), np.savez (stored members), np.savez_compressed
    (deflated), an archive of two members, integer targets (.npy) and a text file of targets;
  - broken files for every refusal: a truncated safetensors header, data_offsets past the end, a
    shape that disagrees with the bytes, an unknown dtype, a zip bomb (a deflated member that
    inflates to 10 MB though it declares 208 bytes), a member that is not a .npy, and several
    tensors without --tensor (rows_two.safetensors, rows_two.npz).
and Tests/Reference/fixtures/rows/expected.json: for each good file its shape, and per row at
T = 1 (numpy, float64 from the file's values): entropy in nats, the target's log-probability
(log_softmax) and its 1-based rank (stable argsort of -z, ties by index, as torch.topk and the
ranked list break them), with the targets of targets.npy.

    python3 scripts/reference/make_array_fixtures.py            # the small committed fixtures
    python3 scripts/reference/make_array_fixtures.py --big DIR  # [256, 128256] float32 in DIR:
        gen.safetensors, gen.npz (stored), gen_compressed.npz, targets.npy (benchmarks, tests)

Requires numpy, safetensors and ml_dtypes (pip install safetensors ml_dtypes).
"""

import json
import os
import struct
import sys
import zipfile
import zlib

import ml_dtypes
import numpy as np
from safetensors import TensorSpec, serialize_file
from safetensors.numpy import save_file

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "..", "..", "Tests", "Reference", "fixtures", "rows")


def row_figures(z, targets):
    """Entropy (nats), log p of the target, 1-based rank of the target, per row, at T = 1."""
    out = []
    for r in range(z.shape[0]):
        u = z[r].astype(np.float64)
        m = u.max()
        lse = m + np.log(np.sum(np.exp(u - m)))
        logp = u - lse
        p = np.exp(logp)
        with np.errstate(invalid="ignore"):
            h = float(-np.sum(np.where(p > 0, p * logp, 0.0)))
        t = None if targets is None else int(targets[r])
        if t is None or t < 0:
            out.append({"entropy_nats": h, "argmax": int(np.argmax(u))})
            continue
        order = np.argsort(-u, kind="stable")
        rank = int(np.nonzero(order == t)[0][0]) + 1
        out.append({"entropy_nats": h, "target": t, "logprob": float(logp[t]), "rank": rank,
                    "argmax": int(np.argmax(u))})
    return out


def logits(rows, vocab, seed):
    rng = np.random.default_rng(seed)
    z = rng.normal(0.0, 3.0, size=(rows, vocab))
    # A peaked row, a masked class and a tie, as real generations have.
    z[0, 7] += 25.0
    z[1, 3] = -np.inf
    if vocab > 12:
        z[2, 11] = z[2, 12] = z[2].max() + 1.0
    return z


def small(d):
    os.makedirs(d, exist_ok=True)
    p = lambda name: os.path.join(d, name)
    expected = {}
    rows, vocab = 6, 50
    z64 = logits(rows, vocab, 15)
    z32 = z64.astype(np.float32)
    targets = np.array([7, 4, 12, -1, 0, 49], dtype=np.int64)
    np.save(p("targets.npy"), targets)
    np.save(p("targets_i32.npy"), targets.astype(np.int32))
    with open(p("targets.txt"), "w") as f:
        f.write("\n".join(str(t) for t in targets) + "\n")

    def record(name, z, shape):
        expected[name] = {"shape": list(shape), "rows": row_figures(z, targets)}

    save_file({"logits": z32}, p("rows_f32.safetensors"))
    record("rows_f32.safetensors", z32, z32.shape)
    save_file({"logits": z32}, p("rows_meta.safetensors"), metadata={"model": "fake-llama", "prompt": "Once upon"})
    record("rows_meta.safetensors", z32, z32.shape)
    z16 = z64.astype(np.float16)
    save_file({"logits": z16}, p("rows_f16.safetensors"))
    record("rows_f16.safetensors", z16, z16.shape)
    save_file({"logits": z64}, p("rows_f64.safetensors"))
    record("rows_f64.safetensors", z64, z64.shape)
    zb = z64.astype(ml_dtypes.bfloat16)
    zb_bytes = np.ascontiguousarray(zb)
    serialize_file({"logits": TensorSpec(dtype="bfloat16", shape=list(zb.shape), data_ptr=zb_bytes.ctypes.data,
                                         data_len=zb_bytes.nbytes)}, p("rows_bf16.safetensors"))
    record("rows_bf16.safetensors", zb.astype(np.float64), zb.shape)
    z3 = z32[None, :, :]
    save_file({"logits": z3}, p("rows_3d.safetensors"))
    record("rows_3d.safetensors", z32, z3.shape)
    save_file({"logits": z32, "input_ids": np.arange(rows, dtype=np.int64)}, p("rows_two.safetensors"))
    record("rows_two.safetensors", z32, z32.shape)

    np.save(p("rows_c.npy"), z32)
    record("rows_c.npy", z32, z32.shape)
    np.save(p("rows_fortran.npy"), np.asfortranarray(z32))
    record("rows_fortran.npy", z32, z32.shape)
    np.savez(p("rows.npz"), logits=z32)
    record("rows.npz", z32, z32.shape)
    np.savez_compressed(p("rows_compressed.npz"), logits=z32)
    record("rows_compressed.npz", z32, z32.shape)
    np.savez_compressed(p("rows_two.npz"), logits=z32, targets=targets)
    record("rows_two.npz", z32, z32.shape)

    # Broken files. Each is refused with exit 64 and one line naming the file and the fault.
    good = open(p("rows_f32.safetensors"), "rb").read()
    (n,) = struct.unpack("<Q", good[:8])
    header = json.loads(good[8:8 + n])
    open(p("bad_truncated_header.safetensors"), "wb").write(good[:8 + n // 2])

    def with_header(h, data):
        text = json.dumps(h, separators=(",", ":")).encode()
        text += b" " * (-len(text) % 8)
        return struct.pack("<Q", len(text)) + text + data

    data = good[8 + n:]
    h = json.loads(json.dumps(header))
    h["logits"]["data_offsets"] = [0, len(data) + 400]
    open(p("bad_offsets.safetensors"), "wb").write(with_header(h, data))
    h = json.loads(json.dumps(header))
    h["logits"]["shape"] = [rows, vocab + 1]
    open(p("bad_shape.safetensors"), "wb").write(with_header(h, data))
    h = json.loads(json.dumps(header))
    h["logits"]["dtype"] = "F12"
    open(p("bad_dtype.safetensors"), "wb").write(with_header(h, data))
    open(p("bad_cut.safetensors"), "wb").write(good[:len(good) - 100])

    with zipfile.ZipFile(p("bad_not_npy.npz"), "w") as zf:
        zf.writestr("notes.txt", "these are not logits\n")
    # A zip bomb: the member's .npy header promises 10 float64 values (208 bytes), the archive
    # declares 208 bytes, and the deflate stream holds those then 10 MB of zeros.
    import io
    buf = io.BytesIO()
    np.save(buf, np.zeros(10))
    npy = buf.getvalue()
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = comp.compress(npy + bytes(10 << 20)) + comp.flush()
    crc = zlib.crc32(npy)
    name = b"logits.npy"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(stream), len(npy), len(name), 0) + name
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(stream), len(npy),
                          len(name), 0, 0, 0, 0, 0, 0) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local) + len(stream), 0)
    open(p("bad_bomb.npz"), "wb").write(local + stream + central + end)
    for name in os.listdir(d):
        os.chmod(p(name), 0o644)
    with open(p("expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


def big(d):
    """The benchmark's generation: [256, 128256] float32, as a model's stacked output_logits."""
    os.makedirs(d, exist_ok=True)
    rng = np.random.default_rng(11)
    z = rng.normal(0.0, 2.5, size=(256, 128256)).astype(np.float32)
    targets = rng.integers(0, 128256, size=256)
    z[np.arange(256), targets] += 12.0
    save_file({"logits": z}, os.path.join(d, "gen.safetensors"))
    np.savez(os.path.join(d, "gen.npz"), logits=z)
    np.savez_compressed(os.path.join(d, "gen_compressed.npz"), logits=z)
    np.save(os.path.join(d, "targets.npy"), targets)
    with open(os.path.join(d, "expected.json"), "w") as f:
        json.dump({"shape": [256, 128256], "rows": row_figures(z, targets)}, f)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--big":
        big(sys.argv[2])
    else:
        small(DIR)
