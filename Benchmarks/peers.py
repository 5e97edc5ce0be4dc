#!/usr/bin/env python3
"""Peer solvers for the allot benchmark: HiGHS (highspy) and CBC (PuLP), test-only tooling.

    python3 Benchmarks/peers.py --solver highs|cbc SCENARIO.yaml --gap G --time-limit T
    python3 Benchmarks/peers.py --check 20      # PuLP+CBC against reference.py on 20 scenarios

Solves the first stage of the DESIGN §2 integer program (greatest value; no
cheapest-among-optimal tie-break) and prints one JSON object on stdout:

    {"solver", "status", "objective", "solver_objective", "gap", "spent", "scholars",
     "feasible", "violations", "read_seconds", "build_seconds", "solve_seconds",
     "peak_rss_kib", "model": {"variables", "integer_variables", "rows"}}

The model is not written from allot's Swift sources: scenario reading,
normalisation and the formulation are Tools/crosscheck/reference.py's
(`load_scenario`, `normalise`, `build`), imported, so HiGHS and CBC solve
exactly the model the cross-check trusts. `build` returns a solver-neutral
column/row list; this file only hands it to each solver.

"status" is optimal (proven within --gap), feasible (a limit stopped the
search with an allocation), infeasible, no_solution or error. "objective",
"spent" and "scholars" are recomputed by reference.evaluate from the rounded
allocation, so they compare directly with allot's JSON; "solver_objective" is
the solver's own figure. Exit status as allot: 0 optimal/feasible,
3 infeasible, 4 no_solution, 1 error.

"peak_rss_kib" is the larger of this Python process's peak RSS (HiGHS runs
in-process) and the peak RSS of its largest waited-for child (the cbc
executable that PuLP starts), from getrusage; see Benchmarks/README.md.

All three benchmarked solvers run single-threaded: GLPK is, PuLP starts CBC
without a threads option, and HiGHS is given threads=1.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import sys
import tempfile
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
CROSSCHECK = os.path.join(os.path.dirname(HERE), "Tools", "crosscheck")
sys.path.insert(0, CROSSCHECK)

import reference  # noqa: E402  (Tools/crosscheck/reference.py)

EXIT = {"optimal": 0, "feasible": 0, "infeasible": 3, "no_solution": 4}


# --------------------------------------------------------------------------
# HiGHS
# --------------------------------------------------------------------------

def solve_highs(lp, gap: float, time_limit: float) -> dict:
    """Solve reference's _LP (maximise lp.obj) with HiGHS; return status, columns, objective, gap."""
    import highspy
    import numpy as np

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", float(gap))
    h.setOptionValue("time_limit", float(time_limit))
    h.setOptionValue("threads", 1)
    n = len(lp.lb)
    h.addVars(n, np.array(lp.lb, dtype=np.float64), np.array(lp.ub, dtype=np.float64))
    starts, idx, val = [], [], []
    for _lb, _ub, coefs, _name in lp.rows:
        starts.append(len(idx))
        for c, v in sorted(coefs.items()):
            idx.append(c)
            val.append(v)
    h.addRows(len(lp.rows),
              np.array([r[0] for r in lp.rows], dtype=np.float64),
              np.array([r[1] for r in lp.rows], dtype=np.float64),
              len(idx), np.array(starts, dtype=np.int32),
              np.array(idx, dtype=np.int32), np.array(val, dtype=np.float64))
    h.changeColsCost(n, np.arange(n, dtype=np.int32), np.array(lp.obj, dtype=np.float64))
    ints = [i for i in range(n) if lp.integer[i]]
    h.changeColsIntegrality(len(ints), np.array(ints, dtype=np.int32),
                            np.array([highspy.HighsVarType.kInteger] * len(ints), dtype=np.uint8))
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    h.run()

    st = h.getModelStatus()
    info = h.getInfo()
    has_solution = info.primal_solution_status == highspy.SolutionStatus.kSolutionStatusFeasible
    if st == highspy.HighsModelStatus.kOptimal:
        status = "optimal"
    elif st == highspy.HighsModelStatus.kInfeasible:
        status = "infeasible"
    elif st in (highspy.HighsModelStatus.kTimeLimit, highspy.HighsModelStatus.kInterrupt,
                highspy.HighsModelStatus.kSolutionLimit, highspy.HighsModelStatus.kIterationLimit):
        status = "feasible" if has_solution else "no_solution"
    else:
        return {"status": "error", "detail": h.modelStatusToString(st)}
    out = {"status": status}
    if status in ("optimal", "feasible"):
        out["columns"] = list(h.getSolution().col_value)
        out["solver_objective"] = info.objective_function_value
        out["gap"] = abs(info.mip_gap)
    return out


# --------------------------------------------------------------------------
# PuLP + CBC
# --------------------------------------------------------------------------

def pulp_problem(lp):
    """The same _LP as a PuLP problem; columns are named c0, c1, … in _LP order."""
    import pulp

    prob = pulp.LpProblem("allot", pulp.LpMaximize)
    cols = [pulp.LpVariable(f"c{i}", lowBound=lp.lb[i], upBound=lp.ub[i],
                            cat=pulp.LpInteger if lp.integer[i] else pulp.LpContinuous)
            for i in range(len(lp.lb))]
    prob.setObjective(pulp.LpAffineExpression([(cols[i], v) for i, v in enumerate(lp.obj) if v != 0.0]))
    for r, (lb, ub, coefs, _name) in enumerate(lp.rows):
        expr = pulp.LpAffineExpression([(cols[c], v) for c, v in sorted(coefs.items())])
        # PuLP has no ranged rows: a row bounded on both sides becomes two (or one equality).
        if lb == ub:
            prob.addConstraint(pulp.LpConstraint(expr, pulp.LpConstraintEQ, rhs=ub), f"r{r}")
            continue
        if lb > -math.inf:
            prob.addConstraint(pulp.LpConstraint(expr, pulp.LpConstraintGE, rhs=lb), f"r{r}lo")
        if ub < math.inf:
            prob.addConstraint(pulp.LpConstraint(expr, pulp.LpConstraintLE, rhs=ub), f"r{r}hi")
    return prob, cols


def cbc_log_gap(path: str):
    """Relative gap from CBC's closing summary, or None when it printed no bound.

    CBC prints "Gap:" with two decimals only, so the gap is recomputed from the
    "Objective value:" and "Upper bound:" (or "Lower bound:") lines:
    |bound - objective| / |objective|, as GLPK and HiGHS define it.
    """
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    found = {}
    for line in lines:
        key, _, value = line.partition(":")
        if key.strip() in ("Objective value", "Upper bound", "Lower bound"):
            try:
                found["objective" if key.startswith("Objective") else "bound"] = float(value)
            except ValueError:
                pass
    if "objective" not in found or "bound" not in found or found["objective"] == 0.0:
        return None
    return abs(found["bound"] - found["objective"]) / abs(found["objective"])


def solve_cbc(lp, gap: float, time_limit: float) -> dict:
    """Solve reference's _LP (maximise) with the CBC bundled with PuLP."""
    import pulp

    prob, cols = pulp_problem(lp)
    with tempfile.TemporaryDirectory(prefix="allot-bench-cbc-") as tmp:
        log_path = os.path.join(tmp, "cbc.log")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # PULP_CBC_CMD's deprecation notice (PuLP 4.0)
            solver = pulp.PULP_CBC_CMD(msg=False, gapRel=float(gap), timeLimit=float(time_limit),
                                       logPath=log_path)
        try:
            prob.solve(solver)
        except pulp.PulpSolverError as err:
            return {"status": "error", "detail": str(err)}
        log_gap = cbc_log_gap(log_path)

    # PuLP reads CBC's solution file: "Optimal …" -> sol_status Optimal; "Stopped on time -
    # objective value …" -> IntegerFeasible; "Infeasible"/"Integer infeasible" -> status Infeasible.
    if prob.status == pulp.LpStatusInfeasible:
        return {"status": "infeasible"}
    if prob.sol_status == pulp.LpSolutionOptimal:
        status = "optimal"
    elif prob.sol_status == pulp.LpSolutionIntegerFeasible:
        status = "feasible"
    elif prob.sol_status == pulp.LpSolutionNoSolutionFound:
        return {"status": "no_solution"}
    else:
        return {"status": "error", "detail": f"PuLP status {pulp.LpStatus[prob.status]}"}
    return {
        "status": status,
        "columns": [v.value() or 0.0 for v in cols],
        "solver_objective": pulp.value(prob.objective),
        "gap": abs(log_gap) if log_gap is not None else (0.0 if status == "optimal" else None),
    }


# --------------------------------------------------------------------------
# One run
# --------------------------------------------------------------------------

SOLVERS = {"highs": solve_highs, "cbc": solve_cbc}


def peak_rss_kib() -> int:
    """Peak RSS of this process or of its largest waited-for child (Linux: KiB)."""
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def run(solver: str, path: str, gap: float, time_limit: float) -> dict:
    t0 = time.perf_counter()
    model = reference.normalise(reference.load_scenario(path))
    t1 = time.perf_counter()
    lp, x = reference.build(model)
    t2 = time.perf_counter()
    out = {"solver": solver, "read_seconds": t1 - t0, "build_seconds": t2 - t1,
           "model": {"variables": len(lp.lb), "integer_variables": sum(lp.integer),
                     "rows": len(lp.rows)}}
    if lp.trivially_infeasible:
        res = {"status": "infeasible"}
    else:
        res = SOLVERS[solver](lp, gap, time_limit)
    out["solve_seconds"] = time.perf_counter() - t2
    columns = res.pop("columns", None)
    out.update(res)
    if columns is not None:
        ev = reference.evaluate(model, reference._alloc_from(x, columns))
        out.update(objective=ev["objective"], spent=ev["spent"], scholars=ev["scholars"],
                   feasible=ev["feasible"], violations=ev["violations"])
    out["peak_rss_kib"] = peak_rss_kib()
    return out


# --------------------------------------------------------------------------
# Check against reference.py
# --------------------------------------------------------------------------

def check(count: int, first_seed: int, solver: str) -> int:
    """Solve feasible crosscheck scenarios at gap 0 with `solver` and reference.py; compare optima."""
    import generate as crossgen  # Tools/crosscheck/generate.py

    agree = compared = 0
    seed = first_seed
    with tempfile.TemporaryDirectory(prefix="allot-bench-check-") as tmp:
        while compared < count:
            path = os.path.join(tmp, f"s{seed}.yaml")
            crossgen.write(crossgen.generate(seed), path)
            ref = reference.solve(reference.load_scenario(path), tiebreak=False)
            if ref["status"] == "optimal":
                mine = run(solver, path, 0.0, 300.0)
                ok = (mine["status"] == "optimal" and mine.get("feasible")
                      and abs(mine["objective"] - ref["value_optimum"])
                      <= 1e-6 * max(1.0, abs(ref["value_optimum"])))
                compared += 1
                agree += bool(ok)
                print(f"seed {seed}: reference {ref['value_optimum']:.6f}  {solver} "
                      f"{mine.get('objective', float('nan')):.6f} {mine['status']}"
                      f"{'' if ok else '  MISMATCH'}")
            else:
                print(f"seed {seed}: reference {ref['status']}, skipped")
            seed += 1
    print(f"{agree}/{compared} optima agree ({solver} vs reference.py, relative 1e-6)")
    return 0 if agree == compared else 1


def json_stdout():
    """Keep stdout for our JSON alone: solvers' own writes to fd 1 (HiGHS prints a banner
    when created, whatever output_flag says) go to stderr instead."""
    sys.stdout.flush()
    keep = os.dup(1)
    os.dup2(2, 1)
    return os.fdopen(keep, "w")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scenario", nargs="?")
    ap.add_argument("--solver", choices=sorted(SOLVERS), default="cbc")
    ap.add_argument("--gap", type=float, default=1e-4, help="relative MIP gap (default 1e-4)")
    ap.add_argument("--time-limit", type=float, default=300.0, help="seconds (default 300)")
    ap.add_argument("--check", type=int, metavar="N",
                    help="compare --solver with reference.py on N feasible Tools/crosscheck scenarios")
    ap.add_argument("--first-seed", type=int, default=1, help="first seed for --check (default 1)")
    args = ap.parse_args(argv)
    if args.check is not None:
        return check(args.check, args.first_seed, args.solver)
    if not args.scenario:
        ap.error("a scenario file is required (or --check N)")
    result = json_stdout()
    try:
        out = run(args.solver, args.scenario, args.gap, args.time_limit)
    except Exception as err:  # report, never a traceback in place of JSON
        out = {"solver": args.solver, "status": "error", "detail": f"{type(err).__name__}: {err}",
               "peak_rss_kib": peak_rss_kib()}
    json.dump(out, result, indent=2)
    result.write("\n")
    result.flush()
    return EXIT.get(out["status"], 1)


if __name__ == "__main__":
    sys.exit(main())
