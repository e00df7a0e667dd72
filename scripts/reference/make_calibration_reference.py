#!/usr/bin/env python3
"""Reference figures for logitscope's calibration (issue 12), from a real classifier.

Writes, under Tests/Reference/calibration/ (run from anywhere):

    python3 scripts/reference/make_calibration_reference.py

- digits-logits.npy   float64 [899, 10]: the validation logits of a multinomial logistic
                      regression trained by this script on scikit-learn's digits data set
                      (load_digits, train_test_split(test_size=0.5, random_state=0), C = 1e4: almost
                      no regularization, so the model is overconfident and its fitted T is above 1)
- digits-targets.npy  int64 [899]: the validation set's true classes
- digits-targets.txt  the same, one per line (for --targets FILE)
- calibration-reference.json  every figure below, per case

The definitions (Guo et al. 2017, "On Calibration of Modern Neural Networks", and its code,
gpleiss/temperature_scaling, `_ECELoss`), in numpy, written the way a user would:
    u = z / T; lse = scipy.special.logsumexp(u, axis=1); NLL = mean(lse - u[i, t_i])
    p = scipy.special.softmax(u, axis=1); c = p.max(1); right = argmax(z) == t
    bin k holds k/B < c <= (k+1)/B, edges np.arange(B + 1) / B
    ECE = sum n_k/N |acc_k - conf_k|, MCE = max over non-empty bins, RMSCE = sqrt(sum n_k/N (acc_k - conf_k)^2)
Rows whose target is -1 are left out first.

The fitted temperature: scipy.optimize.minimize_scalar(NLL, bounds=(0.05, 20), method="bounded",
xatol=1e-12) (what a user would run; it stops near 1e-8 relative, where the NLL is flat to its
rounding), then refined to 1e-9 and better by scipy.optimize.brentq on the NLL's derivative in
beta = 1/T (mean of E_p[z] - z_t, exact), xtol 1e-15 relative; a grid of 4001 temperatures within
±2% of it confirms that no grid point has a lower NLL than the fitted one.
"""

import json
import math
import os

import numpy as np
import scipy
import scipy.optimize
import scipy.special
import sklearn
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from json_numbers import enc

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "..", "..", "Tests", "Reference", "calibration")
os.makedirs(DIR, exist_ok=True)


def kept(z, t):
    keep = t != -1
    return z[keep], t[keep]


def nll(z, t, T):
    u = z / T
    lse = scipy.special.logsumexp(u, axis=1)
    return float(np.mean(lse - u[np.arange(len(t)), t]))


def slope(z, t, beta):
    """d NLL / d beta = mean(E_p[z] - z_t), p = softmax(beta z)."""
    p = scipy.special.softmax(beta * z, axis=1)
    zz = np.where(np.isinf(z), 0.0, z)
    return float(np.mean((p * zz).sum(axis=1) - z[np.arange(len(t)), t]))


def figures(z, t, T, B):
    u = z / T
    p = scipy.special.softmax(u, axis=1)
    c = p.max(axis=1)
    right = np.argmax(z, axis=1) == t
    edges = np.arange(B + 1) / B
    n = len(t)
    bins, ece, mce, sq = [], 0.0, 0.0, 0.0
    for k in range(B):
        inside = (c > edges[k]) & (c <= edges[k + 1])
        nk = int(inside.sum())
        if nk == 0:
            bins.append({"lower": edges[k], "upper": edges[k + 1], "count": 0, "confidence": None, "accuracy": None})
            continue
        conf = float(c[inside].mean())
        acc = float(right[inside].mean())
        gap = abs(acc - conf)
        ece += nk / n * gap
        sq += nk / n * gap * gap
        mce = max(mce, gap)
        bins.append({"lower": edges[k], "upper": edges[k + 1], "count": nk, "confidence": conf, "accuracy": acc})
    return {
        "temperature": T,
        "rows": n,
        "accuracy": float(right.mean()),
        "nll": nll(z, t, T),
        "ece": ece,
        "mce": mce,
        "rmsce": math.sqrt(sq),
        "reliability": [{k: enc(v) for k, v in b.items()} for b in bins],
    }


def fit(z, t):
    """The fitted T, or the direction the NLL falls in (see the module's docstring)."""
    right_max = np.all(z[np.arange(len(t)), t] == z.max(axis=1))
    if right_max:
        return "towards_zero", None
    if slope(z, t, 1e-12) >= 0:
        return "towards_infinity", None
    res = scipy.optimize.minimize_scalar(lambda T: nll(z, t, T), bounds=(0.05, 20), method="bounded",
                                         options={"xatol": 1e-12})
    b0 = 1 / res.x
    lo, hi = b0 * 0.9, b0 * 1.1
    while slope(z, t, lo) > 0:
        lo /= 2
    while slope(z, t, hi) < 0:
        hi *= 2
    beta = scipy.optimize.brentq(lambda b: slope(z, t, b), lo, hi, xtol=1e-300, rtol=4 * np.finfo(float).eps)
    T = 1 / beta
    grid = T * np.linspace(0.98, 1.02, 4001)
    values = np.array([nll(z, t, g) for g in grid])
    best = grid[int(np.argmin(values))]
    assert abs(best - T) <= 0.04 * T / 4000 * 1.01, (best, T)
    assert nll(z, t, T) <= values.min() + 1e-15
    assert abs(res.x - T) / T < 1e-6, (res.x, T)
    return "value", {"temperature": T, "minimize_scalar": float(res.x), "grid_best": float(best),
                     "grid_step": float(grid[1] - grid[0])}


def case(name, source, z, t, temperatures, bins):
    zk, tk = kept(z, t)
    kind, fitted = fit(zk, tk)
    entry = {
        "name": name,
        "source": source,
        "classes": int(z.shape[1]),
        "logits": None,
        "targets": [int(x) for x in t],
        "bins": bins,
        "at": [figures(zk, tk, T, bins) for T in temperatures],
        "fit": kind,
        "fitted": fitted,
        "at_fitted": figures(zk, tk, fitted["temperature"], bins) if fitted else None,
    }
    if z.size <= 400:
        entry["logits"] = [[enc(x) for x in row] for row in z]
    return entry


def digits_model():
    X, y = load_digits(return_X_y=True)
    Xtr, Xva, ytr, yva = train_test_split(X, y, test_size=0.5, random_state=0)
    model = LogisticRegression(C=1e4, max_iter=10000)
    model.fit(Xtr / 16.0, ytr)
    z = model.decision_function(Xva / 16.0).astype(np.float64)
    return np.ascontiguousarray(z), yva.astype(np.int64)


def main():
    z, t = digits_model()
    np.save(os.path.join(DIR, "digits-logits.npy"), z)
    np.save(os.path.join(DIR, "digits-targets.npy"), t)
    with open(os.path.join(DIR, "digits-targets.txt"), "w") as f:
        f.write("".join(f"{int(x)}\n" for x in t))

    cases = []
    src = "digits: LogisticRegression(C=1e4) validation logits, digits-logits.npy"
    cases.append(case("digits", src, z, t, [1.0, 2.5, 0.5], 15))
    cases.append(case("digits-10-bins", src, z, t, [1.0], 10))
    # Some rows without a target (-1): every third row left out.
    t_some = t.copy()
    t_some[::3] = -1
    cases.append(case("digits-some-targets", src + ", every third target -1", z, t_some, [1.0], 15))

    # Confidences exactly on the bin edges of B = 12: 1/4 (= 3/12), 1/3 (= 4/12), 1/2 (= 6/12) and 1
    # (four, three, two and one unmasked equal logits), each to the bin below the edge; bins 0-2,
    # 4, 5, 7-10 stay empty. Targets make some rows right, some wrong, so the NLL has a minimum.
    ninf = -np.inf
    edge_rows = np.array([
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, ninf],
        [0.0, 0.0, ninf, ninf],
        [0.0, ninf, ninf, ninf],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, ninf, ninf],
        [1.0, 0.0, -1.0, -2.0],
        [2.0, 1.0, 0.5, 0.0],
    ])
    edge_targets = np.array([1, 2, 1, 0, 0, 0, 1, 0])
    cases.append(case("edges", "confidences exactly 1/4, 1/3, 1/2, 1 with B = 12", edge_rows, edge_targets, [1.0], 12))

    # One class always right: every target is its row's argmax, so the NLL falls as T -> 0.
    right_rows = z[:20]
    cases.append(case("always-right", "the first 20 digits rows, each target its argmax",
                      right_rows, np.argmax(right_rows, axis=1), [1.0], 15))
    # Every target its row's smallest logit: the NLL falls as T -> infinity.
    cases.append(case("always-last", "the first 20 digits rows, each target its argmin",
                      right_rows, np.argmin(right_rows, axis=1), [1.0], 15))

    out = {
        "source": "scripts/reference/make_calibration_reference.py",
        "numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__,
        "cases": cases,
    }
    with open(os.path.join(DIR, "calibration-reference.json"), "w") as f:
        json.dump(out, f, indent=1, allow_nan=False)
        f.write("\n")
    d = cases[0]
    print(f"digits: {z.shape}, accuracy {d['at'][0]['accuracy']:.4f}, NLL {d['at'][0]['nll']:.6f}, "
          f"ECE {d['at'][0]['ece']:.6f}, fitted T {d['fitted']['temperature']:.9f}")


if __name__ == "__main__":
    main()
