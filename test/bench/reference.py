#!/usr/bin/env python3
"""numpy reference for `npm run bench`: the same arithmetic as the RECC functions, on packed arrays.

Reads a job file written by test/bench/bench.ts (JSON: the cases, each naming a little-endian
float64 row-major data file that bench.ts also turned into the Excel-shaped input, so both sides
compute on bit-identical numbers), times each case (median of repeated runs after warm-up, the
same counts as the bench), writes each case's result as float64 (or uint8 label codes) next to the
data for the bench to compare, and prints one JSON object {key: {...}} on stdout.

The data are loaded (memory-mapped, then copied into RAM) before timing: numpy's time is the
arithmetic on a packed array only, while the bench's time for the registered functions includes
the coercion of Excel's arrays of rows. That difference is the point of the comparison. For the
data functions at 100000x50 the bench also asks for the end-to-end time: arrays of rows in
(np.array(list)), arrays of rows out (.tolist()), as the registered functions see them. The bench
runs this process with one BLAS/OpenMP thread (OPENBLAS_NUM_THREADS=1, OMP_NUM_THREADS=1,
MKL_NUM_THREADS=1), as our JavaScript has one thread.

Formulas: ../../../shared/method.md section 1 (min-max with directions as one division per cell, entropy weights with
0 ln 0 = 0, S = X'w with w scaled to sum 1, obstacle degrees, AHP power iteration to 1e-12 from the
uniform vector, grade levels, coupling regions).
"""
import json
import sys
import time

import numpy as np

GRADE_LABELS = np.array(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"])
REGION_LABELS = np.array(["high-value surplus", "low-value surplus", "low-value load", "high-value load"])
TOL = 1e-12


def normalize(x, dirs):
    """Min-max over all rows with directions, as method.md 1.1 states it: one division per cell,
    (x - min)/(max - min) or (max - x)/(max - min); a constant column becomes 1."""
    mn = x.min(axis=0)
    mx = x.max(axis=0)
    rng = mx - mn
    const = ~(rng > 0)
    safe = np.where(const, 1.0, rng)
    coef = np.where(dirs > 0, 1.0, -1.0)
    base = np.where(dirs > 0, mn, -mx)
    xn = x * coef
    xn -= base
    xn /= safe
    xn[:, const] = 1.0
    return xn


def entropy_weights(x, dirs):
    xn = normalize(x, dirs)
    n = xn.shape[0]
    total = xn.sum(axis=0)
    logs = np.zeros_like(xn)
    np.log(xn, out=logs, where=xn > 0)
    ylogy = np.einsum("ij,ij->j", xn, logs)  # sum_i y ln y, with 0 ln 0 = 0
    varies = (xn != xn[0]).any(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        e = -(ylogy / total - np.log(total)) / np.log(n)
    e[~varies | ~(total > 0)] = 1.0
    np.clip(e, 0.0, 1.0, out=e)
    d = 1.0 - e
    return d / d.sum()


def support(x, dirs, w):
    return normalize(x, dirs) @ (w / w.sum())


def obstacle(x, dirs, w):
    dev = 1.0 - normalize(x, dirs)
    dev *= w / w.sum()
    tot = dev.sum(axis=1, keepdims=True)
    out = np.zeros_like(dev)
    np.divide(dev, tot, out=out, where=tot > 0)
    return out


def power_iteration(a):
    n = a.shape[0]
    w = np.full(n, 1.0 / n)
    value = float(n)
    for _ in range(10000):
        nxt = a @ w
        value = nxt.sum()
        nxt /= value
        change = np.abs(nxt - w).max()
        w = nxt
        if change <= TOL:
            break
    return w, value


RI_SAATY = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]


def ahp_consistency(a):
    n = a.shape[0]
    _, lam = power_iteration(a)
    ri = RI_SAATY[n - 1]
    ci = max(0.0, (lam - n) / (n - 1))
    cr = ci / ri
    return np.array([lam, ci, ri, cr, 1.0 if cr < 0.1 else 0.0])


def check_unit(v):
    if not ((v >= 0) & (v <= 1)).all():
        raise ValueError("index values must lie in [0, 1]")


def grade(s, p, low=1 / 3, high=2 / 3):
    check_unit(s)
    check_unit(p)
    ls = (s >= low).astype(np.int8) + (s >= high)
    lp = (p >= low).astype(np.int8) + (p >= high)
    return GRADE_LABELS[3 * lp + ls]


def region(s, p):
    check_unit(s)
    check_unit(p)
    code = np.where(p < s * s, 0, np.where(p <= s, 1, np.where(p <= np.sqrt(s), 2, 3)))
    return REGION_LABELS[code]


def load(path, shape):
    # Memory-map the bench's file, then copy into RAM so timing sees a packed in-memory array.
    return np.array(np.memmap(path, dtype="<f8", mode="r", shape=tuple(shape)))


def make_call(case):
    fn = case["fn"]
    if fn in ("ENTROPYWEIGHTS", "SUPPORT", "OBSTACLE"):
        x = load(case["data"], (case["rows"], case["cols"]))
        dirs = np.array(case["directions"], dtype=np.float64)
        w = np.array(case["weights"], dtype=np.float64)
        if fn == "ENTROPYWEIGHTS":
            return lambda: entropy_weights(x, dirs)
        if fn == "SUPPORT":
            return lambda: support(x, dirs, w)
        return lambda: obstacle(x, dirs, w)
    if fn in ("AHP", "AHPCONSISTENCY"):
        a = load(case["data"], (case["rows"], case["cols"]))
        return (lambda: power_iteration(a)[0]) if fn == "AHP" else (lambda: ahp_consistency(a))
    if fn in ("GRADE", "REGION"):
        s = load(case["data"], (case["rows"],))
        p = load(case["data2"], (case["rows"],))
        return (lambda: grade(s, p)) if fn == "GRADE" else (lambda: region(s, p))
    raise ValueError("unknown function " + fn)


def make_end_to_end(case):
    """The data functions as Excel's arrays in and out: np.array(list of row lists) → the arithmetic →
    .tolist() (a column of one-element rows for SUPPORT, one row for ENTROPYWEIGHTS)."""
    fn = case["fn"]
    rows = load(case["data"], (case["rows"], case["cols"])).tolist()
    dirs = np.array(case["directions"], dtype=np.float64)
    w = np.array(case["weights"], dtype=np.float64)
    if fn == "ENTROPYWEIGHTS":
        return lambda: entropy_weights(np.array(rows), dirs).reshape(1, -1).tolist()
    if fn == "SUPPORT":
        return lambda: support(np.array(rows), dirs, w).reshape(-1, 1).tolist()
    return lambda: obstacle(np.array(rows), dirs, w).tolist()


def as_f64(result, fn):
    if fn == "GRADE":
        return _codes(result, GRADE_LABELS)
    if fn == "REGION":
        return _codes(result, REGION_LABELS)
    return np.asarray(result, dtype=np.float64)


def _codes(labels, table):
    lookup = {str(v): i for i, v in enumerate(table)}
    return np.array([lookup[str(v)] for v in labels], dtype=np.float64)


def time_case(case):
    """Median wall and CPU (process, all threads) ms per call; calls under ~5 ms run in batches.
    With "e2e", also the end-to-end median (make_end_to_end) as e2e_ms / e2e_cpu_ms."""
    timing = time_call(make_call(case), case)
    if case.get("e2e"):
        e2e = time_call(make_end_to_end(case), {**case, "out": None})
        timing["e2e_ms"] = e2e["median_ms"]
        timing["e2e_cpu_ms"] = e2e["cpu_ms"]
    return timing


def time_call(call, case):
    w0 = time.perf_counter()
    i = 0
    while i < int(case["warmup"]) or (time.perf_counter() - w0 < 0.2 and i < 100000):
        result = call()
        i += 1
    t0 = time.perf_counter_ns()
    result = call()
    once = (time.perf_counter_ns() - t0) / 1e6
    batch = 1 if once >= 5 else min(100000, int(np.ceil(5 / max(once, 1e-4))))
    wall, cpu = [], []
    for _ in range(int(case["samples"])):
        t0 = time.perf_counter_ns()
        c0 = time.process_time_ns()
        for _ in range(batch):
            result = call()
        cpu.append((time.process_time_ns() - c0) / 1e6 / batch)
        wall.append((time.perf_counter_ns() - t0) / 1e6 / batch)
    if case.get("out"):
        as_f64(result, case["fn"]).tofile(case["out"])
    return {"median_ms": float(np.median(wall)), "cpu_ms": float(np.median(cpu)), "samples_ms": wall}


def blas_info():
    try:
        cfg = np.show_config(mode="dicts")
        blas = cfg.get("Build Dependencies", {}).get("blas", {})
        return "%s %s" % (blas.get("name", "?"), blas.get("version", ""))
    except Exception:  # noqa: BLE001 - informative only
        return "unknown"


def main():
    """`reference.py JOB.json`: all cases, one JSON object out. `reference.py --serve`: one JSON
    case per stdin line, one JSON result per stdout line (the bench interleaves numpy with its own
    timing case by case, so both see the same load on a shared machine)."""
    if sys.argv[1:] == ["--serve"]:
        print(json.dumps({"_numpy": np.__version__, "_blas": blas_info()}), flush=True)
        for line in sys.stdin:
            if line.strip():
                print(json.dumps(time_case(json.loads(line))), flush=True)
        return
    with open(sys.argv[1], encoding="utf-8") as f:
        job = json.load(f)
    results = {"_numpy": np.__version__, "_blas": blas_info()}
    for case in job["cases"]:
        results[case["key"]] = time_case(case)
    json.dump(results, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
