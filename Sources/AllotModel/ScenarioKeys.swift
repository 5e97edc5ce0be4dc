/// Every key a scenario may use, by section: the one list the decoder checks keys against.
///
/// The scenario reference in `docs/scenario.md` is tested against these lists, so a key the
/// decoder accepts cannot go undocumented.
public enum ScenarioKeys {
    public static let topLevel = [
        "name", "description", "currency", "budget", "cost", "cohort", "locations", "agendas", "mentors", "mentors_csv",
        "interactions",
    ]
    public static let cost = [
        "stipend_per_month", "stipend_per_hour", "hours_per_month", "months", "per_scholar", "per_mentor",
    ]
    public static let cohort = ["min_scholars", "max_scholars", "max_mentors"]
    public static let location = ["id", "name", "seats", "extra_per_scholar"]
    public static let agenda = ["id", "name", "min_share", "max_share", "min_scholars", "max_scholars", "returns"]
    public static let mentor = [
        "id", "name", "agenda", "location", "cap", "min", "values", "curve", "cost_per_scholar", "fixed_cost", "lock",
        "exclude", "uncertainty", "tags",
    ]
    public static let lock = ["exactly", "at_least", "at_most"]
    public static let curve = ["shape", "first", "ratio", "last", "value"]
    public static let interaction = ["mentors", "value"]
    /// Columns of a `mentors_csv` table, besides the value columns `v1`, `v2`, … .
    public static let mentorColumns = [
        "id", "name", "agenda", "location", "cap", "min", "values", "cost_per_scholar", "fixed_cost", "uncertainty",
        "tags",
    ]

    /// Each section's path as the reference names it (`mentors[].lock`), with its keys.
    public static let sections: [(section: String, keys: [String])] = [
        ("", topLevel), ("cost", cost), ("cohort", cohort), ("locations[]", location), ("agendas[]", agenda),
        ("mentors[]", mentor), ("mentors[].lock", lock), ("mentors[].curve", curve), ("interactions[]", interaction),
        ("mentors_csv columns", mentorColumns),
    ]
}
