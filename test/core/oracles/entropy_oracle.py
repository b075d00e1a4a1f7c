"""Independent numpy oracle for test/core/normalize.test.ts and entropy.test.ts.

Run from the repo root: python3 test/core/oracles/entropy_oracle.py   (printed; --json: run inside the
suite by test/core/python-oracles.test.ts; the shared folder is $RECC_SHARED_DIR or ../shared)
Straight from the definitions in ../shared/method.md §1.1-1.2 (two passes: p = y / sum y, then
-sum p ln p / ln n with 0 ln 0 = 0), not the one-pass form src/core/entropy.ts uses.
"""
import json
import os
import sys

import numpy as np


def minmax(x, directions):
    x = np.asarray(x, float)
    lo, hi = x.min(axis=0), x.max(axis=0)
    out = np.empty_like(x)
    for j, d in enumerate(directions):
        out[:, j] = (x[:, j] - lo[j]) / (hi[j] - lo[j]) if d == 1 else (hi[j] - x[:, j]) / (hi[j] - lo[j])
    return out


def entropy(z, shift=0.0):
    y = z + shift
    p = y / y.sum(axis=0)
    plogp = np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0)
    return -plogp.sum(axis=0) / np.log(len(z))


def weights(e):
    d = 1 - e
    return d / d.sum()


V5 = [[12.3, 0.45, 310], [8.7, 0.62, 280], [15.1, 0.38, 450], [10.4, 0.55, 390], [9.8, 0.71, 260]]


def jingjinji():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.environ.get("RECC_SHARED_DIR") or os.path.join(here, "../../../../shared")
    path = os.path.join(shared, "data/real/jingjinji_13cities_transport_2013_2017/rows_by_observation.json")
    return json.load(open(path))


# The break-it tester's matrix for large shifts (test/core/entropy.test.ts): a shift s shrinks 1 - e
# like 1/s^2, so the weights are computed in 60-digit decimal arithmetic, where nothing cancels.
SHIFT_MATRIX = [[1, 2, 10], [2, 1, 30], [3, 5, 20], [4, 4, 15]]


def decimal_weights(x, shift, digits=60):
    from decimal import Decimal, getcontext

    getcontext().prec = digits
    n = len(x)
    d = []
    for j in range(len(x[0])):
        col = [Decimal(r[j]) for r in x]
        lo, hi = min(col), max(col)
        y = [(c - lo) / (hi - lo) + Decimal(shift) for c in col]
        t = sum(y)
        d.append(1 + sum((v / t) * (v / t).ln() for v in y if v > 0) / Decimal(n).ln())
    return [float(v / sum(d)) for v in d]


def as_json():
    z = minmax(V5, [1, 1, -1])
    out = {"v5": {"normalized": z.tolist(), "into01_09": (0.1 + 0.8 * z).tolist(), "byShift": {}}, "jingjinji": {}}
    for s in (0, 0.0001, 0.01):
        e = entropy(z, s)
        out["v5"]["byShift"][str(s)] = {"e": e.tolist(), "w": weights(e).tolist()}
    data = jingjinji()
    for book in ("Ecological", "Economic", "Social"):
        e = entropy(minmax(np.array(data[book], float), [1, 1, 1, 1]))
        out["jingjinji"][book] = {"e": e.tolist(), "w": weights(e).tolist()}
    e = entropy(minmax(np.array(data["Ecological"], float), [-1, -1, -1, -1]))
    out["jingjinji"]["EcologicalCost"] = {"e": e.tolist(), "w": weights(e).tolist()}
    out["shiftOne"] = {"data": SHIFT_MATRIX, "w": decimal_weights(SHIFT_MATRIX, 1)}
    return out


if __name__ == "__main__" and "--json" in sys.argv:
    print(json.dumps(as_json()))
elif __name__ == "__main__":
    np.set_printoptions(precision=15)
    # published-vectors.md 5
    v5 = [[12.3, 0.45, 310], [8.7, 0.62, 280], [15.1, 0.38, 450], [10.4, 0.55, 390], [9.8, 0.71, 260]]
    z = minmax(v5, [1, 1, -1])
    print("vector 5 normalized\n", z)
    for s in (0, 0.0001, 0.01):
        e = entropy(z, s)
        print(f"vector 5 shift {s}: e {e} w {weights(e)}")
    # normalize.test.ts: vector 5 into [0.1, 0.9]
    print("vector 5 into [0.1, 0.9]\n", 0.1 + 0.8 * z)

    # Jingjinji, ../shared/data/real/jingjinji_13cities_transport_2013_2017
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "../../../../shared/data/real/jingjinji_13cities_transport_2013_2017/rows_by_observation.json")
    data = json.load(open(path))
    for book in ("Ecological", "Economic", "Social"):
        x = np.array(data[book], float)
        e = entropy(minmax(x, [1, 1, 1, 1]))
        print(f"{book} benefit: n {len(x)} e {e} w {weights(e)}")
    e = entropy(minmax(np.array(data["Ecological"], float), [-1, -1, -1, -1]))
    print(f"Ecological cost: e {e} w {weights(e)}")
