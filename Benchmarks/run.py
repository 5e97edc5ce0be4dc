#!/usr/bin/env python3
"""Benchmark allot (GLPK) against HiGHS and CBC on generated scenarios, test-only tooling.

    python3 Benchmarks/run.py [--scales 23,120,2000,10000] [--seeds 1,2,3]
                              [--gap 1e-4] [--time-limit 300] [--deadline 2000=3,10000=10]
                              [--allot .build/release/allot] [--out FILE.md] [--json FILE.json]
                              [--keep-dir DIR]

For each scale and seed, Benchmarks/generate.py writes a scenario
(23 mentors/10 agendas, 120/15, 2,000/40 with caps up to 20, 10,000/60 with
caps up to 20). Then, one process at a time, never in parallel:

- allot:  `allot solve FILE --format json --gap G --time-limit T --ladder 0`
- HiGHS:  `python3 Benchmarks/peers.py --solver highs FILE --gap G --time-limit T`
- CBC:    `python3 Benchmarks/peers.py --solver cbc FILE --gap G --time-limit T`
- deadline (scales with a --deadline only): `allot solve FILE --time-limit D --ladder 0 --format json`

The peers solve the DESIGN §2 model built by Tools/crosscheck/reference.py, not
allot's Swift code (see peers.py). allot also runs its cheapest-among-optimal
tie-break once the optimum is proven, as the product does; the peers stop at
the first-stage optimum.

Measured per run: wall time from process start to exit (process start, scenario
reading, model building and solving, as a user sees it); peak RSS from
`/usr/bin/time -f %M` (the waited-for process), and for the peers also peers.py's
own getrusage figure, which covers the cbc executable that PuLP starts as a
grandchild; the larger is kept. A run that outlives T + 60 s (D + 60 s for the
deadline row) is killed with its whole process group and recorded as "timeout".

Prints one Markdown table (median wall time over seeds, largest peak RSS,
statuses, objectives and gaps per seed, and whether the solvers that proved a
result agree on each seed: all infeasible, or all optimal with objectives within
relative G + 1e-6; a solver stopped by a limit proves nothing and is left out),
also to --out if given; raw per-run results go to --json.
Exit status 1 when the solvers disagree or a peer's allocation breaks a rule.

Requires: pip install highspy pulp pyyaml; /usr/bin/time (GNU time).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GENERATE = os.path.join(HERE, "generate.py")
PEERS = os.path.join(HERE, "peers.py")

# mentors -> (agendas, --max-cap), as in generate.py's docstring
SCALES = {23: (10, 8), 120: (15, 8), 2000: (40, 20), 10000: (60, 20)}
DEFAULT_DEADLINES = "2000=3,10000=10"
GRACE = 60.0  # seconds a run may take beyond its own time limit before it is killed

SOLVERS = ("allot", "highs", "cbc")
LABELS = {"allot": "allot (GLPK)", "highs": "HiGHS (highspy)", "cbc": "CBC (PuLP)"}


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------

def int_list(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def parse_deadlines(text: str) -> dict[int, float]:
    """'2000=3,10000=10' -> {2000: 3.0, 10000: 10.0}; 'off' -> {}."""
    if text.strip().lower() in ("off", "none", ""):
        return {}
    out = {}
    for part in text.split(","):
        scale, _, seconds = part.partition("=")
        if not seconds:
            raise argparse.ArgumentTypeError(f"--deadline wants SCALE=SECONDS, got {part!r}")
        out[int(scale)] = float(seconds)
    return out


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", type=int_list, default=[23, 120, 2000, 10000],
                    help="mentor counts, from 23,120,2000,10000 (default all)")
    ap.add_argument("--seeds", type=int_list, default=[1, 2, 3], help="generator seeds (default 1,2,3)")
    ap.add_argument("--gap", type=float, default=1e-4, help="relative MIP gap G (default 1e-4)")
    ap.add_argument("--time-limit", type=float, default=300.0, help="per-solve limit T, s (default 300)")
    ap.add_argument("--deadline", type=parse_deadlines, default=parse_deadlines(DEFAULT_DEADLINES),
                    help="allot deadline rows, SCALE=SECONDS,… or off (default %s)" % DEFAULT_DEADLINES)
    ap.add_argument("--allot", default=os.path.join(REPO, ".build", "release", "allot"),
                    help="allot binary (default .build/release/allot)")
    ap.add_argument("--out", help="also write the Markdown table to this file")
    ap.add_argument("--json", help="write raw per-run results to this JSON file")
    ap.add_argument("--keep-dir", help="write the generated scenarios here and keep them "
                    "(default: a temporary folder, removed at the end)")
    args = ap.parse_args(argv)
    unknown = [s for s in args.scales if s not in SCALES]
    if unknown:
        ap.error(f"unknown scale(s) {unknown}; choose from {sorted(SCALES)}")
    if not os.access(args.allot, os.X_OK):
        ap.error(f"no allot binary at {args.allot} (build it, or pass --allot .build/debug/allot)")
    return args


# --------------------------------------------------------------------------
# Running one process
# --------------------------------------------------------------------------

def generate(mentors: int, seed: int, folder: str) -> str:
    agendas, max_cap = SCALES[mentors]
    path = os.path.join(folder, f"generated-{mentors}-seed{seed}.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        subprocess.run([sys.executable, GENERATE, "--mentors", str(mentors), "--agendas", str(agendas),
                        "--max-cap", str(max_cap), "--seed", str(seed)],
                       stdout=fh, check=True, timeout=600)
    return path


def read_peak_kib(path: str):
    """Last line of /usr/bin/time -o: %M (KiB); earlier lines may say 'Command exited with…'."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = [ln.strip() for ln in fh if ln.strip()]
        return int(lines[-1]) if lines else None
    except (OSError, ValueError):
        return None


def timed_run(cmd: list[str], timeout: float) -> dict:
    """Run cmd under /usr/bin/time; return wall time, exit code, stdout, stderr, peak RSS (KiB).

    The child gets its own session, so on timeout the whole group (time, the solver,
    and CBC under PuLP) is killed and nothing outlives the harness.
    """
    with tempfile.NamedTemporaryFile(prefix="allot-bench-time-", delete=False) as tf:
        time_file = tf.name
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", time_file] + cmd,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            timed_out = True
        wall = time.perf_counter() - start
        return {"wall_seconds": wall, "exit_code": proc.returncode, "timed_out": timed_out,
                "stdout": out, "stderr": err, "peak_rss_kib": read_peak_kib(time_file)}
    finally:
        os.unlink(time_file)


def parse_json(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return None


def outcome(raw: dict, doc) -> dict:
    """Common fields of a run record from the process result and its JSON (or None)."""
    rec = {"wall_seconds": raw["wall_seconds"], "exit_code": raw["exit_code"],
           "peak_rss_kib": raw["peak_rss_kib"]}
    if raw["timed_out"]:
        rec["status"] = "timeout"
    elif doc is None or "status" not in doc:
        rec["status"] = f"error (exit {raw['exit_code']})"
        rec["stderr_tail"] = raw["stderr"][-2000:]
    else:
        rec["status"] = doc["status"]
        for key in ("objective", "gap", "spent", "scholars"):
            if doc.get(key) is not None:
                rec[key] = doc[key]
    return rec


def run_allot(binary: str, path: str, gap, time_limit: float) -> dict:
    """allot solve at gap G (None: allot's default, proven optimal) and the time limit."""
    cmd = [binary, "solve", path, "--format", "json"]
    if gap is not None:
        cmd += ["--gap", f"{gap:g}"]
    cmd += ["--time-limit", f"{time_limit:g}", "--ladder", "0"]
    raw = timed_run(cmd, time_limit + GRACE)
    doc = parse_json(raw["stdout"])
    rec = outcome(raw, doc)
    rec["command"] = cmd
    if doc:
        rec.update({k: doc[k] for k in ("solve_seconds", "model", "tie_break") if k in doc})
    return rec


def run_peer(solver: str, path: str, gap: float, time_limit: float) -> dict:
    cmd = [sys.executable, PEERS, "--solver", solver, path,
           "--gap", f"{gap:g}", "--time-limit", f"{time_limit:g}"]
    raw = timed_run(cmd, time_limit + GRACE)
    doc = parse_json(raw["stdout"])
    rec = outcome(raw, doc)
    rec["command"] = cmd
    if doc:
        # CBC is a grandchild: peers.py's getrusage covers it, /usr/bin/time does not.
        rec["peak_rss_kib"] = max(filter(None, [rec["peak_rss_kib"], doc.get("peak_rss_kib")]),
                                  default=None)
        rec.update({k: doc[k] for k in ("read_seconds", "build_seconds", "solve_seconds", "model",
                                          "solver_objective", "feasible", "violations", "detail")
                    if k in doc})
    return rec


# --------------------------------------------------------------------------
# Summary
# --------------------------------------------------------------------------

def fmt_num(v, spec=".9g") -> str:
    return "—" if v is None else format(v, spec)


def status_summary(statuses: list[str]) -> str:
    """'optimal ×3' when all alike, else the statuses in seed order."""
    if len(set(statuses)) == 1:
        return f"{statuses[0]} ×{len(statuses)}"
    return ", ".join(statuses)


DECIDED = ("optimal", "infeasible")  # statuses that are proofs, so must be the same for all solvers


def agreement(runs: list[dict], scale: int, seeds: list[int], gap: float) -> dict:
    """Per seed: True/False when at least two solvers proved a result, else None.

    Proofs agree when all say infeasible, or all say optimal with objectives
    within relative G + 1e-6 (each is within G of the true optimum). Solvers
    stopped by a limit prove nothing and are left out.
    """
    out = {}
    for seed in seeds:
        proven = [r for r in runs if r["scale"] == scale and r["seed"] == seed
                  and r["solver"] in SOLVERS and r["status"] in DECIDED]
        statuses = {r["status"] for r in proven}
        if len(proven) < 2:
            out[seed] = None
        elif statuses != {"optimal"}:
            out[seed] = statuses == {"infeasible"}
        else:
            objs = [r["objective"] for r in proven]
            tol = (gap + 1e-6) * max(1.0, max(abs(v) for v in objs))
            out[seed] = max(objs) - min(objs) <= tol
    return out


def agreement_text(per_seed: dict) -> str:
    bad = [s for s, ok in per_seed.items() if ok is False]
    checked = [s for s, ok in per_seed.items() if ok is not None]
    if bad:
        return "**NO** (seed " + ", ".join(map(str, bad)) + ")"
    if not checked:
        return "n/a (under two proofs)"
    return f"yes ({len(checked)}/{len(per_seed)} seeds)"


def table_row(scale: int, label: str, runs: list[dict], agree: str) -> str:
    walls = [r["wall_seconds"] for r in runs]
    peaks = [r["peak_rss_kib"] for r in runs if r.get("peak_rss_kib")]
    cells = [f"{scale:,}", label, f"{statistics.median(walls):.2f}",
             f"{max(peaks) / 1024:.0f}" if peaks else "—",
             status_summary([r["status"] for r in runs]),
             " / ".join(fmt_num(r.get("objective")) for r in runs),
             " / ".join(fmt_num(r.get("gap"), ".2g") for r in runs),
             agree]
    return "| " + " | ".join(cells) + " |"


def tie_break_notes(runs: list[dict]) -> list[str]:
    """A note when allot's tie-break (a second solve the peers do not run) hit the time limit:
    its wall time then includes up to the whole limit spent on that stage."""
    cut = [f"{r['scale']}/seed {r['seed']}" + (" (deadline)" if r["solver"] == "deadline" else "")
           for r in runs if r.get("tie_break") not in (None, "cheapest_among_optimal", "not_applicable")]
    if not cut:
        return []
    return ["", "allot's cheapest-among-optimal tie-break did not finish within the time limit in "
            f"{len(cut)} run(s) ({', '.join(cut)}; `tie_break` in the JSON): those wall times "
            "include a second solve that the peers do not run."]


def markdown(runs: list[dict], args, env: dict) -> tuple[str, list[str]]:
    """The Markdown report and the list of problems to flag loudly."""
    lines = [f"allot benchmark, {env['date']}: gap {args.gap:g}, time limit {args.time_limit:g} s, "
             f"seeds {','.join(map(str, args.seeds))}; {env['cpus']} CPUs; allot {env['allot_version']} "
             f"({args.allot}); HiGHS {env['highspy']}; PuLP {env['pulp']} (bundled CBC); "
             f"Python {env['python']}.", "",
             "Wall time: whole process, median over seeds. Peak RSS: largest over seeds. "
             "Objectives and gaps in seed order.", "",
             "| mentors | solver | median wall (s) | max peak RSS (MiB) | statuses "
             "| objective per seed | gap per seed | objectives agree |",
             "|---:|---|---:|---:|---|---|---|---|"]
    problems = []
    for scale in args.scales:
        per_seed = agreement(runs, scale, args.seeds, args.gap)
        for seed, ok in per_seed.items():
            if ok is False:
                found = {r["solver"]: (r["status"], r.get("objective")) for r in runs
                         if r["scale"] == scale and r["seed"] == seed and r["solver"] in SOLVERS}
                problems.append(f"SOLVERS DISAGREE at {scale} mentors, seed {seed}: {found}")
        for solver in SOLVERS + ("deadline",):
            mine = [r for r in runs if r["scale"] == scale and r["solver"] == solver]
            if not mine:
                continue
            for r in mine:
                if r.get("feasible") is False:
                    problems.append(f"{solver} allocation breaks a rule at {scale} mentors, seed "
                                    f"{r['seed']}: {r.get('violations')}")
            if solver == "deadline":
                label, agree = f"allot, --time-limit {mine[0]['deadline']:g}, gap 0", "—"
            else:
                label, agree = LABELS[solver], agreement_text(per_seed)
            lines.append(table_row(scale, label, mine, agree))
    lines += tie_break_notes(runs)
    if problems:
        lines += [""] + [f"**{p}**" for p in problems]
    return "\n".join(lines) + "\n", problems


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def environment(allot: str) -> dict:
    import importlib.metadata as md

    try:
        version = subprocess.run([allot, "--version"], capture_output=True, text=True,
                                 timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        version = "?"
    return {"date": datetime.datetime.now().isoformat(timespec="seconds"), "cpus": os.cpu_count(),
            "machine": platform.platform(), "allot_version": version or "?",
            "highspy": md.version("highspy"), "pulp": md.version("pulp"),
            "python": platform.python_version()}


def plan(args) -> list[tuple]:
    """(scale, seed, solver) in the order they run; the deadline row after the three solvers."""
    steps = []
    for scale in args.scales:
        for seed in args.seeds:
            steps += [(scale, seed, s) for s in SOLVERS]
            if scale in args.deadline:
                steps.append((scale, seed, "deadline"))
    return steps


def run_one(scale: int, seed: int, solver: str, path: str, args) -> dict:
    if solver == "allot":
        rec = run_allot(args.allot, path, args.gap, args.time_limit)
    elif solver == "deadline":
        rec = run_allot(args.allot, path, None, args.deadline[scale])
        rec["deadline"] = args.deadline[scale]
    else:
        rec = run_peer(solver, path, args.gap, args.time_limit)
    return {"scale": scale, "seed": seed, "solver": solver, "scenario": path, **rec}


def save_json(path: str, args, env: dict, runs: list[dict]) -> None:
    """Written after every run, so an interrupted benchmark keeps what it measured."""
    settings = {"gap": args.gap, "time_limit": args.time_limit, "seeds": args.seeds,
                "scales": args.scales, "deadline": args.deadline, "allot": args.allot}
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"settings": settings, "environment": env, "runs": runs}, fh, indent=2)
        fh.write("\n")
    os.replace(tmp, path)


def benchmark(args, env: dict, folder: str) -> list[dict]:
    runs, scenarios = [], {}
    steps = plan(args)
    for i, (scale, seed, solver) in enumerate(steps, 1):
        if (scale, seed) not in scenarios:
            scenarios[(scale, seed)] = generate(scale, seed, folder)
        rec = run_one(scale, seed, solver, scenarios[(scale, seed)], args)
        runs.append(rec)
        peak = rec["peak_rss_kib"] / 1024 if rec.get("peak_rss_kib") else float("nan")
        print(f"[{i}/{len(steps)}] {scale} mentors, seed {seed}, {solver}: {rec['status']}, "
              f"objective {fmt_num(rec.get('objective'))}, {rec['wall_seconds']:.2f} s, {peak:.0f} MiB",
              file=sys.stderr, flush=True)
        if args.json:
            save_json(args.json, args, env, runs)
    return runs


def main(argv=None) -> int:
    args = parse_args(argv)
    env = environment(args.allot)
    if args.keep_dir:
        os.makedirs(args.keep_dir, exist_ok=True)
        runs = benchmark(args, env, args.keep_dir)
    else:
        with tempfile.TemporaryDirectory(prefix="allot-bench-") as folder:
            runs = benchmark(args, env, folder)
    report, problems = markdown(runs, args, env)
    sys.stdout.write(report)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(report)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
