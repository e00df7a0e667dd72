#!/usr/bin/env python3
"""Writes the committed seed corpus, Fuzz/Corpus/<target>/, a few small files per target.

Each file is one fuzz input: its first byte picks what the target does with the rest (see
Tests/LogitCoreTests/FuzzShared: ParserInvariants, LoaderInvariants, JSONInvariants, ActionDecoder).
Big and deep inputs are written as FuzzExpansion programs (a few bytes each), not as big files.
Run: python3 Fuzz/make_corpus.py  (numpy writes the .npy seeds).
"""
import io
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = [None, "text", "csv", "json", "npy"]  # index = byte 0 % 5
NAMES = ["logits", "logits.txt", "logits.csv", "logits.json", "logits.npy", "-"]  # byte 0 / 5 % 6


def loader_prefix(fmt, name="logits", row=None):
    """The two bytes LoaderInvariants decodes to this format, name and row."""
    mode = FORMATS.index(fmt) + 5 * NAMES.index(name)
    return bytes([mode, 0 if row is None else row + 5])


# FuzzExpansion's counts (Tests/LogitCoreTests/FuzzShared/FuzzExpansion.swift), by index.
COUNTS = [1, 2, 3, 10, 127, 128, 129, 1000, 65536, 100000, 1000000]


def expanded(*segments):
    """A FuzzExpansion program: (count, piece) segments, each piece repeated count times."""
    out = b""
    for count, piece in segments:
        piece = piece.encode() if isinstance(piece, str) else piece
        assert 1 <= len(piece) <= 8, piece
        out += bytes([COUNTS.index(count), len(piece) - 1]) + piece
    return out


def npy(array, fortran=False):
    buf = io.BytesIO()
    np.save(buf, np.asfortranarray(array) if fortran else array)
    return buf.getvalue()


def write(target, name, data):
    path = os.path.join(HERE, "Corpus", target)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name), "wb") as f:
        f.write(data)


def clear():
    """Every seed this script writes is written anew; a fuzzer's finding kept as a seed
    (`regression-*`, replayed by the root tests) is not this script's to remove."""
    for target in os.listdir(os.path.join(HERE, "Corpus")) if os.path.isdir(os.path.join(HERE, "Corpus")) else []:
        folder = os.path.join(HERE, "Corpus", target)
        for name in os.listdir(folder):
            if not name.startswith("regression-"):
                os.remove(os.path.join(folder, name))


def main():
    clear()

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

    # Expanded files (0xD0: JSON, 0xD1: detected; byte 1 the row): 10^6 levels of [ (the crash of
    # issue 10), the same under a key the reader skips, 10^5 logits, 10^5 rows of a 2-D array.
    write("FuzzLoaders", "expanded-deep", b"\xd0\x00" + expanded((1000000, "["), (1000000, "]")))
    write("FuzzLoaders", "expanded-deep-key", b"\xd1\x00" + expanded((1, '{"x": '), (1000000, "[["), (1000000, "]]"),
                                                                     (1, ', "logit'), (1, 's": [1]}')))
    write("FuzzLoaders", "expanded-vector", b"\xd0\x00" + expanded((1, "["), (100000, "-1.5e-3,"), (1, "2]")))
    write("FuzzLoaders", "expanded-rows", b"\xd0\x06" + expanded((1, "["), (100000, "[1,2],"), (1, "[3,4]]")))

    # JSON: byte 0 is the mode (JSONInvariants: bit 0 Python's words, bits 1-2 the depth limit,
    # bit 3 a small node budget, 0xF0 and above expand the rest). Documents of every kind a reader meets.
    docs = {
        "tokenizer": '{"version": "1.0", "model": {"type": "BPE", "vocab": {"\u0120the": 262, "a": 64, "\u00e9": 3}, '
                     '"merges": ["\u0120 t", "h e"]}, "added_tokens": [{"id": 128000, "special": true}]}',
        "completion": '{"choices": [{"logprobs": {"content": [{"token": "Hi", "logprob": -0.0011, "bytes": [72, 105], '
                      '"top_logprobs": [{"token": "Hello", "logprob": -6.8, "bytes": null}]}]}}], "seed": 18446744073709551615}',
        "safetensors-header": '{"__metadata__": {"format": "pt"}, "lm_head.weight": {"dtype": "BF16", "shape": [128256, 4096], '
                              '"data_offsets": [0, 1050673152]}}',
        "session": '{"logitscope_session": 1, "logits": [2.0, 1.0, 0.1, "-inf"], "labels": ["a", "b", "c", "d"], "seed": 42}',
        "numbers": "[0, -0.0, 0.1, 5e-324, 2.4703282292062328e-324, 1.7976931348623157e308, 1e400, 9007199254740993, "
                   "18446744073709551616, -9223372036854775808, 1.00000000000000011102230246251565404236316680908203125, 1E+2]",
        "strings": '["\\"\\\\\\/\\b\\f\\n\\r\\t", "\\ud83d\\ude00\\u0000", "raw \u00e9 \u4e2d \U0001f642"]',
        "lone-surrogate": '["\\ud800"]',
        "bad-utf8": b'["\xc0\xaf", "\xed\xa0\x80"]',
    }
    for name, doc in docs.items():
        write("FuzzJSON", name, b"\x00" + (doc if isinstance(doc, bytes) else doc.encode()))
    write("FuzzJSON", "python-words", b"\x01[NaN, Infinity, -Infinity, 1]")
    write("FuzzJSON", "shallow-limit", b"\x02[[[1]], {\"a\": [2]}]")
    write("FuzzJSON", "node-budget", b"\x08[" + b"0," * 100 + b"1]")
    write("FuzzJSON", "expanded-deep", b"\xf0" + expanded((1000000, "["), (1000000, "]")))
    write("FuzzJSON", "expanded-deep-objects", b"\xf0" + expanded((100000, '{"a":'), (1, "1"), (100000, "}")))
    write("FuzzJSON", "expanded-numbers", b"\xf0" + expanded((1, "["), (1000, "0.1e-3,"), (1, "-1]")))
    write("FuzzJSON", "expanded-big-array", b"\xf0" + expanded((1, "["), (100000, "-1.5e-3,"), (1, "-1]")))
    write("FuzzJSON", "expanded-vocab", b"\xf0" + expanded((1, "{"), (65536, '"tok":1,'), (1, '"":0}')))
    write("FuzzJSON", "expanded-string", b"\xf0" + expanded((1, '"'), (1000, "\\u00e9"), (100000, "\u00e9"), (1, '"')))

    # Update: an even first byte starts from the seed example; then one byte per action kind
    # (byte % 31, as ActionDecoder.action) and its parameters.
    write("FuzzUpdate", "nudge-undo", bytes([0, 4, 4, 4, 4, 21, 22, 9, 1, 12, 12]))
    write("FuzzUpdate", "edit-logit", bytes([0, 23, 0, 24, 0, 0, 24, 0, 4, 27, 23, 1, 24, 2, 3, 0x41, 0x42, 0x43, 27]))
    write("FuzzUpdate", "classes", bytes([0, 18, 18, 19, 17, 15, 1, 14, 0, 19, 21, 21, 22]))
    write("FuzzUpdate", "gesture", bytes([0, 20, 1, 4, 100, 1, 20, 1, 4, 101, 0, 20, 0, 5, 8, 1, 21]))
    write("FuzzUpdate", "float16-overflow", bytes([5, 19, 18, 17, 0, 0, 0, 12, 12, 12, 9, 1, 11, 10]))

    # Tokens: byte 0 below 0x80 reads a vocabulary (0: named tokenizer.json, 1: vocab.txt, 2: by
    # content), from 0x80 a logprobs response with byte 1 % 4 the choice (0: none). The fixtures of
    # scripts/reference/make_vocab_fixtures.py and make_logprobs_fixtures.py are the seeds.
    ref = os.path.join(HERE, "..", "Tests", "Reference")
    def fixture(*parts):
        with open(os.path.join(ref, *parts), "rb") as f:
            return f.read()
    for name in ["wordpiece", "wordlevel", "unigram", "bpe-sentencepiece"]:
        write("FuzzTokens", name, b"\x00" + fixture("vocab", name + ".tokenizer.json"))
    write("FuzzTokens", "vocab-json", b"\x02" + fixture("vocab", "gpt2.vocab.json"))
    write("FuzzTokens", "vocab-lines", b"\x01" + "hello\r\n world\n\u4e2d\n".encode())
    for name in ["chat", "legacy", "llama", "llama-post", "chat-content", "chat-no-logprobs"]:
        write("FuzzTokens", name, b"\x80\x00" + fixture("logprobs", name + ".json"))
    write("FuzzTokens", "chat-choice-1", b"\x80\x02" + fixture("logprobs", "chat.json"))
    # Long responses (TokenInvariants.longResponse): byte 0 from 0xC0, the choice, a 16-bit count,
    # then head 0xFF item 0xFF tail. An item of the long fixture (20 alternatives with their bytes)
    # 4,096 times, as in scripts/reference/make_logprobs_fixtures.py's long response; a llama.cpp
    # item 4,096 times; an item whose produced token is -9999, 65,535 times.
    import gzip
    import json
    with gzip.open(os.path.join(ref, "logprobs", "chat-long.json.gz"), "rb") as f:
        long = json.loads(f.read())
    item = json.dumps(long["choices"][0]["logprobs"]["content"][7], separators=(",", ":")).encode()
    def long_seed(count, head, item, tail, choice=0):
        return bytes([0xC0, choice]) + count.to_bytes(2, "big") + head + b"\xff" + item + b"\xff" + tail
    write("FuzzTokens", "long-chat", long_seed(4096, b'{"choices":[{"index":0,"logprobs":{"content":[', item, b"]}}]}", 1))
    llama = json.loads(fixture("logprobs", "llama.json"))
    llama_item = json.dumps(llama["completion_probabilities"][1], separators=(",", ":")).encode()
    write("FuzzTokens", "long-llama", long_seed(4096, b'{"completion_probabilities":[', llama_item, b"]}"))
    below = json.dumps({"token": " x", "logprob": -9999.0, "bytes": [32, 120],
                        "top_logprobs": [{"token": " a", "logprob": -0.1, "bytes": [32, 97]}]}, separators=(",", ":")).encode()
    write("FuzzTokens", "long-below", long_seed(65535, b"[", below, b"]"))

    # Arrays: byte 0's low two bits pick the format (0: by content), bit 2 `--tensor logits`, bit 3
    # the targets readers (ArrayInvariants). Every file of scripts/reference/make_array_fixtures.py,
    # good and broken, with and without --tensor; the targets as an integer .npy and as a list.
    rows = os.path.join(ref, "fixtures", "rows")
    for name in sorted(os.listdir(rows)):
        if name.startswith("targets") or name.endswith(".json"):
            continue
        data = fixture("fixtures", "rows", name)
        write("FuzzArrays", name + ".seed", b"\x00" + data)
        write("FuzzArrays", name + ".tensor.seed", b"\x04" + data)
    write("FuzzArrays", "targets.npy.seed", b"\x09" + fixture("fixtures", "rows", "targets.npy"))
    write("FuzzArrays", "targets.txt.seed", b"\x08" + b"7,4,-1,2\n")


if __name__ == "__main__":
    main()
