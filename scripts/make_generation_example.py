#!/usr/bin/env python3
"""A generation with real token texts, for the screenshots: a byte-level BPE tokenizer trained by
HuggingFace's `tokenizers` on the repository's own English (README.md, and the seed article in
../shared/seeds when present), saved as tokenizer.json, and a [positions, vocab] float32 tensor
saved by the `safetensors` package whose targets, decoded, are a readable sentence.

Each row is a model that was fairly sure of most words and hesitated at a few: the produced token
gets a margin over normal noise, and two or three plausible other tokens (other words of the
sentence, other spellings) get one too, so the ranked list shows real alternatives and the strip
shows where the surprisal and the entropy rise. Drawn from numpy's default_rng(15): the same every
run.

Usage: python3 scripts/make_generation_example.py OUTDIR
Writes OUTDIR/tokenizer.json, OUTDIR/generation.safetensors (tensor "logits"), OUTDIR/targets.txt.
"""
import os
import sys

import numpy as np
from safetensors.numpy import save_file
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

SENTENCE = ("The model read the logits of every word, and the softmax turned them into a sentence "
            "that was almost sure of itself.")
# Where the model hesitated: the word index in SENTENCE.split() and a few tokens it also liked.
# (Each one token of the trained vocabulary; one that is not is left out.)
DOUBTS = {2: [" reads", " shows"], 4: [" probabilities"], 6: [" each", " all"],
          8: [" then", " so"], 10: [" sigmoid", " temperature"], 15: [" word", " text"], 18: [" never", " not"]}


def corpus(root):
    paths = [os.path.join(root, "README.md"), os.path.join(root, "..", "shared", "seeds")]
    texts = []
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                with open(os.path.join(p, name), encoding="utf-8", errors="replace") as f:
                    texts.append(f.read())
        elif os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                texts.append(f.read())
    # The sentence itself, so that its words are whole tokens, as a model's common words are.
    return texts + [SENTENCE] * 20


def main():
    out = sys.argv[1]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=2048, special_tokens=["<|endoftext|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(corpus(root), trainer)
    tok.save(os.path.join(out, "tokenizer.json"))

    ids = tok.encode(SENTENCE).ids
    assert tok.decode(ids) == SENTENCE, tok.decode(ids)
    vocab = tok.get_vocab_size()
    rng = np.random.default_rng(15)
    z = (rng.standard_normal((len(ids), vocab)) * 1.0).astype(np.float32)
    # Which word each token starts or continues.
    words, offsets = SENTENCE.split(" "), tok.encode(SENTENCE).offsets
    starts = np.cumsum([0] + [len(w) + 1 for w in words[:-1]])
    for i, (t, (a, _)) in enumerate(zip(ids, offsets)):
        # A word-start token holds the space before its word.
        at = a + 1 if SENTENCE[a] == " " else a
        word = int(np.searchsorted(starts, at, side="right") - 1)
        first = at == starts[word]
        z[i, t] += 11.0
        if first and word in DOUBTS:
            for k, other in enumerate(DOUBTS[word]):
                # Only a whole-word token (the README the vocabulary is trained on may change).
                if len(tok.encode(other).ids) == 1:
                    z[i, tok.encode(other).ids[0]] += 9.4 - 0.6 * k
            z[i, t] -= 0.3
    save_file({"logits": z}, os.path.join(out, "generation.safetensors"))
    with open(os.path.join(out, "targets.txt"), "w") as f:
        f.write(",".join(map(str, ids)) + "\n")
    print(f"{len(ids)} tokens over a vocabulary of {vocab}: {SENTENCE!r}")


if __name__ == "__main__":
    main()
