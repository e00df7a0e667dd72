#!/usr/bin/env python3
"""Small logit files written by numpy (and Python's csv and json modules), so the loaders are checked
against the real byte layouts, not only against files the Swift tests write by hand.

Writes Tests/Reference/fixtures/* and Tests/Reference/fixtures/expected.json, which holds what
numpy itself reads back from each good file (np.load / np.loadtxt / json.load), and for each bad file
the condition it breaks. Run from anywhere:

    python3 scripts/reference/make_fixtures.py
"""

import csv
import io
import json
import math
import os

import numpy as np

from json_numbers import enc

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "..", "..", "Tests", "Reference", "fixtures")
os.makedirs(DIR, exist_ok=True)
EXPECTED = {}


def path(name):
    return os.path.join(DIR, name)


def good(name, logits, labels=None, precision=None, row=None):
    entry = {"logits": [enc(x) for x in logits]}
    if labels is not None:
        entry["labels"] = list(labels)
    if precision is not None:
        entry["precision"] = precision
    if row is not None:
        entry["row"] = row
    EXPECTED[name] = entry


SEED = [2.0, 1.0, 0.1]
LABELS = ["News", "Entertainment", "Technology"]

# .npy, every dtype and byte order logitscope reads. 0.1 rounds differently in each precision.
for dtype, precision in [("<f2", "float16"), (">f2", "float16"), ("<f4", "float32"),
                         (">f4", "float32"), ("<f8", "float64"), (">f8", "float64")]:
    values = np.array(SEED + [-np.inf, 65504.0, -3.5e-5], dtype=dtype)
    name = f"seed_{precision}_{'le' if dtype[0] == '<' else 'be'}.npy"
    np.save(path(name), values)
    good(name, np.load(path(name)).astype(np.float64), precision=precision)

# A float16 subnormal and the largest value, to check the half decoding exactly.
halfs = np.array([5.960464477539063e-08, -6.103515625e-05, 65504.0, 0.0, -0.0, 1.0009765625], dtype="<f2")
np.save(path("float16_edges.npy"), halfs)
good("float16_edges.npy", np.load(path("float16_edges.npy")).astype(np.float64), precision="float16")

# 2-D in C and Fortran order; row 1 is the same in both.
grid = np.arange(12, dtype="<f4").reshape(3, 4) / 4 - 1
np.save(path("grid_c.npy"), grid)
np.save(path("grid_fortran.npy"), np.asfortranarray(grid))
with open(path("grid_fortran.npy"), "rb") as f:
    assert b"'fortran_order': True" in f.read(128)
good("grid_c.npy", np.load(path("grid_c.npy"))[1].astype(np.float64), precision="float32", row=1)
good("grid_fortran.npy", np.load(path("grid_fortran.npy"))[1].astype(np.float64), precision="float32", row=1)

# Format versions 2.0 and 3.0 (a uint32 header length).
for version in [(2, 0), (3, 0)]:
    name = f"seed_v{version[0]}.npy"
    with open(path(name), "wb") as f:
        np.lib.format.write_array(f, np.array(SEED, dtype="<f8"), version=version)
    good(name, np.load(path(name)), precision="float64")

# Refused .npy files.
np.save(path("int32.npy"), np.array([1, 2, 3], dtype="<i4"))
np.save(path("cube.npy"), np.zeros((2, 3, 4), dtype="<f4"))
np.save(path("nan_inside.npy"), np.array([1.0, 2.0, np.nan, 4.0], dtype="<f4"))
with open(path("seed_float32_le.npy"), "rb") as f:
    whole = f.read()
with open(path("truncated.npy"), "wb") as f:
    f.write(whole[:-5])
EXPECTED["int32.npy"] = {"refused": "dtype '<i4' is not a float type"}
EXPECTED["cube.npy"] = {"refused": "the array is 3-D, shape (2, 3, 4)"}
EXPECTED["nan_inside.npy"] = {"refused": "the value at index 2 (0-based, as NumPy indexes) is NaN"}
EXPECTED["truncated.npy"] = {"refused": "truncated: header promises 6 float32 values (24 bytes) but only 19 bytes follow"}

# Text as np.savetxt writes it (one value per line, %.18e).
np.savetxt(path("seed.txt"), np.array(SEED))
good("seed.txt", np.loadtxt(path("seed.txt")))

# CSV with a header and a quoted label holding a comma, as the csv module writes it.
buffer = io.StringIO()
writer = csv.writer(buffer, lineterminator="\n")
writer.writerow(["token", "logit"])
for label, value in zip(["Hello, world", 'say "hi"', "plain"], SEED):
    writer.writerow([label, repr(value)])
with open(path("labeled.csv"), "w") as f:
    f.write(buffer.getvalue())
good("labeled.csv", SEED, labels=["Hello, world", 'say "hi"', "plain"])

# JSON as Python's json module writes it: -inf becomes the bare word -Infinity.
with open(path("labeled.json"), "w") as f:
    json.dump({"labels": LABELS + ["masked"], "logits": SEED + [float("-inf")]}, f)
with open(path("labeled.json")) as f:
    assert "-Infinity" in f.read()
good("labeled.json", SEED + [float("-inf")], labels=LABELS + ["masked"])

with open(path("expected.json"), "w") as f:
    json.dump({"numpy": np.__version__, "files": EXPECTED}, f, indent=1)
    f.write("\n")
print(f"wrote {len(EXPECTED)} fixtures to {os.path.relpath(DIR)}")
