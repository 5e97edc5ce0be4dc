#!/usr/bin/env python3
"""Cross-check `allot solve` against an independent HiGHS reference model.

For each seed: generate a random scenario (generate.py), run
`allot solve FILE --format json`, solve the same scenario with reference.py
(HiGHS), and compare
  - status (optimal / infeasible) and exit code,
  - objective (relative 1e-6),
  - spent of the tie-broken answer (allot promises the cheapest allocation
    among the optimal ones),
and check allot's own allocation: feasible under every DESIGN.md §1/§2 rule,
its objective, spent and scholar count recomputed by reference.evaluate equal
what allot reports, and each mentor's `value` equals the sum of its funded
slot values.  With --order-check, also that reordering the file (mentors,
agendas, locations; then interactions and pair order) leaves the allocation
unchanged.

Every mismatch prints one line `MISMATCH seed=S file=F: ...`, the scenario is
kept in --keep-dir for reproduction, and the final line is `N passed, M failed`
(exit status 1 if M > 0).

    pip install highspy pyyaml
    python3 Tools/crosscheck/crosscheck.py --count 200 [--seed 1] [--allot PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402
import reference  # noqa: E402

REL = 1e-6
EXIT_FOR_STATUS = {"optimal": 0, "feasible": 0, "infeasible": 3, "no_solution": 4}


def close(a: float, b: float, rel: float = REL) -> bool:
    return abs(a - b) <= rel * max(1.0, abs(a), abs(b))


def find_allot(explicit: str | None) -> str:
    if explicit:
        return explicit
    root = os.path.abspath(os.path.join(HERE, "..", ".."))
    for cand in (".build/release/allot", ".build/debug/allot"):
        p = os.path.join(root, cand)
        if os.path.exists(p):
            return p
    return os.path.join(root, ".build/release/allot")


def run_allot(allot: str, path: str, timeout: float):
    t0 = time.perf_counter()
    try:
        p = subprocess.run([allot, "solve", path, "--format", "json"], capture_output=True,
                           text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, "", f"timeout after {timeout}s", time.perf_counter() - t0
    dt = time.perf_counter() - t0
    try:
        data = json.loads(p.stdout) if p.stdout.strip() else None
    except json.JSONDecodeError as e:
        data = None
        return p.returncode, data, p.stdout, f"stdout is not JSON ({e}); stderr: {p.stderr.strip()}", dt
    return p.returncode, data, p.stdout, p.stderr, dt


def check_order(seed: int, scn: dict, data: dict, allot: str, workdir: str, timeout: float) -> list[str]:
    """DESIGN §2: "the order of mentors in the file changes nothing, and the
    same scenario always yields the same allocation".  Re-run allot on
    (1) a copy with mentors, agendas and locations shuffled (the letter of
    the promise) and (2) a copy that also shuffles the interactions and the
    two names inside each pair (the same scenario written differently), and
    require the identical allocation both times."""
    rng = random.Random(seed * 31 + 5)
    a1 = {m["id"]: int(m.get("slots", 0)) for m in data.get("mentors") or [] if m.get("slots")}
    problems = []
    variants = []
    v1 = dict(scn)
    for key in ("mentors", "agendas", "locations"):
        if key in v1:
            lst = list(v1[key])
            rng.shuffle(lst)
            v1[key] = lst
    variants.append(("mentors/agendas/locations shuffled", "shuffled", v1))
    if scn.get("interactions"):
        v2 = dict(v1)
        inter = [{**it, "mentors": list(reversed(it["mentors"])) if rng.random() < 0.5 else list(it["mentors"])}
                 for it in scn["interactions"]]
        rng.shuffle(inter)
        v2["interactions"] = inter
        variants.append(("interactions also shuffled/pairs swapped", "shuffled2", v2))
    for label, tag, variant in variants:
        fname = f"seed-{seed}.{tag}.yaml"
        generate.write(variant, os.path.join(workdir, fname))
        rc, d2, _o, err, _dt = run_allot(allot, os.path.join(workdir, fname), timeout)
        if d2 is None:
            problems.append(f"order check ({label}): allot gave exit {rc}: {err.strip()[:200]}")
            continue
        a2 = {m["id"]: int(m.get("slots", 0)) for m in d2.get("mentors") or [] if m.get("slots")}
        if d2.get("status") != data.get("status") or a1 != a2:
            diff = {k: (a1.get(k, 0), a2.get(k, 0)) for k in sorted(set(a1) | set(a2)) if a1.get(k, 0) != a2.get(k, 0)}
            problems.append(
                f"order check ({label}) changed the allocation: objective {data.get('objective')} -> "
                f"{d2.get('objective')}, spent {data.get('spent')} -> {d2.get('spent')}, "
                f"slots (original, reordered) {diff} (reordered copy kept as {fname})")
    return problems


def check_one(seed: int, allot: str, workdir: str, timeout: float, stats: dict,
              order_check: bool = False, source: str | None = None) -> list[str]:
    """Return a list of problems (empty when allot and the reference agree).
    With `source`, check that scenario file instead of generating one."""
    if source is None:
        scn = generate.generate(seed)
        ext = ".json" if random.Random(seed * 7919 + 1).random() < 0.1 else ".yaml"
        path = os.path.join(workdir, f"seed-{seed}{ext}")
        generate.write(scn, path)
    else:
        scn = reference.load_scenario(source)
        path = os.path.join(workdir, f"seed-{seed}" + (".json" if source.endswith(".json") else ".yaml"))
        shutil.copy(source, path)

    rc, data, _out, err, dt_allot = run_allot(allot, path, timeout)
    stats["allot_wall"] += dt_allot
    t0 = time.perf_counter()
    ref = reference.solve(scn)
    stats["highs_wall"] += time.perf_counter() - t0
    stats["ref_status"][ref["status"]] = stats["ref_status"].get(ref["status"], 0) + 1

    problems: list[str] = []
    if rc is None:
        stats["timeouts"].append(seed)
        return [f"allot did not finish: {err} (reference: {ref['status']}, "
                f"{ref.get('time_stage1', 0) + ref.get('time_stage2', 0):.1f}s in HiGHS)"]
    if rc == 65:
        first = " | ".join(l for l in err.strip().splitlines()[:6])
        return [f"allot rejected the scenario as invalid (exit 65): {first}"]
    if data is None:
        return [f"allot exit {rc}, no JSON on stdout: {err.strip()[:400]}"]
    if isinstance(data.get("solve_seconds"), (int, float)):
        stats["allot_solve_seconds"] += float(data["solve_seconds"])

    st = data.get("status")
    if st in EXIT_FOR_STATUS and rc != EXIT_FOR_STATUS[st]:
        problems.append(f"exit code {rc} does not match status {st!r} (expected {EXIT_FOR_STATUS[st]})")
    if ref["status"] not in ("optimal", "infeasible"):
        problems.append(f"reference could not decide: {ref['status']} {ref.get('violations', '')}")
        return problems

    if st != ref["status"]:
        msg = f"status: allot {st!r} vs reference {ref['status']!r}"
        if ref["status"] == "optimal":
            msg += f" (reference objective {ref['objective']:.9g}, spent {ref['spent']:.9g}, alloc {compact(ref['mentors'])})"
        if st == "optimal" or st == "feasible":
            msg += f" (allot objective {data.get('objective')}, spent {data.get('spent')})"
        problems.append(msg)
        # still audit an allot allocation claimed feasible
    if st in ("optimal", "feasible"):
        problems += audit_allocation(scn, data)
    if st == "optimal" and ref["status"] == "optimal":
        ao, asp = float(data.get("objective", float("nan"))), float(data.get("spent", float("nan")))
        if not close(ao, ref["objective"]):
            problems.append(f"objective: allot {ao:.9g} vs reference {ref['objective']:.9g} "
                            f"(diff {ao - ref['objective']:+.6g}); reference alloc {compact(ref['mentors'])}")
        elif not close(asp, ref["spent"]):
            problems.append(f"tie-break spent: allot {asp:.9g} vs reference cheapest-optimal {ref['spent']:.9g} "
                            f"(objective {ref['objective']:.9g}; allot tie_break={data.get('tie_break')!r}); "
                            f"reference alloc {compact(ref['mentors'])}; allot alloc "
                            f"{compact({m['id']: int(m.get('slots', 0)) for m in data.get('mentors') or []})}")
    if order_check and not problems and st in ("optimal", "infeasible"):
        problems += check_order(seed, scn, data, allot, workdir, timeout)
    return problems


def compact(alloc: dict) -> str:
    return "{" + ", ".join(f"{k}:{v}" for k, v in sorted(alloc.items()) if v) + "}"


def audit_allocation(scn: dict, data: dict) -> list[str]:
    problems = []
    model = reference.normalise(scn)
    alloc = {}
    for m in data.get("mentors") or []:
        alloc[m["id"]] = int(m.get("slots", 0))
    ev = reference.evaluate(model, alloc)
    if not ev["feasible"]:
        problems.append("allot allocation violates: " + "; ".join(ev["violations"]) + f" alloc {compact(alloc)}")
    ao = data.get("objective")
    if ao is None or not close(float(ao), ev["objective"]):
        problems.append(f"allot reports objective {ao} but its allocation is worth {ev['objective']:.9g} "
                        f"(slots {ev['slot_value']:.9g} + interactions {ev['interaction_value']:.9g} "
                        f"+ returns {ev['returns_value']:.9g})")
    sp = data.get("spent")
    if sp is None or not close(float(sp), ev["spent"]):
        problems.append(f"allot reports spent {sp} but its allocation costs {ev['spent']:.9g}")
    sc = data.get("scholars")
    if sc is None or int(sc) != ev["scholars"]:
        problems.append(f"allot reports {sc} scholars but its allocation has {ev['scholars']}")
    for m in data.get("mentors") or []:
        mid = m["id"]
        if mid not in model["mentors"]:
            continue
        k = int(m.get("slots", 0))
        want = sum(model["mentors"][mid]["values"][:k])
        if "value" in m and not close(float(m["value"]), want):
            problems.append(f"mentor {mid}: reported value {m['value']} != sum of its {k} slot values {want:.9g}")
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description="Cross-check allot against a HiGHS reference model.")
    ap.add_argument("files", nargs="*",
                    help="scenario files to check instead of generated ones (e.g. Tools/crosscheck/cases/*)")
    ap.add_argument("--count", type=int, default=100, help="number of seeds (default 100)")
    ap.add_argument("--seed", type=int, default=1, help="first seed (default 1)")
    ap.add_argument("--allot", default=None,
                    help="allot binary (default .build/release/allot, else .build/debug/allot)")
    ap.add_argument("--keep-dir", default=None,
                    help="where to keep scenarios that mismatch (default: a fresh temp dir)")
    ap.add_argument("--timeout", type=float, default=120.0, help="per-run allot timeout in seconds (default 120)")
    ap.add_argument("--order-check", action="store_true",
                    help="also re-run allot on a copy with mentors/agendas/locations/interactions shuffled "
                         "and require the identical allocation (DESIGN §2 determinism)")
    ap.add_argument("--verbose", "-v", action="store_true", help="one line per seed")
    args = ap.parse_args(argv)

    allot = find_allot(args.allot)
    if not os.path.exists(allot):
        print(f"allot binary not found: {allot} (build it, or pass --allot)", file=sys.stderr)
        return 2
    keep = args.keep_dir or tempfile.mkdtemp(prefix="allot-crosscheck-")
    os.makedirs(keep, exist_ok=True)
    stats = {"allot_wall": 0.0, "highs_wall": 0.0, "allot_solve_seconds": 0.0, "ref_status": {},
             "timeouts": []}
    passed = failed = 0
    built = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(os.path.getmtime(allot)))
    if args.files:
        jobs = list(enumerate(args.files, start=1))
        what = f"{len(jobs)} given files"
    else:
        jobs = [(seed, None) for seed in range(args.seed, args.seed + args.count)]
        what = f"seeds {args.seed}..{args.seed + args.count - 1}"
    print(f"allot: {allot} (built {built}); {what}; failing scenarios kept in {keep}")
    with tempfile.TemporaryDirectory(prefix="allot-cc-") as work:
        for seed, source in jobs:
            try:
                problems = check_one(seed, allot, work, args.timeout, stats, args.order_check, source)
            except Exception as e:  # a crash in the tooling is a failure too, never silent
                problems = [f"crosscheck error: {type(e).__name__}: {e}"]
            files = [f for f in os.listdir(work) if f.startswith(f"seed-{seed}.")]
            if problems:
                failed += 1
                kept = []
                for f in files:
                    shutil.copy(os.path.join(work, f), os.path.join(keep, f))
                    kept.append(os.path.join(keep, f))
                for p in problems:
                    where = f"file={source}" if source else f"seed={seed} file={kept[0] if kept else '?'}"
                    print(f"MISMATCH {where}: {p}", flush=True)
            else:
                passed += 1
                if args.verbose:
                    print(f"ok {source or f'seed={seed}'}", flush=True)
            for f in files:
                os.remove(os.path.join(work, f))
    print(f"reference statuses: {json.dumps(stats['ref_status'], sort_keys=True)}")
    if stats["timeouts"]:
        print(f"allot timeouts (> {args.timeout:g}s): seeds {stats['timeouts']}")
    print(f"timings: allot {stats['allot_wall']:.2f}s wall in total "
          f"({stats['allot_solve_seconds']:.2f}s reported solve time), "
          f"HiGHS reference {stats['highs_wall']:.2f}s in total (both stages, in-process)")
    if failed == 0 and not args.keep_dir:
        shutil.rmtree(keep, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
