// Expected messages for every kind of mistake in DESIGN.md §1, one fixture file each.
// Each was read and judged to say what is wrong, where, and how to fix it.
let invalidScenarioExpectations: [(file: String, status: Int32, stderr: String)] = [
    (
        "bad-id.yaml", 65,
        "bad-id.yaml:3:16: error: agendas[0].id: 'Interp Team' is not a valid id; use 1 to 64 lowercase letters, digits, '.', '_' or '-'; did you mean `interp-team`?\nbad-id.yaml:4:27: error: mentors[0].agenda: (a) agenda i is not defined; add it under `agendas`\n2 problems found; nothing was solved.\n"
    ),
    (
        "curve-no-cap.yaml", 65,
        "curve-no-cap.yaml:4:11: error: mentors[0] (a): `cap` is required with `curve`; add e.g. `cap: 4`\n1 problem found; nothing was solved.\n"
    ),
    (
        "dup-id-with-other-error.yaml", 65,
        "dup-id-with-other-error.yaml:6:75: error: mentors[1].curve.ratio: must be at least 0, not -1\ndup-id-with-other-error.yaml:6:10: error: mentors[1].id: duplicate id a (also mentors[0] (line 5)); give each entry its own id\n2 problems found; nothing was solved.\n"
    ),
    (
        "dup-id.yaml", 65,
        "dup-id.yaml:10:9: error: mentors[1].id: duplicate id a (also mentors[0] (line 7)); give each entry its own id\n1 problem found; nothing was solved.\n"
    ),
    (
        "duplicate-key.yaml", 65,
        "duplicate-key.yaml:2:1: error: the key 'budget' appears twice in the same mapping; keep one\n1 problem found; nothing was solved.\n"
    ),
    ("empty.yaml", 65, "empty.yaml:1:1: error: the file is empty\n1 problem found; nothing was solved.\n"),
    (
        "exactly-below-min.yaml", 65,
        "exactly-below-min.yaml:11:11: error: mentors[0].lock: (a) lock is exactly 1 but min is 2 (fewest scholars if funded); lock at least 2 or lower min\n1 problem found; nothing was solved.\n"
    ),
    (
        "exclude-locked.yaml", 65,
        "exclude-locked.yaml:10:14: error: mentors[0].exclude: (a) is excluded but locked to 2 scholars; remove the lock or `exclude: true`\n1 problem found; nothing was solved.\n"
    ),
    (
        "few-values.yaml", 65,
        "few-values.yaml:9:13: error: mentors[0].values: (a) cap is 4 but only 2 values are given; add 2 values or lower cap\n1 problem found; nothing was solved.\n"
    ),
    (
        "fractional-count.yaml", 65,
        "fractional-count.yaml:10:10: error: mentors[0].cap: must be a whole number, not 2.5\n1 problem found; nothing was solved.\n"
    ),
    (
        "huge-cap.yaml", 65,
        "huge-cap.yaml:4:35: error: mentors[0].cap: is 5000; the most allowed is 1000\n1 problem found; nothing was solved.\n"
    ),
    (
        "interactions.yaml", 65,
        "interactions.yaml:6:14: error: interactions[0].mentors: names 1 mentor; an interaction names exactly two, e.g. `[mentor-a, mentor-b]`\ninteractions.yaml:8:14: error: interactions[1].mentors: names a twice; name two different mentors\ninteractions.yaml:12:15: error: interactions[3].mentors: the pair b, a is already given in interactions[2]; merge them into one value\ninteractions.yaml:14:18: error: interactions[4].mentors[1]: mentor zed is not defined; name a mentor listed under `mentors`\n4 problems found; nothing was solved.\n"
    ),
    (
        "lock-above-cap.yaml", 65,
        "lock-above-cap.yaml:10:11: error: mentors[0].lock: (a) locks 3 scholars but cap is 2; keep the lock within 0…2 or raise cap\n1 problem found; nothing was solved.\n"
    ),
    (
        "long-name.yaml", 65,
        "long-name.yaml:1:7: error: name: is 250 characters long; shorten it to at most 200\n1 problem found; nothing was solved.\n"
    ),
    (
        "max-share-below-one.yaml", 65,
        "max-share-below-one.yaml:4:5: error: agendas: every agenda has a max_share and they add up to 0.7, below 1, so only an empty cohort fits; raise some so they total at least 1\n1 problem found; nothing was solved.\n"
    ),
    (
        "min-above-cap.yaml", 65,
        "min-above-cap.yaml:10:10: error: mentors[0].min: (a) min is 3 but cap is 2; lower min or raise cap\n1 problem found; nothing was solved.\n"
    ),
    (
        "missing-fields.yaml", 65,
        "missing-fields.yaml:1:1: error: name: missing; add it, e.g. `name: Winter cohort`\nmissing-fields.yaml:1:1: error: budget: missing; add it, e.g. `budget: 1450000`\n2 problems found; nothing was solved.\n"
    ),
    (
        "negative-budget.yaml", 65,
        "negative-budget.yaml:2:9: error: budget: must be at least 0, not -5\n1 problem found; nothing was solved.\n"
    ),
    (
        "negative-ratio.yaml", 65,
        "negative-ratio.yaml:4:81: error: mentors[0].curve.ratio: must be at least 0, not -0.5\n1 problem found; nothing was solved.\n"
    ),
    (
        "no-values.yaml", 65,
        "no-values.yaml:4:11: error: mentors[0] (a): missing `values`; list the marginal value of each scholar, e.g. `values: [10, 8, 6]`, or give a `curve`\n1 problem found; nothing was solved.\n"
    ),
    (
        "non-finite.yaml", 65,
        "non-finite.yaml:2:9: error: budget: must be a finite number, not .inf\n1 problem found; nothing was solved.\n"
    ),
    (
        "quoted-number.yaml", 65,
        "quoted-number.yaml:2:9: error: budget: the number '100000' is in quotes; remove the quotes\n1 problem found; nothing was solved.\n"
    ),
    (
        "returns-rise.yaml", 65,
        "returns-rise.yaml:5:14: error: agendas[0].returns: must not increase (diminishing returns of a crowded agenda): entry 2 is 0 after -1; make each entry at most the one before\n1 problem found; nothing was solved.\n"
    ),
    (
        "share-order.yaml", 65,
        "share-order.yaml:5:16: error: agendas[0].min_share: (0.5) is above max_share (0.3); lower min_share or raise max_share\nshare-order.yaml:4:5: error: agendas: every agenda has a max_share and they add up to 0.3, below 1, so only an empty cohort fits; raise some so they total at least 1\n2 problems found; nothing was solved.\n"
    ),
    (
        "share-sum.yaml", 65,
        "share-sum.yaml:4:5: error: agendas: the min_share values add up to 1.3, above 1; lower some so they total at most 1\n1 problem found; nothing was solved.\n"
    ),
    (
        "syntax.yaml", 65,
        "syntax.yaml:3:8: error: not valid YAML: while parsing a flow sequence did not find expected ',' or ']'\n1 problem found; nothing was solved.\n"
    ),
    (
        "two-documents.yaml", 65,
        "two-documents.yaml:5:1: error: the file holds more than one YAML document (a second '---'); keep one scenario per file\n1 problem found; nothing was solved.\n"
    ),
    (
        "typo.yaml", 65,
        "typo.yaml:10:5: error: mentors[0].valeus: unknown key; did you mean `values`?\n1 problem found; nothing was solved.\n"
    ),
    (
        "uncertainty.yaml", 65,
        "uncertainty.yaml:10:18: error: mentors[0].uncertainty: must be between 0 and 1 (a share such as 0.35), not 1.5\n1 problem found; nothing was solved.\n"
    ),
    (
        "undefined-agenda.yaml", 65,
        "undefined-agenda.yaml:11:13: error: mentors[1].agenda: (b) agenda evals is not defined; use one of interp or add it under `agendas`\n1 problem found; nothing was solved.\n"
    ),
    (
        "undefined-location.yaml", 65,
        "undefined-location.yaml:10:15: error: mentors[0].location: (a) location london is not defined; add it under `locations`\n1 problem found; nothing was solved.\n"
    ),
    (
        "values-and-curve.yaml", 65,
        "values-and-curve.yaml:7:5: error: mentors[0] (a): give either `values` or `curve`, not both; remove one\n1 problem found; nothing was solved.\n"
    ),
    (
        "warnings.yaml", 0,
        "warnings.yaml:4:59: warning: mentors[0].lock: (a) at_most 1 is below min 2, so this mentor can only get 0 scholars\nwarnings.yaml:4:110: warning: mentors[1].cap: (b) cap is 0, so this mentor can receive no scholars\nwarnings.yaml:5:27: warning: interactions[0].mentors: mentor c is excluded, so this interaction never applies\n"
    ),
]
