#!/usr/bin/env python3
"""Independent reference solver for allot scenarios (test-only tooling).

Written from /work/shared/DESIGN.md §1 (scenario format, precise rules) and
§2 (the integer program), NOT from allot's Swift sources: the point is to
have a second, independent reading of the contract, solved by a different
MILP solver (HiGHS via highspy).

Usage:
    python3 reference.py SCENARIO.yaml [--no-tiebreak] [--time-limit S]

Prints JSON: {"status", "objective", "spent", "scholars", "mentors": {id: slots},
              "value_optimum", "spent_first_stage", ...}

"status" is "optimal" or "infeasible" (or "error"/"time_limit" when HiGHS
does not prove anything).  "objective"/"spent"/"scholars"/"mentors" describe
the tie-broken allocation: the cheapest allocation among those whose value
is >= optimum - 1e-9 * max(1, |optimum|).  Objective and spent are recomputed
in plain Python from the rounded integer allocation (see `evaluate`).

Requires: pip install highspy pyyaml
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time

# Tolerances used when checking an allocation against the constraints.
# Allocations are whole numbers, so any real violation is far larger.
FEAS_TOL = 1e-6
TIE_REL = 1e-9


# --------------------------------------------------------------------------
# Scenario reading and normalisation
# --------------------------------------------------------------------------

def load_scenario(path: str) -> dict:
    import yaml  # PyYAML

    with open(path, "r", encoding="utf-8") as fh:
        text = fh.read()
    if path.endswith(".json"):
        return json.loads(text)
    return yaml.safe_load(text)


def _num(x, default=0.0) -> float:
    if x is None:
        return float(default)
    return float(x)


def mentor_values(m: dict) -> tuple[int, list[float]]:
    """Return (cap, marginal values v1..v_cap) for a mentor (DESIGN §1)."""
    if "values" in m and m["values"] is not None:
        vals = [float(v) for v in m["values"]]
        cap = int(m["cap"]) if m.get("cap") is not None else len(vals)
        return cap, vals[:cap]
    curve = m["curve"]
    cap = int(m["cap"])  # cap is required with a curve
    shape = curve["shape"]
    if shape == "geometric":
        first = float(curve["first"])
        ratio = float(curve["ratio"])
        vals = [first * ratio ** (k - 1) for k in range(1, cap + 1)]
    elif shape == "linear":
        first = float(curve["first"])
        last = float(curve["last"])
        if cap == 1:
            vals = [first]
        else:
            vals = [first + (last - first) * (k - 1) / (cap - 1) for k in range(1, cap + 1)]
    elif shape == "constant":
        vals = [float(curve["value"])] * cap
    else:
        raise ValueError(f"unknown curve shape {shape!r}")
    return cap, vals


def normalise(scn: dict) -> dict:
    """Turn the raw scenario dict into a flat, fully-defaulted structure."""
    cost = scn.get("cost") or {}
    base_cost = _num(cost.get("stipend_per_month")) * _num(cost.get("months")) + _num(cost.get("per_scholar"))
    per_mentor = _num(cost.get("per_mentor"))

    locations = {}
    for loc in scn.get("locations") or []:
        locations[loc["id"]] = {
            "seats": None if loc.get("seats") is None else int(loc["seats"]),
            "extra": _num(loc.get("extra_per_scholar")),
        }

    agendas = {}
    for a in scn["agendas"]:
        agendas[a["id"]] = {
            "min_share": None if a.get("min_share") is None else float(a["min_share"]),
            "max_share": None if a.get("max_share") is None else float(a["max_share"]),
            "min_scholars": None if a.get("min_scholars") is None else int(a["min_scholars"]),
            "max_scholars": None if a.get("max_scholars") is None else int(a["max_scholars"]),
            "returns": [float(r) for r in (a.get("returns") or [])],
            "mentors": [],
        }

    mentors = {}
    for m in scn["mentors"]:
        mid = m["id"]
        cap, vals = mentor_values(m)
        raw_min = m.get("min")
        mn = 1 if raw_min is None else max(1, int(raw_min))
        loc = m.get("location")
        if m.get("cost_per_scholar") is not None:
            c = float(m["cost_per_scholar"])
        else:
            c = base_cost + (locations[loc]["extra"] if loc is not None else 0.0)
        fixed = float(m["fixed_cost"]) if m.get("fixed_cost") is not None else per_mentor
        lock = m.get("lock") or {}
        lo, hi = 0, cap
        exactly = None
        if "exactly" in lock:
            exactly = int(lock["exactly"])
            lo, hi = exactly, exactly
        if "at_least" in lock:
            lo = max(lo, int(lock["at_least"]))
        if "at_most" in lock:
            hi = min(hi, int(lock["at_most"]))
        if m.get("exclude"):
            lo, hi = 0, 0
        mentors[mid] = {
            "id": mid,
            "agenda": m["agenda"],
            "location": loc,
            "cap": cap,
            "min": mn,
            "values": vals,
            "cost": c,
            "fixed": fixed,
            "lo": lo,   # bounds on n[m] from locks / exclude
            "hi": hi,
        }
        agendas[m["agenda"]]["mentors"].append(mid)

    cohort = scn.get("cohort") or {}
    interactions = []
    for it in scn.get("interactions") or []:
        a, b = it["mentors"]
        interactions.append((a, b, float(it["value"])))

    return {
        "budget": float(scn["budget"]),
        "mentors": mentors,
        "agendas": agendas,
        "locations": locations,
        "cohort": {
            "min_scholars": None if cohort.get("min_scholars") is None else int(cohort["min_scholars"]),
            "max_scholars": None if cohort.get("max_scholars") is None else int(cohort["max_scholars"]),
            "max_mentors": None if cohort.get("max_mentors") is None else int(cohort["max_mentors"]),
        },
        "interactions": interactions,
    }


def agenda_horizon(model: dict, aid: str) -> int:
    """Largest possible head count of an agenda (sum of caps of its mentors)."""
    return sum(model["mentors"][m]["cap"] for m in model["agendas"][aid]["mentors"])


def returns_value(returns: list[float], n: int) -> float:
    """Sum of returns for the 1st..n-th scholar; the last entry repeats."""
    if not returns or n <= 0:
        return 0.0
    total = 0.0
    for j in range(1, n + 1):
        total += returns[min(j, len(returns)) - 1]
    return total


# --------------------------------------------------------------------------
# Evaluator: recompute objective / spent and check feasibility of a given
# allocation {mentor id: slots}, independent of any solver.
# --------------------------------------------------------------------------

def evaluate(model: dict, alloc: dict) -> dict:
    ms = model["mentors"]
    viol = []
    n = {}
    for mid in ms:
        n[mid] = int(alloc.get(mid, 0))
    for mid in alloc:
        if mid not in ms:
            viol.append(f"unknown mentor {mid!r} in allocation")
    value = 0.0
    spent = 0.0
    funded = 0
    N = 0
    for mid, m in ms.items():
        k = n[mid]
        if k < 0 or k > m["cap"]:
            viol.append(f"{mid}: {k} slots outside 0..cap={m['cap']}")
        if 0 < k < m["min"]:
            viol.append(f"{mid}: {k} slots below min {m['min']}")
        if k < m["lo"] or k > m["hi"]:
            viol.append(f"{mid}: {k} slots outside lock/exclude range {m['lo']}..{m['hi']}")
        value += sum(m["values"][:k])
        spent += m["cost"] * k + (m["fixed"] if k > 0 else 0.0)
        funded += 1 if k > 0 else 0
        N += k
    budget = model["budget"]
    if spent > budget + FEAS_TOL * max(1.0, budget):
        viol.append(f"budget: spent {spent} > {budget}")
    c = model["cohort"]
    if c["min_scholars"] is not None and N < c["min_scholars"]:
        viol.append(f"cohort: {N} scholars < min {c['min_scholars']}")
    if c["max_scholars"] is not None and N > c["max_scholars"]:
        viol.append(f"cohort: {N} scholars > max {c['max_scholars']}")
    if c["max_mentors"] is not None and funded > c["max_mentors"]:
        viol.append(f"cohort: {funded} mentors > max {c['max_mentors']}")
    ret = 0.0
    for aid, a in model["agendas"].items():
        na = sum(n[m] for m in a["mentors"])
        if a["min_share"] is not None and na < a["min_share"] * N - FEAS_TOL:
            viol.append(f"agenda {aid}: {na} < min_share {a['min_share']} * {N}")
        if a["max_share"] is not None and na > a["max_share"] * N + FEAS_TOL:
            viol.append(f"agenda {aid}: {na} > max_share {a['max_share']} * {N}")
        if a["min_scholars"] is not None and na < a["min_scholars"]:
            viol.append(f"agenda {aid}: {na} < min_scholars {a['min_scholars']}")
        if a["max_scholars"] is not None and na > a["max_scholars"]:
            viol.append(f"agenda {aid}: {na} > max_scholars {a['max_scholars']}")
        ret += returns_value(a["returns"], na)
    for lid, loc in model["locations"].items():
        if loc["seats"] is None:
            continue
        used = sum(n[mid] for mid, m in ms.items() if m["location"] == lid)
        if used > loc["seats"]:
            viol.append(f"location {lid}: {used} > seats {loc['seats']}")
    inter = 0.0
    for a, b, v in model["interactions"]:
        if n[a] > 0 and n[b] > 0:
            inter += v
    return {
        "feasible": not viol,
        "violations": viol,
        "objective": value + inter + ret,
        "slot_value": value,
        "interaction_value": inter,
        "returns_value": ret,
        "spent": spent,
        "scholars": N,
        "mentors_funded": funded,
    }


# --------------------------------------------------------------------------
# MILP construction (DESIGN §2, ordered-binary slot formulation)
# --------------------------------------------------------------------------

class _LP:
    def __init__(self):
        self.lb, self.ub, self.obj, self.cost, self.integer, self.names = [], [], [], [], [], []
        self.rows = []  # (lb, ub, {col: coef}, name)
        self.trivially_infeasible = []

    def var(self, name, lb, ub, obj=0.0, integer=True, cost=0.0):
        self.lb.append(float(lb))
        self.ub.append(float(ub))
        self.obj.append(float(obj))
        self.cost.append(float(cost))
        self.integer.append(integer)
        self.names.append(name)
        return len(self.lb) - 1

    def row(self, name, coefs: dict, lb=-math.inf, ub=math.inf):
        coefs = {c: v for c, v in coefs.items() if v != 0.0}
        if not coefs:
            if lb > FEAS_TOL or ub < -FEAS_TOL:
                self.trivially_infeasible.append(name)
            return
        self.rows.append((lb, ub, coefs, name))


def build(model: dict) -> tuple[_LP, dict]:
    lp = _LP()
    ms = model["mentors"]
    x = {}   # x[mid] = [col of slot 1, col of slot 2, ...]
    y = {}   # y[mid] = col of slot 1 (x[m,1] = y[m]) or None when cap 0
    for mid in sorted(ms):
        m = ms[mid]
        cols = []
        hi = min(m["cap"], m["hi"])
        for k in range(1, m["cap"] + 1):
            ub = 1.0 if k <= hi else 0.0
            cols.append(lp.var(f"x[{mid},{k}]", 0.0, ub, obj=m["values"][k - 1],
                               cost=m["cost"] + (m["fixed"] if k == 1 else 0.0)))
        x[mid] = cols
        y[mid] = cols[0] if cols else None
        # ordering x[m,k] <= x[m,k-1]; and x[m,k] = y[m] for k <= min
        for k in range(1, len(cols)):
            if k + 1 <= m["min"]:
                lp.row(f"min[{mid},{k+1}]", {cols[k]: 1.0, cols[0]: -1.0}, 0.0, 0.0)
            else:
                lp.row(f"order[{mid},{k+1}]", {cols[k]: 1.0, cols[k - 1]: -1.0}, -math.inf, 0.0)
        if m["min"] > m["cap"] and cols:
            # cannot be funded at all (only possible via validation slip)
            lp.row(f"nofund[{mid}]", {cols[0]: 1.0}, -math.inf, 0.0)
        # locks / exclude on n[m]
        ncoef = {c: 1.0 for c in cols}
        if m["lo"] > 0:
            lp.row(f"lock_lo[{mid}]", ncoef, float(m["lo"]), math.inf)
        if m["hi"] < m["cap"]:
            lp.row(f"lock_hi[{mid}]", ncoef, -math.inf, float(m["hi"]))

    def n_of(mids, scale=1.0, into=None):
        d = into if into is not None else {}
        for mid in mids:
            for c in x[mid]:
                d[c] = d.get(c, 0.0) + scale
        return d

    all_m = sorted(ms)
    # budget
    bud = {}
    for mid in all_m:
        m = ms[mid]
        for k, c in enumerate(x[mid]):
            bud[c] = bud.get(c, 0.0) + m["cost"] + (m["fixed"] if k == 0 else 0.0)
    lp.row("budget", bud, -math.inf, model["budget"])
    # cohort
    co = model["cohort"]
    Nco = n_of(all_m)
    if co["min_scholars"] is not None or co["max_scholars"] is not None:
        lp.row("cohort_scholars", Nco,
               -math.inf if co["min_scholars"] is None else float(co["min_scholars"]),
               math.inf if co["max_scholars"] is None else float(co["max_scholars"]))
    if co["max_mentors"] is not None:
        lp.row("cohort_mentors", {y[mid]: 1.0 for mid in all_m if y[mid] is not None},
               -math.inf, float(co["max_mentors"]))
    # agendas
    for aid in sorted(model["agendas"]):
        a = model["agendas"][aid]
        am = sorted(a["mentors"])
        if a["min_share"] is not None and a["min_share"] > 0:
            # n_a - min_share * N >= 0
            d = n_of(am)
            n_of(all_m, -a["min_share"], d)
            lp.row(f"min_share[{aid}]", d, 0.0, math.inf)
        if a["max_share"] is not None:
            d = n_of(am)
            n_of(all_m, -a["max_share"], d)
            lp.row(f"max_share[{aid}]", d, -math.inf, 0.0)
        if a["min_scholars"] is not None or a["max_scholars"] is not None:
            lp.row(f"agenda_abs[{aid}]", n_of(am),
                   -math.inf if a["min_scholars"] is None else float(a["min_scholars"]),
                   math.inf if a["max_scholars"] is None else float(a["max_scholars"]))
        if a["returns"]:
            H = agenda_horizon(model, aid)
            if H > 0:
                d = n_of(am, -1.0)
                for j in range(1, H + 1):
                    r = a["returns"][min(j, len(a["returns"])) - 1]
                    t = lp.var(f"t[{aid},{j}]", 0.0, 1.0, obj=r, integer=False)
                    d[t] = 1.0
                lp.row(f"returns[{aid}]", d, 0.0, 0.0)
    # seats
    for lid in sorted(model["locations"]):
        seats = model["locations"][lid]["seats"]
        if seats is None:
            continue
        lm = [mid for mid in all_m if ms[mid]["location"] == lid]
        lp.row(f"seats[{lid}]", n_of(lm), -math.inf, float(seats))
    # interactions
    for i, (a, b, v) in enumerate(model["interactions"]):
        if v == 0.0 or y[a] is None or y[b] is None:
            continue
        z = lp.var(f"z[{i}]", 0.0, 1.0, obj=v, integer=True)
        if v > 0:
            lp.row(f"z_le_a[{i}]", {z: 1.0, y[a]: -1.0}, -math.inf, 0.0)
            lp.row(f"z_le_b[{i}]", {z: 1.0, y[b]: -1.0}, -math.inf, 0.0)
        else:
            lp.row(f"z_ge[{i}]", {z: 1.0, y[a]: -1.0, y[b]: -1.0}, -1.0, math.inf)
    return lp, x


def _solve_highs(lp: _LP, sense_max: bool, obj: list, extra_row=None, time_limit=None, threads=1):
    import highspy
    import numpy as np

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 1e-9)
    h.setOptionValue("mip_feasibility_tolerance", 1e-9)
    h.setOptionValue("primal_feasibility_tolerance", 1e-9)
    h.setOptionValue("threads", threads)
    h.setOptionValue("random_seed", 0)
    if time_limit:
        h.setOptionValue("time_limit", float(time_limit))
    nc = len(lp.lb)
    # a dummy fixed column keeps the model non-empty
    lbs = list(lp.lb) + [0.0]
    ubs = list(lp.ub) + [0.0]
    h.addVars(nc + 1, np.array(lbs, dtype=np.float64), np.array(ubs, dtype=np.float64))
    rows = list(lp.rows)
    if extra_row is not None:
        rows.append(extra_row)
    if rows:
        starts, idx, val, rlb, rub = [], [], [], [], []
        for lb, ub, coefs, _ in rows:
            starts.append(len(idx))
            for c, v in sorted(coefs.items()):
                idx.append(c)
                val.append(v)
            rlb.append(lb)
            rub.append(ub)
        h.addRows(len(rows), np.array(rlb, dtype=np.float64), np.array(rub, dtype=np.float64),
                  len(idx), np.array(starts, dtype=np.int32), np.array(idx, dtype=np.int32),
                  np.array(val, dtype=np.float64))
    h.changeColsCost(nc + 1, np.arange(nc + 1, dtype=np.int32),
                     np.array(list(obj) + [0.0], dtype=np.float64))
    ints = [i for i in range(nc) if lp.integer[i]]
    if ints:
        h.changeColsIntegrality(len(ints), np.array(ints, dtype=np.int32),
                                np.array([highspy.HighsVarType.kInteger] * len(ints), dtype=np.uint8))
    h.changeObjectiveSense(highspy.ObjSense.kMaximize if sense_max else highspy.ObjSense.kMinimize)
    h.run()
    st = h.getModelStatus()
    if st == highspy.HighsModelStatus.kOptimal:
        sol = list(h.getSolution().col_value)[:nc]
        return "optimal", sol, h.getObjectiveValue()
    if st == highspy.HighsModelStatus.kInfeasible:
        return "infeasible", None, None
    if st == highspy.HighsModelStatus.kTimeLimit:
        return "time_limit", None, None
    return f"error:{h.modelStatusToString(st)}", None, None


def _alloc_from(x: dict, sol: list) -> dict:
    return {mid: int(sum(round(sol[c]) for c in cols)) for mid, cols in x.items()}


def solve(scn: dict, tiebreak: bool = True, time_limit=None) -> dict:
    model = normalise(scn)
    lp, x = build(model)
    out = {"status": None}
    if lp.trivially_infeasible:
        out.update(status="infeasible", reason=lp.trivially_infeasible)
        return out
    t0 = time.perf_counter()
    st, sol, objv = _solve_highs(lp, True, lp.obj, time_limit=time_limit)
    out["time_stage1"] = time.perf_counter() - t0
    if st != "optimal":
        out["status"] = st
        return out
    alloc1 = _alloc_from(x, sol)
    ev1 = evaluate(model, alloc1)
    out["value_optimum"] = ev1["objective"]
    out["highs_objective_stage1"] = objv
    out["spent_first_stage"] = ev1["spent"]
    if not ev1["feasible"]:
        out["status"] = "error:rounded stage-1 solution infeasible"
        out["violations"] = ev1["violations"]
        return out
    alloc, ev = alloc1, ev1
    if tiebreak:
        opt = ev1["objective"]
        thr = opt - TIE_REL * max(1.0, abs(opt))
        row = (thr, math.inf, {c: v for c, v in enumerate(lp.obj) if v != 0.0}, "tiebreak")
        t1 = time.perf_counter()
        st2, sol2, _ = _solve_highs(lp, False, lp.cost, extra_row=row, time_limit=time_limit)
        out["time_stage2"] = time.perf_counter() - t1
        if st2 == "optimal":
            alloc2 = _alloc_from(x, sol2)
            ev2 = evaluate(model, alloc2)
            if ev2["feasible"] and ev2["objective"] >= thr - 1e-7 * max(1.0, abs(opt)) and ev2["spent"] <= ev1["spent"] + 1e-9:
                alloc, ev = alloc2, ev2
            else:
                out["stage2_note"] = "stage-2 answer rejected (infeasible, worse value or dearer); kept stage 1"
        else:
            out["stage2_note"] = f"stage-2 status {st2}; kept stage 1"
    out.update(
        status="optimal",
        objective=ev["objective"],
        spent=ev["spent"],
        scholars=ev["scholars"],
        mentors={mid: k for mid, k in sorted(alloc.items())},
    )
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("--no-tiebreak", action="store_true")
    ap.add_argument("--time-limit", type=float, default=None)
    args = ap.parse_args(argv)
    scn = load_scenario(args.scenario)
    res = solve(scn, tiebreak=not args.no_tiebreak, time_limit=args.time_limit)
    json.dump(res, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0 if res["status"] == "optimal" else (3 if res["status"] == "infeasible" else 1)


if __name__ == "__main__":
    sys.exit(main())
