#!/usr/bin/env python3
"""Independent numpy computation of the RECC method (../shared/method.md §1) for the runner tests.

usage: recc_oracle.py DATA.csv CONFIG.json  -> JSON on stdout:
  {"weights": {name: w}, "rows": [{"area", "year", "S", "P", "C", "obstacles": {name: a}}], "dropped": n}

Reads the CSV with Python's csv module (lines starting with # skipped), strips spaces, float()s
the indicator cells, drops rows with a missing indicator (empty or NaN text), and computes:
min-max normalization with directions over all rows, entropy weights per system (k = 1/ln n,
0 ln 0 = 0, optional shift), S and P as weighted sums, C = P/S, support obstacle degrees.
Written without the add-in's code (only numpy), so it is an independent oracle.
"""
import csv
import json
import math
import sys

import numpy as np


def main(data_path, config_path):
    cfg = json.load(open(config_path))
    inds = cfg["indicators"]
    names = [i["name"] for i in inds]
    shift = cfg.get("weighting", {}).get("entropyShift", 0) or 0
    exclude = set(cfg.get("import", {}).get("excludeAreas", []))
    with open(data_path, newline="") as f:
        lines = [l for l in f if not l.startswith("#")]
    reader = csv.DictReader(lines)
    keys, rows, dropped = [], [], 0
    for r in reader:
        area = r[cfg["areaColumn"]].strip()
        if area in exclude:
            dropped += 1
            continue
        vals = [r[n].strip() for n in names]
        if any(v == "" or v.lower() == "nan" for v in vals):
            dropped += 1
            continue
        keys.append((area, int(float(r[cfg["yearColumn"]].strip()))))
        rows.append([float(v) for v in vals])
    X = np.array(rows, dtype=float)
    n = X.shape[0]
    d = np.array([i["direction"] for i in inds], dtype=float)
    lo, hi = X.min(axis=0), X.max(axis=0)
    span = hi - lo
    Z = np.where(span > 0, np.where(d > 0, (X - lo) / np.where(span > 0, span, 1), (hi - X) / np.where(span > 0, span, 1)), 1.0)
    weights = np.zeros(len(inds))
    for role in ("support", "pressure"):
        idx = [j for j, i in enumerate(inds) if i["role"] == role]
        Y = Z[:, idx] + shift
        P = Y / Y.sum(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            plogp = np.where(P > 0, P * np.log(P), 0.0)
        e = -plogp.sum(axis=0) / math.log(n)
        const = np.all(Y == Y[0, :], axis=0)
        e = np.where(const, 1.0, e)
        dd = 1 - e
        weights[idx] = dd / dd.sum()
    sup = [j for j, i in enumerate(inds) if i["role"] == "support"]
    pre = [j for j, i in enumerate(inds) if i["role"] == "pressure"]
    S = Z[:, sup] @ weights[sup]
    Pp = Z[:, pre] @ weights[pre]
    dev = (1 - Z[:, sup]) * weights[sup]
    tot = dev.sum(axis=1, keepdims=True)
    A = np.where(tot > 0, dev / np.where(tot > 0, tot, 1), 0.0)
    out = {
        "weights": {names[j]: float(weights[j]) for j in range(len(names))},
        "dropped": dropped,
        "rows": [
            {
                "area": k[0],
                "year": k[1],
                "S": float(S[i]),
                "P": float(Pp[i]),
                "C": float(Pp[i] / S[i]) if S[i] != 0 else None,
                "obstacles": {names[sup[j]]: float(A[i, j]) for j in range(len(sup))},
            }
            for i, k in enumerate(keys)
        ],
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
