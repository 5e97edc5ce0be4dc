#!/usr/bin/env python3
"""Brute-force oracle for tiny scenarios, used to test reference.py itself.

Enumerates every slot vector n[m] in 0..cap, keeps the feasible ones (by the
plain-Python evaluator in reference.py), and returns the optimum value and
the cheapest spend among allocations within the tie window.

    python3 bruteforce.py --count 500      # compare with reference.py on tiny scenarios
"""

from __future__ import annotations

import argparse
import itertools
import sys

import generate
import reference


def brute(scn: dict) -> dict:
    model = reference.normalise(scn)
    ids = sorted(model["mentors"])
    ranges = [range(model["mentors"][m]["cap"] + 1) for m in ids]
    best = None
    feas = []
    for combo in itertools.product(*ranges):
        alloc = dict(zip(ids, combo))
        ev = reference.evaluate(model, alloc)
        if not ev["feasible"]:
            continue
        feas.append((ev["objective"], ev["spent"], alloc))
        if best is None or ev["objective"] > best:
            best = ev["objective"]
    if best is None:
        return {"status": "infeasible"}
    thr = best - reference.TIE_REL * max(1.0, abs(best))
    cheapest = min(s for v, s, _ in feas if v >= thr)
    return {"status": "optimal", "objective": best, "spent": cheapest}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    bad = 0
    statuses = {}
    for s in range(args.seed, args.seed + args.count):
        scn = generate.generate(s, tiny=True)
        b = brute(scn)
        r = reference.solve(scn)
        statuses[b["status"]] = statuses.get(b["status"], 0) + 1
        ok = b["status"] == r["status"]
        if ok and b["status"] == "optimal":
            ok = abs(b["objective"] - r["objective"]) <= 1e-6 * max(1, abs(b["objective"])) \
                and abs(b["spent"] - r["spent"]) <= 1e-6 * max(1, abs(b["spent"]))
        if not ok:
            bad += 1
            print(f"seed {s}: brute {b} reference {r}")
    print(f"statuses: {statuses}")
    print(f"{args.count - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
