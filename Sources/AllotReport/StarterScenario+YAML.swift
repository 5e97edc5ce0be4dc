import AllotModel

extension StarterScenario {
    /// The starter as a commented scenario file: every section, each key with its default or an
    /// example, and what it means.
    public func yaml() -> String {
        var lines = header + generalSection + costSection + locationSection + agendaSection
        lines += table.map(tableSection) ?? exampleMentors
        lines += interactionSection
        return lines.joined(separator: "\n") + "\n"
    }

    private var header: [String] {
        [
            "# A starter scenario written by `allot init`. Edit it, then:",
            "#   allot validate FILE   # every problem at once, with its line and a fix",
            "#   allot solve FILE      # the allocation",
            "# Every section is here; a commented-out key shows its default or an example.",
            "# Every key, its type, default and limits: docs/scenario.md in allot's repository.",
            "",
        ]
    }

    private var generalSection: [String] {
        var lines = [
            "name: New cohort                        # required: the title of every report",
            "description: A first scenario           # optional",
            "currency: USD                           # optional, display only (default USD)",
        ]
        if let full = fullCapCost {
            lines += [
                "# The budget is your round's funding. Here it is about "
                    + "\(Formatting.number(Self.fundedShare * 100))% of what every mentor's",
                "# full cap would cost (\(Formatting.money(full))), so the allocation has to choose.",
            ]
        }
        return lines + [Self.commented("budget: \(Formatting.number(budget))", "required, >= 0"), ""]
    }

    /// A line with its comment aligned at column 41, as in the rest of the template.
    private static func commented(_ code: String, _ comment: String) -> String {
        code + String(repeating: " ", count: max(1, 40 - code.count)) + "# " + comment
    }

    private var costSection: [String] {
        [
            "# One scholar costs stipend_per_month × months + per_scholar + the location's",
            "# extra_per_scholar, unless a mentor's cost_per_scholar replaces all of it.",
            "cost:                                   # every field optional, default 0",
            "  stipend_per_month: 4800               # per scholar; or per hour:",
            "  # stipend_per_hour: 30                # with hours_per_month, instead of stipend_per_month",
            "  # hours_per_month: 160",
            "  months: 2.5                           # length of the research phase",
            "  per_scholar: 2000                     # housing, office, compute… per scholar",
            "  per_mentor: 0                         # fixed cost of funding a mentor at all",
            "",
            "cohort:                                 # optional program-wide limits; omitted = none",
            "  min_scholars: 0",
            "  # max_scholars: 40                    # e.g. office or housing capacity",
            "  # max_mentors: 15                     # mentors funded at most",
            "",
        ]
    }

    private var locationSection: [String] {
        var lines = ["locations:                              # optional; seats omitted = unlimited"]
        if locations.isEmpty {
            lines[0] = "locations: []                           # optional; e.g. - {id: berkeley, seats: 20}"
        }
        for (index, id) in locations.enumerated() {
            lines.append("  - id: \(id)")
            if table == nil && index == 0 {
                lines += ["    seats: 20                           # desks or beds", "    extra_per_scholar: 5000"]
            } else {
                lines += ["    # seats: 20                         # desks or beds", "    # extra_per_scholar: 0"]
            }
        }
        return lines + [""]
    }

    private var agendaSection: [String] {
        var lines = ["agendas:                                # required, at least one"]
        for (index, id) in agendas.enumerated() {
            lines.append("  - id: \(id)")
            if index == 0 {
                lines += [
                    Self.commented("    # name: \(id)", "display name"),
                    Self.commented("    \(table == nil ? "" : "# ")min_share: 0", "share of all funded scholars, 0…1"),
                    "    \(table == nil ? "max_share: 0.5" : "# max_share: 1")",
                    "    # min_scholars: 0                   # absolute bounds",
                    "    # max_scholars: 10",
                    "    # returns: [0, 0, -0.5, -1]         # crowding: value added for the j-th scholar; never rising",
                ]
            }
        }
        return lines + [""]
    }

    private func tableSection(_ path: String) -> [String] {
        [
            "# The mentors: one row each in this CSV table (a spreadsheet's export), relative to this file.",
            "# Columns: id, name, agenda, location, cap, min, values (10;9;8) or v1, v2, …,",
            "# cost_per_scholar, fixed_cost, uncertainty, tags (a;b).",
            "mentors_csv: \(Self.quotedIfNeeded(path))",
            "# Mentors with a lock, an exclusion or a generated curve go here, not in the table:",
            "# mentors:",
            "#   - {id: mentor-z, agenda: \(agendas[0]), cap: 3, curve: {shape: geometric, first: 8, ratio: 0.8}, lock: {at_least: 1}}",
            "",
        ]
    }

    private var exampleMentors: [String] {
        [
            "mentors:                                # required, at least one (or mentors_csv: a CSV table)",
            "  - id: mentor-a                        # lowercase letters, digits, '.', '_' or '-'",
            "    name: Mentor A                      # optional display name",
            "    agenda: interpretability",
            "    location: berkeley                  # optional",
            "    cap: 4                              # most scholars this mentor would take",
            "    min: 1                              # fewest if funded at all (default 1)",
            "    values: [10, 8, 6, 4]               # marginal value of the 1st, 2nd, … scholar; any shape",
            "    # cost_per_scholar: 16000           # replaces the computed cost",
            "    # fixed_cost: 0                     # replaces cost.per_mentor",
            "    # lock: {at_least: 1}               # or {exactly: n} / {at_most: n}",
            "    # exclude: false                    # true: never fund",
            "    uncertainty: 0.1                    # how far off the values may be, 0…1 (allot robust)",
            "    tags: [returning]                   # free text, carried into exports",
            "  - id: mentor-b",
            "    agenda: interpretability",
            "    location: remote",
            "    cap: 3",
            "    curve: {shape: geometric, first: 9, ratio: 0.8}   # instead of values; needs cap",
            "    uncertainty: 0.25",
            "    tags: [new]",
            "  - {id: mentor-c, agenda: evals, location: berkeley, values: [9, 7, 5], tags: [returning]}",
            "  - {id: mentor-d, agenda: evals, location: berkeley, min: 2, values: [6, 6, 4]}",
            "  - {id: mentor-e, agenda: oversight, location: remote, cap: 3, curve: {shape: linear, first: 8, last: 4}}",
            "",
        ]
    }

    private var interactionSection: [String] {
        let title = "# optional: value added when BOTH mentors are funded"
        let pair = "{mentors: [mentor-a, mentor-b], value: -1}   # negative: overlapping work"
        guard table == nil else { return ["interactions: []                        \(title)", "#  - \(pair)"] }
        return ["interactions:                           \(title)", "  - \(pair)"]
    }

    /// A path as a YAML scalar: plain when that reads back as the same text.
    private static func quotedIfNeeded(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "._-/".contains($0) } && !path.hasPrefix("-")
        return plain
            ? path : "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
