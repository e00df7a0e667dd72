#!/usr/bin/env python3
"""Fixtures for logitscope's --vocab readers, made by HuggingFace's `tokenizers` (pip install
tokenizers; made with 0.23.3): one small tokenizer of each model type, saved as tokenizer.json,
with the text the library gives each id, written to Tests/Reference/vocab/.

The expected text of a token is what it adds to a running text: the library's
decode([anchor, id]) minus decode([anchor]) for a plain anchor token, skip_special_tokens=False
(decode([id]) alone drops the leading space of a first token, so `the` and `Ġthe` would look the
same). Added tokens are their content. Where the library's text holds U+FFFD (a byte-level token
that is part of a UTF-8 character), logitscope shows the bytes as <0xNN>; the expected value is
then made from GPT-2's published bytes_to_unicode table (openai/gpt-2, src/encoder.py), and
`library` keeps what the library said.

Also a GPT-2 style vocab.json (the byte-level BPE's vocabulary alone) and a tokenizer.json with a
hole in its id range (one piece taken out: the library then has no token for that id).

Run from the repository root: python3 scripts/reference/make_vocab_fixtures.py
"""
import json
import os

import tokenizers
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from token_text import shown_bytes

OUT = os.path.join("Tests", "Reference", "vocab")
CORPUS = [
    "The quick brown fox jumps over the lazy dog.\n",
    "Le café coûte 3 € aujourd'hui, n'est-ce pas?\n",
    "日本語のテキストも少し。\n",
    "the the the then there these those they their\n",
    "Don't stop: it's 42, isn't it?\n",
] * 20


def bytes_to_unicode():
    """openai/gpt-2 src/encoder.py, as published."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(2 ** 8):
        if b not in bs:
            bs.append(b)
            cs.append(2 ** 8 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


BYTE_OF = {c: b for b, c in bytes_to_unicode().items()}


def expected(tok: Tokenizer, anchor: int, byte_level: bool):
    added = {t.content for t in tok.get_added_tokens_decoder().values()}
    size = tok.get_vocab_size(with_added_tokens=True)
    base = tok.decode([anchor], skip_special_tokens=False)
    rows = []
    for i in range(size):
        piece = tok.id_to_token(i)
        if piece is None:
            continue
        if piece in added:
            rows.append({"id": i, "text": piece, "library": piece, "added": True})
            continue
        both = tok.decode([anchor, i], skip_special_tokens=False)
        assert both.startswith(base), (piece, base, both)
        text = both[len(base):]
        row = {"id": i, "text": text, "library": text}
        if "\ufffd" in text and byte_level:
            row["text"] = shown_bytes(bytes(BYTE_OF[c] for c in piece))
        elif "\ufffd" in text and len(piece) == 6 and piece.startswith("<0x") and piece.endswith(">"):
            row["text"] = shown_bytes(bytes([int(piece[3:5], 16)]))
        rows.append(row)
    return rows


def save(name, tok, anchor_piece, byte_level=False):
    path = os.path.join(OUT, name + ".tokenizer.json")
    tok.save(path)
    rows = expected(tok, tok.token_to_id(anchor_piece), byte_level)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"made_by": "tokenizers " + tokenizers.__version__, "anchor": anchor_piece, "tokens": rows},
                  f, ensure_ascii=False, indent=0)
    return path


def byte_level_bpe():
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=["<|endoftext|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(CORPUS, trainer)
    return tok


def sentencepiece_bpe():
    """Llama 2 style: Metaspace, byte fallback, the decoder sequence Replace/ByteFallback/Fuse/Strip."""
    vocab = {"<unk>": 0, "<s>": 1, "</s>": 2}
    for b in range(256):
        vocab["<0x%02X>" % b] = len(vocab)
    pieces = ["▁", "t", "h", "e", "q", "u", "i", "c", "k", "a", "f", "é", "▁t", "he", "▁the", "▁q", "ui", "ck",
              "▁qui", "▁quick", "▁c", "af", "▁caf", "▁café", "日", "本"]
    for p in pieces:
        vocab[p] = len(vocab)
    merges = [("▁", "t"), ("h", "e"), ("▁t", "he"), ("▁", "q"), ("u", "i"), ("c", "k"), ("▁q", "ui"),
              ("▁qui", "ck"), ("▁", "c"), ("a", "f"), ("▁c", "af"), ("▁caf", "é")]
    tok = Tokenizer(models.BPE(vocab=vocab, merges=merges, unk_token="<unk>", byte_fallback=True, fuse_unk=True))
    tok.add_special_tokens(["<unk>", "<s>", "</s>"])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="first")
    tok.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse(),
                                     decoders.Strip(" ", 1, 0)])
    return tok


def wordpiece():
    vocab = {p: i for i, p in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "quick", "brown",
                                         "fox", "##es", "##ing", "jump", "##s", ".", ",", "?", "'", "s", "n't",
                                         "don", "it", "##'s", "café", "日"])}
    tok = Tokenizer(models.WordPiece(vocab=vocab, unk_token="[UNK]"))
    tok.add_special_tokens(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece(prefix="##", cleanup=True)
    return tok


def wordlevel():
    vocab = {p: i for i, p in enumerate(["<unk>", "the", "quick", "brown", "fox", ".", "café", "日本語"])}
    tok = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    tok.add_special_tokens(["<unk>"])
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    return tok


def unigram():
    pieces = [("<unk>", 0.0), ("▁", -2.0), ("▁the", -3.0), ("▁quick", -4.0), ("s", -5.0), ("ing", -5.5),
              ("▁café", -6.0), ("▁日本", -7.0), ("t", -8.0), ("h", -8.0), ("e", -8.0)]
    tok = Tokenizer(models.Unigram(pieces, unk_id=0, byte_fallback=False))
    tok.add_special_tokens(["<unk>"])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    return tok


def main():
    os.makedirs(OUT, exist_ok=True)
    bpe = byte_level_bpe()
    save("bpe-bytelevel", bpe, "a", byte_level=True)
    save("bpe-sentencepiece", sentencepiece_bpe(), "t")
    save("wordpiece", wordpiece(), "the")
    save("wordlevel", wordlevel(), "the")
    save("unigram", unigram(), "s")

    # GPT-2's vocab.json: the model's vocabulary alone, token -> id.
    with open(os.path.join(OUT, "bpe-bytelevel.tokenizer.json"), encoding="utf-8") as f:
        whole = json.load(f)
    with open(os.path.join(OUT, "gpt2.vocab.json"), "w", encoding="utf-8") as f:
        json.dump(whole["model"]["vocab"], f, ensure_ascii=False)

    # A hole: byte "{" (id 91, in no merge) taken out of the vocabulary; the library then has no
    # token for id 91 and keeps every other id.
    hole = whole["model"]["vocab"].pop("{")
    holed = Tokenizer.from_str(json.dumps(whole, ensure_ascii=False))
    assert hole == 91 and holed.id_to_token(91) is None and holed.id_to_token(92) == "|"
    with open(os.path.join(OUT, "bpe-holes.tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(whole, f, ensure_ascii=False)
    print("vocab fixtures in", OUT, "sizes", {n: Tokenizer.from_file(os.path.join(OUT, n + ".tokenizer.json")).get_vocab_size()
                                            for n in ["bpe-bytelevel", "bpe-sentencepiece", "wordpiece", "wordlevel", "unigram"]})


if __name__ == "__main__":
    main()
