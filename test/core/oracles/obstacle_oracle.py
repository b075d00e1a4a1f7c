"""Independent numpy oracle for test/core/obstacle-degree.test.ts, weighted-index.test.ts and
combine-weights.test.ts.

Run: python3 test/core/oracles/obstacle_oracle.py          (printed)
     python3 test/core/oracles/obstacle_oracle.py --json   (run inside the suite: test/core/python-oracles.test.ts)
Formulas from ../shared/method.md §1.4, §1.5 and §1.9.
"""
import json
import sys

import numpy as np

# published-vectors.md 7 (zhjx19/mathmodels docs/reference/system_evaluation.md), equal weights
U = np.array([[0.0162, 0.2720, 0.2655], [0.1782, 0.6824, 0.3721], [0.5490, 0.0593, 0.5729],
              [0.6730, 0.4812, 0.9082], [0.0207, 0.8891, 0.2017], [0.9875, 0.5573, 0.8984]])
W = np.full(3, 1 / 3)

def as_json():
    w2 = np.array([2.0, 1.0, 1.0]) / 4
    u2 = (1 - U) * w2
    unscaled = (1 - U) * W
    a = np.array([0.4, 0.3, 0.2, 0.1]); e = np.array([0.25, 0.2, 0.3, 0.25])
    return {
        "shares": (unscaled / unscaled.sum(axis=1, keepdims=True)).tolist(),
        "index": (U @ W).tolist(),
        "index211": (U @ w2).tolist(),
        "shares211": (u2 / u2.sum(axis=1, keepdims=True)).tolist(),
        "combined": {"a": a.tolist(), "e": e.tolist(), "linear06": (0.6 * a + 0.4 * e).tolist(),
                     "linear05": (0.5 * a + 0.5 * e).tolist(), "multiplicative": (a * e / (a * e).sum()).tolist(),
                     "geometric": (np.sqrt(a * e) / np.sqrt(a * e).sum()).tolist()},
    }


if __name__ == "__main__" and "--json" in sys.argv:
    print(json.dumps(as_json()))
elif __name__ == "__main__":
    np.set_printoptions(precision=15)
    unscaled = (1 - U) * W
    print("unscaled (1-x)w\n", unscaled)
    print("shares A_ij\n", unscaled / unscaled.sum(axis=1, keepdims=True))
    print("weighted index sum x w\n", U @ W)
    # unequal weights, for weighted-index.test.ts and obstacle-degree.test.ts
    w2 = np.array([2.0, 1.0, 1.0])
    print("weighted index with weights 2,1,1 (scaled)\n", U @ (w2 / w2.sum()))
    u2 = (1 - U) * (w2 / w2.sum())
    print("shares with weights 2,1,1\n", u2 / u2.sum(axis=1, keepdims=True))
    # published-vectors.md 6, combined weights
    a = np.array([0.4, 0.3, 0.2, 0.1]); e = np.array([0.25, 0.2, 0.3, 0.25])
    print("linear 0.6", 0.6 * a + 0.4 * e)
    print("linear 0.5", 0.5 * a + 0.5 * e)
    print("multiplicative", a * e / (a * e).sum())
    print("geometric", np.sqrt(a * e) / np.sqrt(a * e).sum())
