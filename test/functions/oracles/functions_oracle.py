"""Independent numpy oracle for test/functions (NORMALIZE, SUPPORT/PRESSURE with directions, OBSTACLE,
GROUPSUM on the published vectors). Formulas from ../shared/method.md §1.1, §1.5, §1.9.

Run: python3 test/functions/oracles/functions_oracle.py            (the published vectors, printed)
     python3 test/functions/oracles/functions_oracle.py --json     (cases on stdin, results on stdout;
     run inside the suite by test/functions/mixed-directions.test.ts)
"""
import json
import sys

import numpy as np

# published-vectors.md 5 ([ours]): 5 regions x 3 indicators, directions +, +, -
X = np.array([[12.3, 0.45, 310], [8.7, 0.62, 280], [15.1, 0.38, 450], [10.4, 0.55, 390], [9.8, 0.71, 260]])
D = np.array([1, 1, -1])

# published-vectors.md 7 (zhjx19/mathmodels system_evaluation.md): normalized scores, equal weights
U = np.array([[0.0162, 0.2720, 0.2655], [0.1782, 0.6824, 0.3721], [0.5490, 0.0593, 0.5729],
              [0.6730, 0.4812, 0.9082], [0.0207, 0.8891, 0.2017], [0.9875, 0.5573, 0.8984]])


def minmax(x, d, lower=0.0, upper=1.0):
    lo, hi = x.min(axis=0), x.max(axis=0)
    z = np.where(d > 0, (x - lo) / (hi - lo), (hi - x) / (hi - lo))
    return lower + (upper - lower) * z


def entropy(r, shift=0.0):
    """method.md §1.2 on the normalized r: e_j = -(1/ln n) sum p ln p, p = (r + s)/sum(r + s),
    0 ln 0 = 0; e_j = 1 when the shifted column is all 0 or all equal."""
    y = r + shift
    n = y.shape[0]
    e = np.ones(y.shape[1])
    for j in range(y.shape[1]):
        col = y[:, j]
        if col.sum() == 0 or np.all(col == col[0]):
            continue
        p = col / col.sum()
        nz = p[p > 0]
        e[j] = -(nz * np.log(nz)).sum() / np.log(n)
    return e


def obstacle(r, w):
    """method.md §1.9: A_ij = (1 - r_ij) w_j / sum_k (1 - r_ik) w_k; a row without deviation is all 0."""
    u = (1 - r) * w
    s = u.sum(axis=1, keepdims=True)
    return np.divide(u, s, out=np.zeros_like(u), where=s > 0)


def evaluate(case):
    """One case {data, directions, weights, shift, lower, upper} -> every data-taking function."""
    x = np.array(case["data"], dtype=float)
    d = np.array(case["directions"], dtype=float)
    w = np.array(case["weights"], dtype=float)
    w = w / w.sum()
    r = minmax(x, d)
    # A constant column normalizes to 1 (method.md §1.1).
    r[:, x.max(axis=0) == x.min(axis=0)] = 1.0
    e = entropy(r, case.get("shift", 0.0))
    return {
        "normalize": (case["lower"] + (case["upper"] - case["lower"]) * r).tolist(),
        "entropy": e.tolist(),
        "entropyWeights": ((1 - e) / (1 - e).sum()).tolist(),
        "support": (r @ w).tolist(),
        "obstacle": obstacle(r, w).tolist(),
    }


if __name__ == "__main__" and "--json" in sys.argv:
    with np.errstate(divide="ignore", invalid="ignore"):
        print(json.dumps([evaluate(c) for c in json.load(sys.stdin)]))
elif __name__ == "__main__":
    np.set_printoptions(precision=12, suppress=True)
    print("NORMALIZE(X, D)\n", minmax(X, D))
    print("NORMALIZE(X, D, 2, 5) row 1", minmax(X, D, 2, 5)[0])
    w = np.array([2.0, 1.0, 1.0]); w = w / w.sum()
    print("SUPPORT(X, {2,1,1}, D)\n", minmax(X, D) @ w)
    a = (1 - U) / 3
    A = a / a.sum(axis=1, keepdims=True)
    print("OBSTACLE(U, equal)\n", A)
    print("GROUPSUM(OBSTACLE(U), {x,y,x})\n", np.stack([A[:, 0] + A[:, 2], A[:, 1]], axis=1))
