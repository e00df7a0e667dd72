#!/usr/bin/env python3
"""Reference figures for logitscope's sampling filters and seeded sampler.

Writes Tests/Reference/filters-reference.json (run from anywhere):

    python3 scripts/reference/make_filter_reference.py

Filters: a numpy transcription of HuggingFace transformers'
src/transformers/generation/logits_process.py (TopKLogitsWarper, TopPLogitsWarper,
MinPLogitsWarper), applied in generate()'s order (top-k, top-p, min-p), each to the scores the
previous one left (removed tokens set to -inf), in float64. torch is not needed:

    top-k:  scores < topk(scores, k)[0][..., -1]                 -> -inf
    top-p:  sorted ascending; cumsum(softmax(sorted)) <= 1 - p   -> -inf, never the last (largest)
    min-p:  softmax(scores) < min_p * max(softmax(scores))       -> -inf

torch.sort leaves the order of equal scores unspecified (std::sort or x86-simd-sort on CPU), which
decides which of several tied tokens top-p removes when the cut falls among them. logitscope fixes
it: among equal logits the lower index ranks higher. In an ascending sort that puts the higher index
first, which this script does with a stable sort of (-index) after a stable sort by score.

Every case stores the scaled logits u and the float64 softmax that logitscope is given (scipy),
and HF's kept indices and renormalized probabilities (softmax of the filtered scores).

Sampler: SplitMix64 transcribed from Vigna's splitmix64.c (checked against the published vector for
seed 1234567), u = (x >> 11) * 2**-53, a left-to-right cumulative table over the tokens in ascending
index order, and the first entry > u * total (bisect_right).
"""

import bisect
import json
import math
import os

import numpy as np
import scipy
import scipy.special

from json_numbers import enc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "Reference", "filters-reference.json")
MASK = (1 << 64) - 1


def softmax(scores):
    return scipy.special.softmax(np.asarray(scores, dtype=np.float64))


def ascending_order(scores):
    """Ascending by score; among equal scores the higher index first (so it is removed first)."""
    idx = np.arange(len(scores))
    by_index_desc = idx[::-1]
    return by_index_desc[np.argsort(scores[by_index_desc], kind="stable")]


def hf_top_k(scores, k):
    k = min(k, scores.shape[-1])
    kth = np.sort(scores)[-k]
    return np.where(scores < kth, -np.inf, scores)


def hf_top_p(scores, top_p):
    order = ascending_order(scores)
    sorted_logits = scores[order]
    cumulative = np.cumsum(softmax(sorted_logits))
    remove_sorted = cumulative <= (1 - top_p)
    remove_sorted[-1:] = False  # min_tokens_to_keep = 1
    remove = np.zeros_like(remove_sorted)
    remove[order] = remove_sorted
    return np.where(remove, -np.inf, scores)


def hf_min_p(scores, min_p):
    probs = softmax(scores)
    top = probs.max()
    remove = probs < min_p * top
    remove[np.argmax(probs)] = False  # min_tokens_to_keep = 1 (topk(probs, 1))
    return np.where(remove, -np.inf, scores)


def hf_filter(u, top_k=None, top_p=None, min_p=None):
    scores = np.asarray(u, dtype=np.float64)
    if top_k is not None:
        scores = hf_top_k(scores, top_k)
    if top_p is not None:
        scores = hf_top_p(scores, top_p)
    if min_p is not None:
        scores = hf_min_p(scores, min_p)
    kept = [int(i) for i in np.nonzero(scores != -np.inf)[0]]
    # A token masked in the input stays -inf; HF cannot tell it from a filtered one, and neither
    # is sampled. Those the filters kept are the finite ones plus masked ones no filter removed.
    return kept, softmax(scores)


CASES = []


def case(name, u, source, top_k=None, top_p=None, min_p=None, probabilities=None):
    u = np.asarray(u, dtype=np.float64)
    p = softmax(u) if probabilities is None else np.asarray(probabilities, dtype=np.float64)
    kept, filtered = hf_filter(u, top_k, top_p, min_p)
    CASES.append({
        "name": name,
        "source": source,
        "logits": [enc(x) for x in u],
        "probabilities": [enc(x) for x in p],
        "top_k": top_k, "top_p": top_p, "min_p": min_p,
        "kept": kept,
        "filtered_softmax": [enc(x) for x in filtered],
    })


seed = [2.0, 1.0, 0.1]
case("seed top-k 1", seed, "seed example", top_k=1)
case("seed top-k 2", seed, "seed example", top_k=2)
case("seed top-p 0.9", seed, "seed example: Technology's 0.0986 <= 0.1 is cut", top_p=0.9)
case("seed top-p 0.95", seed, "seed example", top_p=0.95)
case("seed min-p 0.2", seed, "seed example: 0.0986 < 0.2 * 0.659", min_p=0.2)
case("seed min-p 0.1", seed, "seed example", min_p=0.1)
case("seed all three", seed, "seed example", top_k=2, top_p=0.7, min_p=0.3)
case("four ties top-k 2", [1.0, 1.0, 1.0, 1.0], "HF top-k keeps every tie of the k-th", top_k=2)
case("four ties top-p 0.5", [1.0, 1.0, 1.0, 1.0], "HF top-p cuts through a tie: 2 of 4 kept", top_p=0.5)
case("four ties min-p 1", [1.0, 1.0, 1.0, 1.0], "min-p is strict: ties with the top stay", min_p=1.0)
case("eight equal top-p 0.3", [0.0] * 8, "cumsum k/8 <= 0.7 removes 5", top_p=0.3)
case("tie at k-th", [3.0, 2.0, 2.0, 2.0, 1.0], "k = 2 keeps all three 2.0s", top_k=2)
case("masked top-p 1", [1.0, -np.inf, 0.0, -np.inf], "p = 1 removes only zero-probability tokens", top_p=1.0)
case("masked min-p 0", [1.0, -np.inf, 0.0], "min-p 0 keeps even zero-probability tokens (0 < 0 is false)", min_p=0.0)
case("top-k then top-p renormalizes", [3.0, 2.0, 1.0, 0.0, -1.0], "top-p sees the top-k survivors' softmax", top_k=3, top_p=0.9)
case("k beyond vocabulary", [0.5, -0.5], "k is clipped to the vocabulary", top_k=10)

rng = np.random.default_rng(20240917)
big = rng.normal(0.0, 3.0, 1000)
case("random 1000 top-k 50", big, "numpy default_rng(20240917) normal(0, 3)", top_k=50)
case("random 1000 top-p 0.9", big, "numpy default_rng(20240917) normal(0, 3)", top_p=0.9)
case("random 1000 min-p 0.05", big, "numpy default_rng(20240917) normal(0, 3)", min_p=0.05)
case("random 1000 all three", big, "numpy default_rng(20240917) normal(0, 3)", top_k=200, top_p=0.8, min_p=0.01)
ties = np.round(rng.normal(0.0, 1.0, 1000), 1)
case("tied 1000 top-k 10", ties, "normal(0, 1) rounded to 0.1: many ties", top_k=10)
case("tied 1000 top-p 0.5", ties, "normal(0, 1) rounded to 0.1: many ties", top_p=0.5)
case("tied 1000 all three", ties, "normal(0, 1) rounded to 0.1: many ties", top_k=300, top_p=0.7, min_p=0.1)


# --- SplitMix64 and the sampler

class SplitMix64:
    """Vigna's splitmix64.c, transcribed."""

    def __init__(self, seed):
        self.x = seed & MASK

    def next(self):
        self.x = (self.x + 0x9E3779B97F4A7C15) & MASK
        z = self.x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def unit(self):
        return (self.next() >> 11) * 2.0 ** -53


PUBLISHED = [6457827717110365317, 3203168211198807973, 9817491932198370423,
             4593380528125082431, 16408922859458223821]
g = SplitMix64(1234567)
assert [g.next() for _ in range(5)] == PUBLISHED, "SplitMix64 transcription disagrees with splitmix64.c"


def draws(tokens, weights, seed, count):
    cumulative = []
    running = 0.0
    for w in weights:
        running += w
        cumulative.append(running)
    g = SplitMix64(seed)
    out = []
    for _ in range(count):
        target = g.unit() * cumulative[-1]
        j = bisect.bisect_right(cumulative, target)
        if j == len(cumulative):
            j = cumulative.index(cumulative[-1])
        out.append(tokens[j])
    return out


g = SplitMix64(0)
zero_seed = [g.next() for _ in range(3)]
g = SplitMix64(42)
units = [g.unit() for _ in range(5)]

seed_p = [float(x) for x in softmax(seed)]
SAMPLER = [
    {"name": "seed softmax, seed 42", "tokens": [0, 1, 2], "weights": seed_p, "seed": 42, "count": 20,
     "draws": draws([0, 1, 2], seed_p, 42, 20)},
    {"name": "dyadic weights, seed 7", "tokens": [3, 5, 8, 9], "weights": [0.5, 0.25, 0.125, 0.125], "seed": 7,
     "count": 32, "draws": draws([3, 5, 8, 9], [0.5, 0.25, 0.125, 0.125], 7, 32)},
    {"name": "zero weight never drawn, seed 2024", "tokens": [0, 1, 2, 3], "weights": [0.0, 1.0, 0.0, 3.0],
     "seed": 2024, "count": 50, "draws": draws([0, 1, 2, 3], [0.0, 1.0, 0.0, 3.0], 2024, 50)},
]

doc = {
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "hf_source": "huggingface/transformers src/transformers/generation/logits_process.py (TopK/TopP/MinPLogitsWarper), transcribed",
    "cases": CASES,
    "splitmix64": {
        "published_seed_1234567": [str(x) for x in PUBLISHED],
        "seed_0": [str(x) for x in zero_seed],
        "seed_42_unit_doubles": units,
    },
    "sampler": SAMPLER,
}
with open(OUT, "w") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")
print(f"wrote {len(CASES)} filter cases and {len(SAMPLER)} sampler cases to {os.path.relpath(OUT)}")
for c in CASES:
    print(f"  {c['name']}: kept {len(c['kept'])} of {len(c['logits'])}")
