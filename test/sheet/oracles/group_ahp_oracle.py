"""Independent numpy computation of group AHP (test/sheet/live-sheet-group-ahp.test.ts).

Input (stdin, JSON): a list of cases {"matrices": [k full n×n matrices], "weights": [k] or null}.
Output (stdout, JSON): per case {"group", "weights", "cr", "expertCr"}:
  group     the weighted geometric mean of the judgements, a_ij = prod_e a^e_ij ** lambda_e with
            lambda = weights / sum(weights) (equal when null) -- AIJ, Aczel & Saaty 1983;
            Forman & Peniwati 1998;
  weights   the principal right eigenvector of the group matrix, scaled to sum 1 (Saaty 1977);
  cr        (lambda_max - n) / (n - 1) / RI(n) of the group matrix, Saaty's RI table (Saaty 1980;
            0 for n <= 2);
  expertCr  the same CR of each expert's own matrix.
"""
import json
import sys

import numpy as np

SAATY_RI = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]


def principal(a):
    vals, vecs = np.linalg.eig(a)
    k = int(np.argmax(vals.real))
    w = np.abs(vecs[:, k].real)
    return vals[k].real, w / w.sum()


def cr(a):
    n = len(a)
    if n <= 2:
        return 0.0
    lam, _ = principal(a)
    return (lam - n) / (n - 1) / SAATY_RI[n - 1]


def case(c):
    ms = np.asarray(c["matrices"], float)
    k = len(ms)
    lam = np.full(k, 1.0 / k) if c.get("weights") is None else np.asarray(c["weights"], float) / np.sum(c["weights"])
    group = np.exp(np.einsum("e,eij->ij", lam, np.log(ms)))
    _, w = principal(group)
    return {"group": group.tolist(), "weights": w.tolist(), "cr": cr(group), "expertCr": [cr(m) for m in ms]}


if __name__ == "__main__":
    json.dump([case(c) for c in json.load(sys.stdin)], sys.stdout)
