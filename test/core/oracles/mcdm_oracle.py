#!/usr/bin/env python3
"""Independent numpy oracle for the issue 10 functions, run inside jest (test/core/support/mcdm-oracle.ts).

usage: python3 mcdm_oracle.py < cases.json  -> JSON list of results on stdout, one per case.

Each case is {"fn": name, ...arguments}. Written from the definitions (issue 10, ../shared/method.md),
without the add-in's code, in numpy's idiom (whole-matrix operations, np.corrcoef, np.linalg.eig,
np.linalg.solve), so it shares no algorithmic shortcut with src/core:
  critic      CRITIC weights (Diakoulaki et al. 1995): min-max with directions, std (ddof=1), corrcoef
  topsis      closeness (Hwang & Yoon 1981): "vector" or "minmax" normalization
  ccd         coupling C, T, D per row: "standard" or "adjusted" (Wang et al. 2021)
  ccdlevel    class 0..9 of D by np.digitize on (a, b] intervals
  game        game-theory combination: solve([a.a a.e; e.a e.e], (a.a, e.e)), |alpha|/sum|alpha|
  ahpgroup    weighted geometric mean of the experts' matrices
  ahpsuggest  eigenvector w, eps = a_ij w_j / w_i, worst |ln eps| first, suggestion, CR after
"""
import itertools
import json
import math
import sys

import numpy as np

SAATY_RI = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]


def minmax(x, d):
    x = np.asarray(x, float)
    lo, hi = x.min(axis=0), x.max(axis=0)
    span = np.where(hi > lo, hi - lo, 1.0)
    z = np.where(np.asarray(d) > 0, (x - lo) / span, (hi - x) / span)
    return np.where(hi > lo, z, 1.0)


def critic(data, directions):
    z = minmax(data, directions)
    sd = z.std(axis=0, ddof=1)
    varies = sd > 0
    c = np.zeros(z.shape[1])
    r = np.corrcoef(z[:, varies].T)
    c[varies] = sd[varies] * (1 - r).sum(axis=0)
    return (c / c.sum()).tolist()


def topsis(data, weights, directions, normalization):
    x = np.asarray(data, float)
    w = np.asarray(weights, float) / np.sum(weights)
    d = np.asarray(directions)
    if normalization == "vector":
        r = x / np.linalg.norm(x, axis=0)
        v = r * w
        best = np.where(d > 0, v.max(axis=0), v.min(axis=0))
        worst = np.where(d > 0, v.min(axis=0), v.max(axis=0))
    else:
        v = minmax(x, d) * w
        best, worst = v.max(axis=0), v.min(axis=0)
    dp = np.linalg.norm(v - best, axis=1)
    dm = np.linalg.norm(v - worst, axis=1)
    return (dm / (dp + dm)).tolist()


def ccd(systems, weights, variant):
    u = np.asarray(systems, float)
    k = u.shape[1]
    beta = np.full(k, 1 / k) if weights is None else np.asarray(weights, float) / np.sum(weights)
    out = []
    for row in u:
        if variant == "standard":
            c = (np.prod(row) / (row.sum() / k) ** k) ** (1 / k)
        else:
            pairs = list(itertools.combinations(range(k), 2))
            c1 = 1 - sum(abs(row[i] - row[j]) for i, j in pairs) / len(pairs)
            c2 = np.prod(row / row.max()) ** (1 / (k - 1))
            c = math.sqrt(c1 * c2)
        t = float(row @ beta)
        out.append([c, t, math.sqrt(c * t)])
    return out


def ccdlevel(d):
    return np.digitize(np.asarray(d, float), np.arange(1, 10) / 10, right=True).tolist()


def game(a, e):
    a = np.asarray(a, float) / np.sum(a)
    e = np.asarray(e, float) / np.sum(e)
    w = np.column_stack([a, e])
    s = w.T @ w
    alpha = np.abs(np.linalg.solve(s, np.diag(s)))
    return (w @ (alpha / alpha.sum())).tolist()


def ahpgroup(matrices, weights):
    a = np.asarray(matrices, float)
    lam = np.full(len(a), 1 / len(a)) if weights is None else np.asarray(weights, float) / np.sum(weights)
    return np.exp(np.tensordot(lam, np.log(a), axes=1)).tolist()


def principal(a):
    vals, vecs = np.linalg.eig(a)
    k = int(np.argmax(vals.real))
    w = np.abs(vecs[:, k].real)
    return vals[k].real, w / w.sum()


def cr(a):
    n = len(a)
    lam, _ = principal(a)
    return 0.0 if n <= 2 else (lam - n) / (n - 1) / SAATY_RI[n - 1]


def ahpsuggest(matrix, k):
    a = np.asarray(matrix, float)
    n = len(a)
    _, w = principal(a)
    rows = []
    for i, j in itertools.combinations(range(n), 2):
        eps = a[i, j] * w[j] / w[i]
        if abs(math.log(eps)) > 1e-9:
            rows.append((abs(math.log(eps)), i, j))
    rows.sort(key=lambda t: -t[0])
    out = []
    for _, i, j in rows[:k]:
        ratio = w[i] / w[j]
        intensity = min(9, max(1, math.floor((ratio if ratio >= 1 else 1 / ratio) + 0.5)))
        s = intensity if ratio >= 1 else 1 / intensity
        b = a.copy()
        b[i, j], b[j, i] = s, 1 / s
        out.append([i + 1, j + 1, a[i, j], s, cr(b)])
    return out


FUNCTIONS = {
    "critic": lambda c: critic(c["data"], c["directions"]),
    "topsis": lambda c: topsis(c["data"], c["weights"], c["directions"], c["normalization"]),
    "ccd": lambda c: ccd(c["systems"], c.get("weights"), c["variant"]),
    "ccdlevel": lambda c: ccdlevel(c["d"]),
    "game": lambda c: game(c["a"], c["e"]),
    "ahpgroup": lambda c: ahpgroup(c["matrices"], c.get("weights")),
    "ahpsuggest": lambda c: ahpsuggest(c["matrix"], c["k"]),
}

if __name__ == "__main__":
    cases = json.load(sys.stdin)
    json.dump([FUNCTIONS[c["fn"]](c) for c in cases], sys.stdout)
