#!/usr/bin/env python3
"""Seeded random scenario generator for allot (test-only tooling).

Writes scenarios that satisfy the validation rules of DESIGN.md §1, and uses
every modelling feature with some probability: values lists and curves
(geometric / linear / constant, including rising and negative ones), caps,
mins, locks, excludes, per-mentor cost and fixed-cost overrides, locations
with seats and extra costs, agenda shares, absolute agenda bounds, agenda
returns, interactions of both signs, cohort bounds.  Budgets are drawn so
that the budget usually binds.  Some scenarios are infeasible by design.

Usage:
    python3 generate.py --seed 7 [--out scenario.yaml] [--tiny]

As a module: generate(seed, tiny=False) -> dict; write(scn, path).
"""

from __future__ import annotations

import argparse
import json
import random
import sys


def _r2(x: float) -> float:
    """Round to 2 decimals, never -0.0."""
    v = round(x, 2)
    return 0.0 if v == 0 else v


def _value_list(rng: random.Random, length: int) -> list:
    shape = rng.choices(["decreasing", "rising", "random", "flat", "hump"], [5, 2, 2, 1, 1])[0]
    base = rng.uniform(1, 20)
    vals = []
    for k in range(length):
        if shape == "decreasing":
            v = base * (0.6 + 0.4 * rng.random()) ** k
        elif shape == "rising":
            v = base * 0.3 + k * rng.uniform(0.2, 2.0)
        elif shape == "random":
            v = rng.uniform(-3, 15)
        elif shape == "flat":
            v = base
        else:  # hump: rises then falls
            v = base * (1 + k) / (1 + 0.3 * k * k)
        vals.append(v)
    # sometimes a negative slot in the middle (pays off through the next one)
    if length >= 2 and rng.random() < 0.2:
        i = rng.randrange(length - 1)
        vals[i] = -rng.uniform(0.5, 5)
    if rng.random() < 0.5:
        return [int(round(v)) for v in vals]
    return [_r2(v) for v in vals]


def _curve(rng: random.Random) -> dict:
    shape = rng.choices(["geometric", "linear", "constant"], [4, 4, 1])[0]
    if shape == "geometric":
        return {"shape": "geometric", "first": _r2(rng.uniform(1, 20)),
                "ratio": rng.choice([0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.2])}
    if shape == "linear":
        first = _r2(rng.uniform(-2, 20))
        last = _r2(rng.uniform(-4, 20))  # last > first: rising (non-concave in slots)
        return {"shape": "linear", "first": first, "last": last}
    return {"shape": "constant", "value": _r2(rng.uniform(-1, 12))}


def _share_grid(rng: random.Random, lo: float, hi: float) -> float:
    """A multiple of 0.05 in [lo, hi]."""
    a = int(round(lo * 20 + 0.4999))
    b = int(hi * 20 + 1e-9)
    if b < a:
        return round(lo, 2)
    return round(rng.randint(a, b) / 20.0, 2)


def generate(seed: int, tiny: bool = False) -> dict:
    rng = random.Random(seed)
    if tiny:
        n_mentors = rng.randint(1, 5)
        n_agendas = rng.randint(1, 3)
        n_locs = rng.randint(0, 2)
        max_cap = 3
    else:
        n_mentors = rng.choice([rng.randint(3, 12), rng.randint(3, 25), rng.randint(3, 40)])
        n_agendas = rng.randint(1, 6)
        n_locs = rng.randint(0, 3)
        max_cap = rng.choice([4, 6, 8, 12])

    scn: dict = {"name": f"Random scenario {seed}"}
    if rng.random() < 0.5:
        scn["description"] = f"{n_mentors} mentors, {n_agendas} agendas (generated, seed {seed})"
    if rng.random() < 0.3:
        scn["currency"] = rng.choice(["USD", "GBP", "EUR"])

    # cost model ------------------------------------------------------------
    cost = {}
    if rng.random() < 0.85:
        cost["stipend_per_month"] = rng.randrange(2000, 6001, 100)
    if rng.random() < 0.85:
        cost["months"] = rng.choice([1, 1.5, 2, 2.5, 3, 4])
    if rng.random() < 0.7:
        cost["per_scholar"] = rng.randrange(0, 12001, 500)
    if rng.random() < 0.3:
        cost["per_mentor"] = rng.randrange(0, 30001, 1000)
    if not cost or (cost.get("stipend_per_month", 0) * cost.get("months", 0) + cost.get("per_scholar", 0)) == 0:
        cost["per_scholar"] = rng.randrange(5000, 20001, 500)
    scn["cost"] = cost
    base_cost = cost.get("stipend_per_month", 0) * cost.get("months", 0) + cost.get("per_scholar", 0)
    per_mentor = cost.get("per_mentor", 0)

    # locations ---------------------------------------------------------------
    loc_names = rng.sample(["berkeley", "london", "remote", "sf.office", "nyc_hub", "oxford-2"], n_locs)
    locations = []
    for lid in loc_names:
        loc = {"id": lid}
        if rng.random() < 0.6:
            loc["seats"] = rng.randint(0, max(2, n_mentors * max_cap // max(1, n_locs) // 2))
        if rng.random() < 0.6:
            loc["extra_per_scholar"] = rng.randrange(0, 5001, 250)
        locations.append(loc)
    if locations:
        scn["locations"] = locations

    # agendas -----------------------------------------------------------------
    ag_names = rng.sample(["interp", "evals", "governance", "control", "agent-foundations",
                           "robustness", "scalable.oversight", "model_organisms"], n_agendas)
    agendas = [{"id": a} for a in ag_names]
    for a in agendas:
        if rng.random() < 0.3:
            a["name"] = a["id"].replace("-", " ").replace("_", " ").replace(".", " ").title()
    # min shares (sum <= 1)
    for a in agendas:
        if rng.random() < 0.22:
            a["min_share"] = _share_grid(rng, 0.0, min(0.5, 1.0 / n_agendas + 0.1))
    s = sum(a.get("min_share", 0) for a in agendas)
    if s > 1:
        for a in agendas:
            a.pop("min_share", None)
    # max shares (>= min_share; if all agendas have one, they sum to >= 1)
    for a in agendas:
        if rng.random() < 0.3:
            lo = max(a.get("min_share", 0.0), 0.05)
            a["max_share"] = _share_grid(rng, lo, 1.0)
    if all("max_share" in a for a in agendas):
        total = sum(a["max_share"] for a in agendas)
        if total < 1:
            a = agendas[-1]
            a["max_share"] = round(min(1.0, a["max_share"] + (1 - total) + 0.05), 2)
            total = sum(x["max_share"] for x in agendas)
            if total < 1:
                for x in agendas:
                    x["max_share"] = 1.0
    # absolute bounds
    for a in agendas:
        if rng.random() < 0.1:
            a["min_scholars"] = rng.randint(0, 3)
        if rng.random() < 0.15:
            lo = a.get("min_scholars", 0) + (0 if rng.random() < 0.1 else 2)
            a["max_scholars"] = rng.randint(lo, lo + 15)
    # returns (non-increasing, may be negative)
    for a in agendas:
        if rng.random() < 0.35:
            L = rng.randint(0, 7)
            r = [] if L == 0 else [_r2(rng.uniform(-1, 3))]
            for _ in range(L - 1):
                r.append(_r2(r[-1] - rng.choice([0, 0, rng.uniform(0, 1.5)])))
            a["returns"] = r
    scn["agendas"] = agendas

    # mentors -----------------------------------------------------------------
    id_style = rng.choice(["m-{:02d}", "mentor.{}", "m_{}", "{}x"])
    ids = [id_style.format(i) for i in range(n_mentors)]
    mentors = []
    for mid in ids:
        m = {"id": mid}
        if rng.random() < 0.3:
            m["name"] = "Mentor " + mid.upper()
        m["agenda"] = rng.choice(ag_names)
        if locations and rng.random() < 0.75:
            m["location"] = rng.choice(loc_names)
        cap = 0 if rng.random() < 0.03 else rng.randint(1, max_cap)
        if rng.random() < 0.5:
            extra = rng.choice([0, 0, 0, 1, 3])
            vals = _value_list(rng, cap + extra)
            if cap == 0 and not vals:
                vals = [5]
            m["values"] = vals
            if extra > 0 or cap == 0 or rng.random() < 0.5:
                m["cap"] = cap
        else:
            m["cap"] = cap
            m["curve"] = _curve(rng)
        if cap > 0 and rng.random() < 0.25:
            m["min"] = rng.randint(0, min(cap, 4))
        mn = max(1, m.get("min", 1))
        if rng.random() < 0.12:
            m["cost_per_scholar"] = rng.randrange(3000, 40001, 500)
        if rng.random() < 0.15:
            m["fixed_cost"] = rng.randrange(0, 40001, 1000)
        if rng.random() < 0.08:
            m["exclude"] = True
        elif rng.random() < 0.09:
            kind = rng.choice(["exactly", "at_least", "at_most"])
            if kind == "exactly":
                choices = [0] + list(range(mn, min(cap, mn + 2) + 1))
                m["lock"] = {"exactly": rng.choice(choices)}
            elif kind == "at_least":
                m["lock"] = {kind: rng.randint(0, min(cap, 3))}
            else:
                m["lock"] = {kind: rng.randint(0, cap)}
        elif rng.random() < 0.05:
            m["exclude"] = False
        if rng.random() < 0.1:
            m["uncertainty"] = _r2(rng.uniform(0, 1))
        if rng.random() < 0.1:
            m["tags"] = rng.sample(["returning", "new", "senior", "junior"], rng.randint(1, 2))
        mentors.append(m)

    # tie mode: plant alternative optima of different cost, so that the
    # "cheapest among optimal allocations" tie-break is really exercised:
    # zero-valued trailing slots, zero-valued mentors, and twin mentors with
    # the same values but another cost.  Uses its own random stream.
    trng = random.Random(seed * 1000003 + 17)
    tie_mode = trng.random() < 0.5
    if tie_mode:
        for m in mentors:
            cap = m["cap"] if "cap" in m else len(m["values"])
            if cap == 0:
                continue
            if "values" in m and trng.random() < 0.5:
                t = trng.randint(1, cap)
                for i in range(cap - t, cap):
                    m["values"][i] = 0
            elif "curve" in m and trng.random() < 0.2:
                m["curve"] = {"shape": "constant", "value": 0}
        pool = [m for m in mentors if not m.get("exclude") and (m.get("cap", 1) > 0)]
        for src in trng.sample(pool, min(len(pool), trng.randint(1, 3))):
            twin = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
                    for k, v in src.items() if k not in ("lock", "name", "tags")}
            twin["id"] = src["id"] + "-t"
            r = trng.random()
            if r < 0.4:
                twin["cost_per_scholar"] = trng.randrange(3000, 40001, 500)
            elif r < 0.7 and locations:
                twin["location"] = trng.choice(loc_names)
                twin.pop("cost_per_scholar", None)
            else:
                twin["fixed_cost"] = trng.randrange(0, 20001, 1000)
            mentors.append(twin)
            ids.append(twin["id"])
    rng.shuffle(mentors)
    scn["mentors"] = mentors
    # a min_share on an agenda nobody works in forces an empty cohort: keep
    # that only now and then (it is a legitimate "funds nobody" case)
    used = {m["agenda"] for m in mentors}
    for a in agendas:
        if a["id"] not in used and a.get("min_share", 0) > 0 and rng.random() < 0.85:
            del a["min_share"]

    # interactions ------------------------------------------------------------
    if n_mentors >= 2 and rng.random() < 0.45:
        pairs = set()
        for _ in range(rng.randint(1, min(8, n_mentors * (n_mentors - 1) // 2))):
            a, b = rng.sample(ids, 2)
            pairs.add(tuple(sorted((a, b))))
        inter = []
        for a, b in sorted(pairs):
            v = _r2(rng.uniform(-6, 6))
            if v == 0:
                v = 1.5
            pr = [a, b] if rng.random() < 0.5 else [b, a]
            inter.append({"mentors": pr, "value": v})
        rng.shuffle(inter)
        scn["interactions"] = inter

    # cohort ------------------------------------------------------------------
    total_cap = 0
    for m in mentors:
        total_cap += m["cap"] if "cap" in m else len(m["values"])
    if rng.random() < 0.4:
        co = {}
        if rng.random() < 0.3:
            co["min_scholars"] = rng.randint(0, max(1, total_cap // 4))
        if rng.random() < 0.6:
            co["max_scholars"] = rng.randint(co.get("min_scholars", 0), max(co.get("min_scholars", 0), total_cap))
        if rng.random() < 0.5:
            co["max_mentors"] = rng.randint(0 if rng.random() < 0.05 else 1, n_mentors)
        scn["cohort"] = co

    # budget: usually binding -------------------------------------------------
    full = 0.0
    loc_extra = {l["id"]: l.get("extra_per_scholar", 0) for l in locations}
    for m in mentors:
        cap = m["cap"] if "cap" in m else len(m["values"])
        c = m.get("cost_per_scholar", base_cost + loc_extra.get(m.get("location"), 0))
        f = m.get("fixed_cost", per_mentor)
        if cap > 0:
            full += c * cap + f
    u = rng.random()
    if u < 0.04:
        budget = 0
    elif u < 0.1:
        budget = int(full * 1.5) + 1000
    else:
        budget = int(full * rng.uniform(0.1, 0.75) / 1000) * 1000
    if tie_mode and trng.random() < 0.7:
        budget = int(full * trng.uniform(0.6, 1.2) / 1000) * 1000
    # usually leave room for what the locks force (otherwise most draws with
    # locks are simply infeasible); sometimes keep the tight budget anyway
    forced = 0.0
    for m in mentors:
        lk = m.get("lock") or {}
        k = lk.get("exactly", lk.get("at_least", 0))
        if k > 0:
            k = max(k, m.get("min", 1))
            c = m.get("cost_per_scholar", base_cost + loc_extra.get(m.get("location"), 0))
            forced += c * k + m.get("fixed_cost", per_mentor)
    if forced > 0 and budget < forced * 1.3 and rng.random() < 0.8:
        budget = int(forced * rng.uniform(1.3, 2.0) / 1000 + 1) * 1000
    if rng.random() < 0.2:
        budget = float(budget)
    scn["budget"] = budget

    # a stable key order: the usual top-level layout of the design document
    order = ["name", "description", "currency", "budget", "cost", "cohort", "locations",
             "agendas", "mentors", "interactions"]
    return {k: scn[k] for k in order if k in scn}


def _dumper():
    import yaml

    class NoAliasDumper(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True

    return NoAliasDumper


def dump_yaml(scn: dict, stream) -> None:
    import yaml

    yaml.dump(scn, stream, Dumper=_dumper(), sort_keys=False, allow_unicode=True,
              default_flow_style=None, width=100)


def write(scn: dict, path: str) -> None:
    if path.endswith(".json"):
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(scn, fh, indent=2)
            fh.write("\n")
        return
    with open(path, "w", encoding="utf-8") as fh:
        dump_yaml(scn, fh)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate a random allot scenario.")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", default=None, help="output file (.yaml or .json); default stdout (YAML)")
    ap.add_argument("--tiny", action="store_true", help="1-4 mentors, caps <= 3 (for brute-force checks)")
    args = ap.parse_args(argv)
    scn = generate(args.seed, tiny=args.tiny)
    if args.out:
        write(scn, args.out)
    else:
        dump_yaml(scn, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
