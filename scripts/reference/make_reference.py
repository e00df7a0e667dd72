#!/usr/bin/env python3
"""Reference figures for logitscope's numerics, computed with numpy and scipy (and ml_dtypes for
bfloat16).

Writes Tests/Reference/scipy-reference.json (run from anywhere):

    python3 scripts/reference/make_reference.py

Semantics follow /work/shared/NUMERICS.md:
- the logits and the temperature are first rounded to the chosen precision F, and u = z / T is
  computed in F;
- the naive path (exp, a left-to-right sum, a divide) runs entirely in F, overflow and all;
- the stable path subtracts max u, takes exp in F, and sums in the wider type W
  (float16 -> float32, float32 -> float64, float64 -> float64 with math.fsum); every result is
  formed in W and rounded once to F.

exp in F is taken as exp computed in float64 and rounded once to F. That is what numpy does for
float16 (it evaluates in float32 and rounds) and what glibc's expf (Swift's Float.exp) delivers for
float32; numpy's own SIMD float32 exp can be an ulp off, so it is not used for the reference. The
float64 exp is Python's math.exp (glibc's exp): numpy's np.exp dispatches on the processor (its
AVX-512 float64 exp differs from glibc's by an ulp now and then), which made the file depend on the
machine that wrote it. Every other scalar exp and log is math's too, rounded to the type.

bfloat16 is computed the way PyTorch computes a bfloat16 tensor on a CPU, emulated with numpy
and ml_dtypes' bfloat16 dtype (`pip install ml_dtypes`):
- a Python float becomes bfloat16 through float32 (`to_dtype`): c10::BFloat16 has a constructor
  from float only, so `torch.tensor(x, dtype=torch.bfloat16)` rounds the double to float32, then
  to bfloat16 (ml_dtypes' own float64 cast rounds once, which differs within 2^-24 of a tie);
- every elementwise operation (z / T, u - m, the naive sum and divide) is an ml_dtypes ufunc on
  bfloat16 arrays, which computes in float32 and rounds the result once, as PyTorch's
  Vectorized<BFloat16> kernels do (convert to float, compute, convert back);
- exp is float32's exp rounded to bfloat16 (`exp_in`): float64's exp rounded to float32 stands
  for glibc's expf (PyTorch uses Sleef's, within 1 ulp of float32), then rounded to bfloat16;
- the stable path sums the bfloat16 exps in float32 (PyTorch accumulates bfloat16 reductions in
  float, `at::opmath_type<BFloat16>` = float) and forms every result in float32, rounded once.
The naive path is therefore `torch.exp(u) / torch.exp(u).sum()` with the sum taken left to right
in bfloat16, as naive code written with a bfloat16 accumulator would (torch.sum itself accumulates
in float). PyTorch itself could not be installed here (download.pytorch.org is unreachable from
this machine), so these semantics are read from its source, not run.

The "online" cases are the online softmax (Milakov and Gimelshein 2018; FlashAttention) in the same
semantics, block by block (`online_figures`).

Every non-finite number is written as the string "nan", "inf" or "-inf"; finite numbers are JSON
numbers, each exactly the value of F (or W) it stands for, printed with Python's shortest repr.
The script checks its own figures against scipy.special where scipy has the function.
"""

import json
import math
from fractions import Fraction
import os
import sys

import ml_dtypes
import numpy as np
import scipy
import scipy.special
import scipy.stats

from json_numbers import enc

BF16 = ml_dtypes.bfloat16
WIDER = {np.float16: np.float32, np.float32: np.float64, np.float64: np.float64, BF16: np.float32}
DTYPES = {"float16": np.float16, "float32": np.float32, "float64": np.float64, "bfloat16": BF16}


def to_dtype(F, x):
    """A Python float (a double) in F, as the framework converts it: bfloat16 through float32
    (PyTorch's c10::BFloat16(float)), the others rounded once."""
    with np.errstate(over="ignore"):
        return BF16(np.float32(x)) if F is BF16 else F(x)


def enc_list(xs):
    return [enc(x) for x in xs]


def exp_in(F, x):
    """exp(x) rounded once to F (see the module comment); in bfloat16, float32's exp rounded to
    bfloat16."""
    try:
        e = math.exp(float(x))
    except OverflowError:
        e = math.inf
    return to_dtype(F, e)


def wide_sum(W, terms):
    """The sum in the accumulator type: math.fsum (exact, rounded once) then rounded to W.
    Mirrors torch's accumulation of half/float sums in float/double."""
    return W(math.fsum(float(t) for t in terms))


def case_figures(logits, temperature, precision, threshold, target):
    F = DTYPES[precision]
    W = WIDER[F]
    with np.errstate(all="ignore"):
        z = np.array([to_dtype(F, v) for v in logits], dtype=F)  # rounded to F
        T = to_dtype(F, temperature)
        u = (z / T).astype(F)  # u = z / T in F

    # --- naive: exp(u_i) / sum_j exp(u_j), every operation in F, sum left to right
    #     (what `np.exp(u) / np.exp(u).sum()` does, minus numpy's pairwise summation).
    e_naive = [exp_in(F, x) for x in u]
    s = F(0)
    with np.errstate(all="ignore"):
        for x in e_naive:
            s = F(s + x)
        naive = [F(x / s) for x in e_naive]

    # --- stable (scipy.special.softmax / log_softmax / logsumexp; torch.softmax, torch.logsumexp)
    m = u.max()
    with np.errstate(all="ignore"):
        shifted = [F(x - m) for x in u]
    ex = [exp_in(F, x) for x in shifted]  # exp(u_i - m) in F; masked give exactly 0
    S = wide_sum(W, ex)
    logS = W(math.log(S))
    p_wide = [W(W(x) / S) for x in ex]
    softmax = [F(p) for p in p_wide]
    # log_softmax: (u_i - m) - log S in W (torch/_decomp/decompositions.py _log_softmax)
    with np.errstate(all="ignore"):
        log_softmax = [F(W(W(x) - W(m)) - logS) for x in u]
    lse_w = W(W(m) + logS)
    lse = F(lse_w)

    # --- sigmoid: scipy.special.expit evaluated in W, rounded to F
    with np.errstate(all="ignore"):
        sigmoid = [F(scipy.special.expit(W(x))) for x in u]

    # --- threshold: T * logit(tau), with scipy.special.logit, in float64 from the rounded T
    logit_tau = float(scipy.special.logit(np.float64(threshold)))
    logit_threshold = float(T) * logit_tau
    above = [bool(float(x) > logit_tau) for x in u]

    # --- argmax (np.argmax: first of ties)
    amax = int(np.argmax(u))

    # --- entropy: -sum p log p with 0 log 0 = 0, in W from the unrounded p
    #     (scipy.stats.entropy / scipy.special.entr), log p = log e_i - log S.
    terms = []
    for x, p in zip(ex, p_wide):
        if x > 0:
            terms.append(float(-p * W(W(math.log(W(x))) - logS)))
    H = W(max(math.fsum(terms), 0.0))
    entropy_nats = F(H)
    entropy_bits = F(W(H / W(math.log(2))))
    perplexity = F(W(math.exp(H)))

    expected = {
        "logits": enc_list(z),
        "temperature": enc(T),
        "scaled": enc_list(u),
        "softmax": enc_list(softmax),
        "log_softmax": enc_list(log_softmax),
        "logsumexp": enc(lse),
        "naive_softmax": enc_list(naive),
        "shifted_sum": enc(S),
        "sigmoid": enc_list(sigmoid),
        "logit_threshold": enc(logit_threshold),
        "above_threshold": above,
        "argmax": amax,
        "entropy_nats": enc(entropy_nats),
        "entropy_bits": enc(entropy_bits),
        "perplexity": enc(perplexity),
    }
    if target is not None:
        # torch.nn.functional.cross_entropy: logsumexp(u) - u_t, in W
        with np.errstate(all="ignore"):
            expected["cross_entropy"] = enc(F(W(lse_w - W(u[target]))))
            # its gradient with respect to z: (p - onehot) / T, in W
            expected["gradient"] = enc_list(
                F(W((p - (1 if i == target else 0)) / W(T))) for i, p in enumerate(p_wide)
            )

    check_against_scipy(precision, u, expected)
    return expected


def online_figures(logits, temperature, precision, block):
    """The online softmax (Milakov and Gimelshein 2018) as logitscope computes it: u in blocks,
    the running max m in F, each block's exps e^(u - m_new) in F summed in W (exactly, rounded
    once, as the stable sum), the rescale e^(m_old - m_new) in F, l = l * rescale + block sum held
    exactly (a Fraction) and rounded once to W (logitscope compensates it), and p = e^(u - m) / l
    divided in W and rounded once to F."""
    F = DTYPES[precision]
    W = WIDER[F]
    with np.errstate(all="ignore"):
        z = np.array([to_dtype(F, v) for v in logits], dtype=F)
        u = (z / to_dtype(F, temperature)).astype(F)
        m, exact, steps = F(-math.inf), Fraction(0), []
        for start in range(0, len(u), block):
            part = u[start:start + block]
            new = max(m, part.max())
            rescale, block_sum = None, W(0)
            if new > -math.inf:
                if m > -math.inf:
                    rescale = exp_in(F, F(m - new))
                    exact *= Fraction(float(rescale))
                terms = [exp_in(F, F(x - new)) for x in part]
                block_sum = wide_sum(W, terms)
                exact += sum(Fraction(float(t)) for t in terms)
            total = W(float(exact))
            steps.append({"start": start, "end": start + len(part), "block_max": enc(part.max()),
                          "max": enc(new), "rescale": None if rescale is None else enc(rescale),
                          "block_sum": enc(block_sum), "sum": enc(total)})
            m = new
        softmax = [F(W(W(exp_in(F, F(x - m))) / total)) for x in u]
    return {"steps": steps, "softmax": enc_list(softmax)}


def online_case(name, logits, temperature, precision, block, note=None):
    c = {"name": name, "logits": enc_list(logits), "temperature": temperature,
         "precision": precision, "block": block}
    if note:
        c["note"] = note
    c["expected"] = online_figures(logits, temperature, precision, block)
    return c


def online_cases():
    seed = [2.0, 1.0, 0.1]
    out = [
        online_case("online seed float64 B=2", seed, 1.0, "float64", 2,
                    note="[2, 1] then [0.1]: the max stays 2, the rescale is e^0 = 1"),
        online_case("online seed bfloat16 B=2", seed, 1.0, "bfloat16", 2),
        online_case("online rising float32 B=1", [0.1, 1.0, 2.0], 1.0, "float32", 1,
                    note="every block raises the max: rescales e^-0.9 and e^-1"),
        online_case("online overflow float16 B=1", [12.0, 11.0, 10.0], 1.0, "float16", 1,
                    note="naive exp(12) overflows float16; online exponents are all <= 0"),
        online_case("online overflow bfloat16 B=2", [89.0, 88.0, 87.0], 1.0, "bfloat16", 2,
                    note="naive exp(89) overflows bfloat16; online exponents are all <= 0"),
        online_case("online rising bfloat16 B=1", [87.0, 88.0, 89.0], 1.0, "bfloat16", 1,
                    note="each block raises the max by 1: rescale e^-1 rounded to bfloat16"),
        online_case("online masked float32 B=2", [-math.inf, -math.inf, 2.0, 1.0, -math.inf], 1.0, "float32", 2,
                    note="a block of masked classes only adds nothing and rescales nothing"),
    ]
    rng = np.random.default_rng(20251124)
    for prec in DTYPES:
        z = np.sort(rng.standard_normal(50) * 8).tolist()
        out.append(online_case(f"online random {prec} n=50 T=0.7 B=7", z, 0.7, prec, 7,
                               note="sorted ascending: every block raises the max"))
    return out


def dec(x):
    """Back from JSON: float() reads "nan", "inf" and "-inf" too."""
    return float(x)


def check_against_scipy(precision, u, expected):
    """Our written-out formulas must agree with scipy's own functions, evaluated in float64 from
    the same u and rounded to the precision: within a few units of the precision's epsilon
    (relative) or of its smallest subnormal (absolute)."""
    F = DTYPES[precision]
    fi = ml_dtypes.finfo(F)
    rtol, atol = 4 * float(fi.eps), 4 * float(fi.smallest_subnormal)
    uf = np.asarray(u, dtype=np.float64)
    with np.errstate(all="ignore"):
        theirs = {
            "softmax": scipy.special.softmax(uf),
            "log_softmax": scipy.special.log_softmax(uf),
            "sigmoid": scipy.special.expit(uf),
            "logsumexp": np.array([scipy.special.logsumexp(uf)]),
            "entropy_nats": np.array([scipy.stats.entropy(scipy.special.softmax(uf))]),
        }
    for key, want in theirs.items():
        with np.errstate(all="ignore"):
            want = np.array([float(to_dtype(F, w)) for w in want])
        got = expected[key]
        got = np.array([dec(x) for x in (got if isinstance(got, list) else [got])])
        # entropy sums many rounded terms: allow a little more
        # exp amplifies the rounding of its argument (u - m in the precision) by |u - m|.
        spread = 1 + np.ptp(uf[np.isfinite(uf)])
        tol = rtol * (len(u) if key == "entropy_nats" else spread)
        # log S has an absolute error of about an epsilon (S near 1): a log-probability near 0
        # is only absolutely that close (scipy 1.17 uses log1p there, we and PyTorch use log).
        a = atol + (rtol * (1 + np.max(np.abs(uf[np.isfinite(uf)]))) if key.startswith("log") else 0)
        if key == "entropy_nats":  # a near-one-hot entropy is small and only absolutely accurate
            a += rtol * len(u) * spread
        ok = np.isclose(got, want, rtol=tol, atol=a) | (got == want)
        if not ok.all():
            i = int(np.argmin(ok))
            raise AssertionError(f"{precision} {key}[{i}]: ours {got[i]!r}, scipy {want[i]!r}")


def case(name, logits, temperature=1.0, precision="float64", threshold=0.5, target=None, note=None):
    c = {
        "name": name,
        "logits": enc_list(logits),
        "temperature": temperature,
        "precision": precision,
        "threshold": threshold,
    }
    if target is not None:
        c["target"] = target
    if note:
        c["note"] = note
    c["expected"] = case_figures(logits, temperature, precision, threshold, target)
    return c


def cases():
    out = []
    seed = [2.0, 1.0, 0.1]
    for prec in DTYPES:
        for T in (1.0, 0.5, 2.0):
            out.append(case(f"seed {prec} T={T:g}", seed, T, prec,
                            note="seeds: News/Entertainment/Technology -> 65.9% / 24.2% / 9.9% at T=1"))
    out.append(case("seed float32 threshold 0.9", seed, 1.0, "float32", threshold=0.9))
    out.append(case("seed float64 threshold 0.9 T=2", seed, 2.0, "float64", threshold=0.9))
    out.append(case("seed float16 threshold 0.9", seed, 1.0, "float16", threshold=0.9))
    overflow = {"float16": [12.0, 11.0, 10.0], "float32": [89.0, 88.0, 87.0], "float64": [710.0, 709.0, 708.0],
                "bfloat16": [89.0, 88.0, 87.0]}
    underflow = {"float16": [-18.0, -19.0, -20.0], "float32": [-104.0, -105.0, -106.0],
                 "float64": [-746.0, -747.0, -748.0], "bfloat16": [-94.0, -95.0, -96.0]}
    for prec in DTYPES:
        out.append(case(f"overflow {prec}", overflow[prec], 1.0, prec,
                        note="NUMERICS.md: naive [NaN, 0, 0], stable [0.665, 0.245, 0.090]"))
        out.append(case(f"underflow {prec}", underflow[prec], 1.0, prec,
                        note="NUMERICS.md: naive 0/0 = NaN"))
    out.append(case("cold float32 T=0.01", [1.0, 0.9, 0.0], 0.01, "float32",
                    note="NUMERICS.md: naive [NaN, NaN, 0], stable [0.99995, 4.5e-5, 3.8e-44]"))
    out.append(case("cold bfloat16 T=0.01", [1.0, 0.9, 0.0], 0.01, "bfloat16",
                    note="u = 100 overflows exp as in float32; 0.9 / 0.01 is 90 in bfloat16"))
    out.append(case("stall bfloat16", [5.5] + [0.0] * 40, 1.0, "bfloat16", target=0,
                    note="the naive bfloat16 sum climbs from exp(5.5) = 245 to 256 and stays: 256 + 1 = 256"))
    out.append(case("through float32 bfloat16", [1.0039062500001, 0.0, -1.25], 1.0, "bfloat16",
                    note="1 + 2^-8 + 1e-13 rounds to float32's 1 + 2^-8, a bfloat16 tie, then to even: 1"))
    for prec in DTYPES:
        out.append(case(f"masked {prec}", [2.0, -math.inf, 0.5, -math.inf], 1.0, prec, target=0,
                        note="masked classes: probability exactly 0, log-probability -inf"))
    out.append(case("masked target float64", [3.0, -math.inf, 1.0], 1.0, "float64", target=1,
                    note="torch cross_entropy with a masked target is +inf"))
    for prec in DTYPES:
        out.append(case(f"ties {prec}", [1.5, 3.0, 3.0, 0.0, 3.0], 1.0, prec, note="argmax: first of ties"))
        out.append(case(f"single {prec}", [4.25], 1.0, prec))
        out.append(case(f"target {prec}", seed, 1.0, prec, target=2))
    out.append(case("target float32 T=0.5 threshold 0.9", [3.0, -1.0, 2.5, 0.0], 0.5, "float32",
                    threshold=0.9, target=1))
    out.append(case("uniform float64", [0.7] * 8, 1.0, "float64", note="entropy log 8"))
    rng = np.random.default_rng(20240607)
    for prec in DTYPES:
        for n, scale, T in ((10, 1.0, 1.0), (100, 10.0, 0.7), (1000, 5.0, 1.0), (300, 40.0, 1.5)):
            z = (rng.standard_normal(n) * scale).tolist()
            out.append(case(f"random {prec} n={n} scale={scale:g} T={T:g}", z, T, prec,
                            target=int(rng.integers(n))))
    return out


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.path.join(root, "Tests", "Reference", "scipy-reference.json")
    doc = {
        "generator": "scripts/reference/make_reference.py",
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "python": sys.version.split()[0],
        "semantics": "/work/shared/NUMERICS.md: inputs rounded to the precision; u = z/T in it; naive "
                     "path in it; stable path summed in the wider type (f16->f32, f32->f64, f64 fsum), "
                     "results rounded once to the precision",
        "cases": cases(),
        "online": online_cases(),
    }
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print(f"wrote {len(doc['cases'])} cases and {len(doc['online'])} online cases to {path}")


if __name__ == "__main__":
    main()
