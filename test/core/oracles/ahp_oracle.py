"""Independent numpy oracle for the AHP tests (test/core/ahp-*.test.ts, random-index.test.ts).

Run: python3 test/core/oracles/ahp_oracle.py          (printed)
     python3 test/core/oracles/ahp_oracle.py --json   (run inside the suite: test/core/python-oracles.test.ts)
Eigen-decomposition by LAPACK (numpy.linalg.eig), not power iteration; geometric and arithmetic
priorities straight from their definitions (../shared/method.md §1.3).
"""
import json
import sys

import numpy as np

MATRICES = {
    # published-vectors.md 1: Saaty (2008) drinks, order coffee, wine, tea, beer, soda, milk, water
    "drinks": [[1, 9, 5, 2, 1, 1, 1/2], [1/9, 1, 1/3, 1/9, 1/9, 1/9, 1/9], [1/5, 3, 1, 1/3, 1/4, 1/3, 1/9],
               [1/2, 9, 3, 1, 1/2, 1, 1/3], [1, 9, 4, 2, 1, 2, 1/2], [1, 9, 3, 1, 1/2, 1, 1/3],
               [2, 9, 9, 3, 2, 3, 1]],
    # published-vectors.md 2: zhjx19/mathmodels docs/reference/AHP.md
    "mathmodels": [[1, 1/2, 4, 3, 3], [2, 1, 7, 5, 5], [1/4, 1/7, 1, 1/2, 1/3], [1/3, 1/5, 2, 1, 1],
                   [1/3, 1/5, 3, 1, 1]],
    # published-vectors.md 3: gluc/ahp consistent 3x3
    "consistent": [[1, 6, 3], [1/6, 1, 1/2], [1/3, 2, 1]],
    # published-vectors.md 4: BPMSG template (K. Goepel)
    "bpmsg": [[1, 5, 1/3], [1/5, 1, 1/7], [3, 7, 1]],
    # ours: a cyclic, badly inconsistent 3x3 (1 beats 2 beats 3 beats 1, each 9 times over)
    "cyclic": [[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]],
}
SAATY_RI = {3: 0.58, 4: 0.90, 5: 1.12, 7: 1.32}
ALONSO_RI = {3: 0.5245, 4: 0.8815, 5: 1.1086, 7: 1.3417}


def eigen(a):
    vals, vecs = np.linalg.eig(a)
    k = int(np.argmax(vals.real))
    v = np.abs(vecs[:, k].real)
    return vals[k].real, v / v.sum()


def geometric(a):
    g = np.exp(np.log(a).mean(axis=1))
    return g / g.sum()


def arithmetic(a):
    return (a / a.sum(axis=0)).mean(axis=1)


def as_json():
    out = {}
    for name, m in MATRICES.items():
        a = np.array(m, float)
        n = len(a)
        lam, w = eigen(a)
        ci = (lam - n) / (n - 1)
        out[name] = {"lambdaMax": lam, "ci": ci, "crSaaty": ci / SAATY_RI[n], "crAlonso": ci / ALONSO_RI[n],
                     "eigen": w.tolist(), "geometric": geometric(a).tolist(), "arithmetic": arithmetic(a).tolist()}
    out["alonsoRI"] = {str(n): (1.7699 * n - 4.3513) / (n - 1) for n in (16, 20)}
    return out


if __name__ == "__main__" and "--json" in sys.argv:
    print(json.dumps(as_json()))
elif __name__ == "__main__":
    np.set_printoptions(precision=15)
    for name, m in MATRICES.items():
        a = np.array(m, float)
        n = len(a)
        lam, w = eigen(a)
        ci = (lam - n) / (n - 1)
        print(f"{name}: lambda_max {lam!r} CI {ci!r} CR(saaty) {ci / SAATY_RI[n]!r} CR(alonso) {ci / ALONSO_RI[n]!r}")
        print("  eigen     ", w)
        print("  geometric ", geometric(a))
        print("  arithmetic", arithmetic(a))
    # Alonso & Lamata (2006) formula beyond the table
    for n in (16, 20):
        print(f"alonso RI({n}) = {(1.7699 * n - 4.3513) / (n - 1)!r}")
