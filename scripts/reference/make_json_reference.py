#!/usr/bin/env python3
"""Tricky JSON documents and what Python's json module makes of them, for the scanner's tests.

Writes Tests/Reference/json-reference.json: for each document (its bytes in hex), whether
`json.loads(bytes)` accepts it, the value it decodes to (typed, so nothing is lost: strings as code
points, floats as their 64 bits, ints as their digits) or where it refuses it (`lineno`, `colno`
of JSONDecodeError, which count characters as the scanner's columns do), and what logitscope's
scanner does on purpose where it departs from Python:

  "same"    Python's verdict (and value) is ours;
  "refuse"  Python accepts, we refuse (a lone surrogate, RFC 8259 §8.2; a key twice in a tree;
            nesting past 128 deep);
  "words"   Python's default NaN/Infinity: refused unless the scanner's option allows them.

A refusal's place is Python's too, but where a case says otherwise (a fourth item: where we point
instead). A document is bytes, or a list of (bytes, count) pieces repeated, so that a 10^5-deep
one is a line of the file, not 400 KB of it.

Run from anywhere: python3 scripts/reference/make_json_reference.py
"""

import json
import os
import platform
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "Reference", "json-reference.json")

CASES = [
    # Strings: every escape, a surrogate pair, raw UTF-8 of each length, NUL and DEL.
    ("escapes", rb'"\"\\\/\b\f\n\r\t"', "same"),
    ("unicode escapes and a pair", rb'"\u00e9\u4e2d\ud83d\ude00\u0000"', "same"),
    ("raw utf-8", '"é中🙂 e\u0301 \x7f"'.encode(), "same"),
    ("upper-case hex", rb'"\u00C9\uD83D\uDE00"', "same"),
    # Numbers: the edges of Double, rounding cases, integers past 2^53 and 2^64.
    ("zero and minus zero", b"[0, -0, 0.0, -0.0, 0e5, -0E-5]", "same"),
    ("plain decimals", b"[0.1, 0.30000000000000004, 1e-7, 1E+2, 123.456e-2, 2.5e3]", "same"),
    ("subnormals", b"[5e-324, 2.4703282292062327e-324, 2.4703282292062328e-324, 2.2250738585072014e-308, 1e-400]", "same"),
    ("the largest", b"[1.7976931348623157e308, 1.7976931348623158e308, 1.7976931348623159e308, 1e400, -1e400]", "same"),
    ("halfway cases", b"[1.00000000000000011102230246251565404236316680908203125, "
                      b"1.00000000000000011102230246251565404236316680908203126, 9007199254740993.0, 1e23, 8.98846567431158e307]", "same"),
    ("long digits", b"[3.14159265358979323846264338327950288419716939937510, 0.000000000000000000000000000001e30, "
                    b"123456789012345678901234567890.5]", "same"),
    ("integers", b"[9007199254740993, 18446744073709551615, 18446744073709551616, -9223372036854775808, "
                 b"123456789012345678901234567890]", "same"),
    # Structures and blanks.
    ("nested", b'{"a": [1, {"b": null}], "c": true, "": false, "d": {}, "e": []}', "same"),
    ("blanks", b' \t\r\n[ 1 ,\n2 ]\r\n ', "same"),
    ("byte-order mark", b'\xef\xbb\xbf[1]', "same"),
    ("nested 128 deep", [(b"[", 128), (b"]", 128)], "same"),
    # Refused by both.
    ("trailing comma", b"[1,]", "same"),
    ("trailing comma in an object", b'{"a": 1,}', "same"),
    ("leading zero", b"[01]", "same"),
    ("bare dot", b"[1.]", "same", "after the dot, where a digit is missing"),
    ("leading dot", b"[.5]", "same"),
    ("plus sign", b"[+1]", "same"),
    ("hex", b"[0x10]", "same"),
    ("empty exponent", b"[1e]", "same", "after the e, where a digit is missing"),
    ("single quotes", b"['a']", "same"),
    ("missing comma", b"[1 2]", "same"),
    ("missing colon", b'{"a" 1}', "same"),
    ("bare key", b"{a: 1}", "same"),
    ("misspelled literal", b"[tru]", "same"),
    ("raw tab", b'"a\tb"', "same"),
    ("raw newline", b'["a\nb"]', "same"),
    ("unknown escape", rb'"\x41"', "same"),
    ("short unicode escape", rb'"\u12"', "same", "at the first character that is not a hex digit"),
    ("unclosed string", b'["abc', "same"),
    ("unclosed array", b"[1, 2", "same"),
    ("trailing garbage", b"[1] x", "same"),
    ("empty", b"", "same"),
    ("blanks only", b"  \n ", "same"),
    ("form feed is not a blank", b"[1,\x0c2]", "same"),
    ("invalid utf-8", b'["\xff"]', "same"),
    ("overlong utf-8", b'["\xc0\xaf"]', "same"),
    ("cut utf-8", b'["\xe4\xb8"]', "same"),
    ("nested 100000 deep", [(b"[", 100000), (b"]", 100000)], "same"),
    # Where we depart from Python, on purpose.
    ("encoded surrogate", b'["\xed\xa0\x80"]', "refuse"),  # Python decodes bytes with surrogatepass
    ("lone high surrogate", rb'"\ud800"', "refuse"),
    ("lone low surrogate", rb'"\udc00"', "refuse"),
    ("high then a letter", rb'"\ud83dx"', "refuse"),
    ("high then not a low", rb'"\ud83d\u0041"', "refuse"),
    ("a key twice", b'{"a": 1, "a": 2}', "refuse"),
    ("nested 129 deep", [(b"[", 129), (b"]", 129)], "refuse"),
    ("python's words", b"[NaN, Infinity, -Infinity]", "words"),
]


def typed(value):
    """A value as the Swift test reads it: nothing rounded, nothing normalized."""
    if value is None:
        return {"t": "null"}
    if isinstance(value, bool):
        return {"t": "bool", "v": value}
    if isinstance(value, int):
        return {"t": "int", "digits": str(value)}
    if isinstance(value, float):
        return {"t": "float", "bits": struct.pack(">d", value).hex()}
    if isinstance(value, str):
        return {"t": "str", "cp": [ord(c) for c in value]}
    if isinstance(value, list):
        return {"t": "list", "items": [typed(v) for v in value]}
    if isinstance(value, dict):
        return {"t": "dict", "keys": [[ord(c) for c in k] for k in value], "values": [typed(v) for v in value.values()]}
    raise TypeError(type(value))


def main():
    cases = []
    for name, document, ours, *place in CASES:
        pieces = document if isinstance(document, list) else [(document, 1)]
        document = b"".join(piece * count for piece, count in pieces)
        entry = {"name": name, "pieces": [[piece.hex(), count] for piece, count in pieces], "ours": ours}
        if place:
            entry["place"] = place[0]
        try:
            entry["python"] = {"accepted": True, "value": typed(json.loads(document))}
        except json.JSONDecodeError as e:
            entry["python"] = {"accepted": False, "why": e.msg, "line": e.lineno, "column": e.colno}
        except (UnicodeDecodeError, RecursionError) as e:
            entry["python"] = {"accepted": False, "why": type(e).__name__}
        cases.append(entry)
    with open(OUT, "w") as f:  # one case a line, so a diff shows which changed
        f.write('{"python": %s, "cases": [\n' % json.dumps(platform.python_version()))
        f.write(",\n".join(json.dumps(c) for c in cases))
        f.write("\n]}\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
