#!/usr/bin/env python3
"""Writes the committed seed corpus, Fuzz/Corpus/<target>/, a few small files per target.

Each file is one fuzz input: its first byte picks what the target does with the rest (see
Tests/LogitCoreTests/FuzzShared: ParserInvariants, LoaderInvariants, ActionDecoder).
Run: python3 Fuzz/make_corpus.py  (numpy writes the .npy seeds).
"""
import io
import os
import shutil

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = [None, "text", "csv", "json", "npy"]  # index = byte 0 % 5
NAMES = ["logits", "logits.txt", "logits.csv", "logits.json", "logits.npy", "-"]  # byte 0 / 5 % 6


def loader_prefix(fmt, name="logits", row=None):
    """The two bytes LoaderInvariants decodes to this format, name and row."""
    mode = FORMATS.index(fmt) + 5 * NAMES.index(name)
    return bytes([mode, 0 if row is None else row + 5])


def npy(array, fortran=False):
    buf = io.BytesIO()
    np.save(buf, np.asfortranarray(array) if fortran else array)
    return buf.getvalue()


def write(target, name, data):
    path = os.path.join(HERE, "Corpus", target)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name), "wb") as f:
        f.write(data)


def main():
    shutil.rmtree(os.path.join(HERE, "Corpus"), ignore_errors=True)

    # Parsers: mode % 4 is 0 or 1 for a logit list, 2 for labels (expected count (mode >> 2) % 8),
    # 3 for temperature / threshold / precision / target.
    for i, text in enumerate(["2.0, 1.0, 0.1", "[2 1 0.1]", "-inf,3", "\u22122.5 -\u221e 1e3", "1,,2", "1 2, 3", "nan"]):
        write("FuzzParsers", f"logits-{i}", b"\x00" + text.encode())
    write("FuzzParsers", "labels-any", b"\x02" + "News, Entertainment, Technology".encode())
    write("FuzzParsers", "labels-3", bytes([2 | 3 << 2]) + "Science fiction, Drama, \u4e2d\u6587".encode())
    for i, text in enumerate(["0.5", "f16", " 1e-3 "]):
        write("FuzzParsers", f"knobs-{i}", b"\x03" + text.encode())

    # Loaders: each format forced and detected; 0xE0.. the .npy header alone; 0xF0.. a vocabulary.
    write("FuzzLoaders", "text", loader_prefix("text") + b"2.0 1.0 0.1\n-inf\n")
    write("FuzzLoaders", "csv-header", loader_prefix("csv") + b'token,logit\n"a, b",2.0\nx,-inf\n')
    write("FuzzLoaders", "csv-detected", loader_prefix(None, "-") + b"id,label,score\r\n0,News,2\r\n1,Tech,0.1\r\n")
    write("FuzzLoaders", "json-object", loader_prefix("json") + b'{"labels": ["a", "\\u00e9"], "logits": [1.5, -Infinity]}')
    write("FuzzLoaders", "json-rows", loader_prefix(None, "logits.json", row=1) + b"[[1, 2], [3, \"-inf\"]]")
    write("FuzzLoaders", "npy-f4", loader_prefix("npy") + npy(np.array([2.0, 1.0, 0.1], dtype="<f4")))
    write("FuzzLoaders", "npy-f2-rows", loader_prefix(None, "logits", row=0) + npy(np.array([[1, 2, 3], [4, 5, -np.inf]], dtype=">f2"), fortran=True))
    write("FuzzLoaders", "npy-header", b"\xe0" + npy(np.zeros((2, 3), dtype="<f8")))
    write("FuzzLoaders", "vocab", b"\xf0" + "hello\r\n world\n\u4e2d\n".encode())

    # Update: an even first byte starts from the seed example; then one byte per action kind
    # (byte % 31, as ActionDecoder.action) and its parameters.
    write("FuzzUpdate", "nudge-undo", bytes([0, 4, 4, 4, 4, 21, 22, 9, 1, 12, 12]))
    write("FuzzUpdate", "edit-logit", bytes([0, 23, 0, 24, 0, 0, 24, 0, 4, 27, 23, 1, 24, 2, 3, 0x41, 0x42, 0x43, 27]))
    write("FuzzUpdate", "classes", bytes([0, 18, 18, 19, 17, 15, 1, 14, 0, 19, 21, 21, 22]))
    write("FuzzUpdate", "gesture", bytes([0, 20, 1, 4, 100, 1, 20, 1, 4, 101, 0, 20, 0, 5, 8, 1, 21]))
    write("FuzzUpdate", "float16-overflow", bytes([5, 19, 18, 17, 0, 0, 0, 12, 12, 12, 9, 1, 11, 10]))


if __name__ == "__main__":
    main()
