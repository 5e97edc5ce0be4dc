import AllotAnalysis
import AllotModel

extension SolveSummary {
    /// The terminal report of `allot solve`: allocation, totals, costs, agenda mix, binding constraints, ladder.
    public func renderTable(style: TextStyle = .plain) -> String { style.wrap(tableText(style: style)) }

    private func tableText(style: TextStyle) -> String {
        var out = "\(scenarioName)\n"
        if let targetValue {
            out += "cheapest allocation reaching a value of \(Formatting.fixed(targetValue))\n"
        }
        out += "scenario \(file) (hash \(hash))\n"
        out += style.status("status: \(StatusText.sentence(status, gap: gap, bound: bound))", status)
        out += "; solved in \(Formatting.fixed(seconds, decimals: 2)) s\n"
        if let explanation { out += "\(totals == nil ? "why" : "note"): \(explanation)\n" }
        guard let totals else { return out }
        out += "\n" + mentorTable(style: style)
        out += "\n"
        out += "scholars: \(totals.scholars) from \(totals.fundedMentors) of \(mentors.count) mentors\n"
        out += "value:    \(Formatting.fixed(totals.objective)) (slots \(Formatting.fixed(totals.slotValue))"
        out += ", interactions \(Formatting.fixed(totals.interactionValue))"
        out += ", agenda returns \(Formatting.fixed(totals.returnsValue)))\n"
        out += "spent:    \(Formatting.money(totals.spent)) of \(Formatting.money(budget)) \(currency)"
        out += "; unspent \(Formatting.money(totals.unspent))\n"
        let costs = costLines()
        if !costs.isEmpty {
            out += "\n" + style.bold("where the cost comes from (\(currency))") + "\n" + costs.map { "  \($0)\n" }.joined()
        }
        out += "\n" + style.bold("agenda mix") + "\n" + agendaTable(style: style)
        out += "\n" + style.bold("binding constraints") + "\n"
        out +=
            binding.isEmpty
            ? "  (none: every constraint has room for one more scholar)\n"
            : binding.map { "  - \(RequirementText.binding($0))\n" }.joined()
        out += ladderSection(style: style)
        out += "\n" + footer()
        return out
    }

    /// One line per distinct cost of a scholar, then the funded mentors' fixed costs.
    func costLines() -> [String] {
        scholarCosts.map(CostText.scholar) + fixedCosts.map(CostText.fixed)
    }

    func footer() -> String {
        let tie: String
        switch tieBreak {
        case .cheapestAmongOptimal: tie = "ties broken by lowest cost, then mentor id"
        case .skippedNotProven: tie = "cheapest-among-optimal tie-break skipped (first solve not proven optimal)"
        case .cheapestNotProven:
            tie = "optimal in value; the search for a cheaper allocation of the same value was stopped by the limit"
        case .notApplicable: tie = "no tie-break"
        }
        return "model: \(modelSize.variables) variables (\(modelSize.integerVariables) integer), \(modelSize.rows) rows; \(tie)\n"
    }

    /// The mentor table, with a `name` column after the id when some mentor has a display name.
    ///
    /// Unfunded mentors are dim, and when the table must shrink the names, agendas and locations
    /// are shortened first.
    private func mentorTable(style: TextStyle) -> String {
        var table = TextTable(
            headers: Self.mentorColumns.map(\.header), alignments: Self.mentorColumns.map { $0.numeric ? .right : .left },
            nameColumn: mentors.contains { $0.name != nil })
        for line in mentors { table.add(Self.mentorCells(line), name: line.name, dim: line.slots == 0) }
        return table.render(style: style)
    }

    private func agendaTable(style: TextStyle) -> String {
        var table = TextTable(
            headers: Self.agendaColumns.map(\.header), alignments: Self.agendaColumns.map { $0.numeric ? .right : .left })
        for agenda in agendas { table.add(Self.agendaCells(agenda)) }
        return table.render(style: style)
    }

    /// The mentor table's columns, shared by the terminal and Markdown reports; numeric ones align right.
    static let mentorColumns: [(header: String, numeric: Bool)] = [
        ("mentor", false), ("agenda", false), ("location", false), ("slots", true), ("value", true), ("cost", true),
        ("last slot", true), ("next slot", true), ("next cost", true),
    ]

    /// One mentor's row of the mentor table, `-` where a value does not apply.
    static func mentorCells(_ line: MentorLine) -> [String] {
        [
            line.id, line.agenda, line.location ?? "-", "\(line.slots)/\(line.cap)",
            Formatting.fixed(line.value), Formatting.money(line.cost),
            line.lastSlotValue.map { Formatting.fixed($0) } ?? "-",
            line.nextSlotValue.map { Formatting.fixed($0) } ?? "-",
            line.nextSlotCost.map(Formatting.money) ?? "-",
        ]
    }

    /// The agenda mix's columns, shared by the terminal and Markdown reports.
    static let agendaColumns: [(header: String, numeric: Bool)] = [
        ("agenda", false), ("scholars", true), ("share", true), ("target", false),
    ]

    static func agendaCells(_ agenda: AgendaLine) -> [String] {
        [agenda.id, "\(agenda.scholars)", Formatting.percent(agenda.share), target(agenda)]
    }

    static func target(_ agenda: AgendaLine) -> String {
        var parts: [String] = []
        switch (agenda.minShare > 0, agenda.maxShare < 1) {
        case (true, true): parts.append("\(Formatting.percent(agenda.minShare))–\(Formatting.percent(agenda.maxShare))")
        case (true, false): parts.append("≥ \(Formatting.percent(agenda.minShare))")
        case (false, true): parts.append("≤ \(Formatting.percent(agenda.maxShare))")
        case (false, false): break
        }
        if agenda.minScholars > 0 { parts.append("≥ \(agenda.minScholars) scholars") }
        if let maximum = agenda.maxScholars { parts.append("≤ \(maximum) scholars") }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }
}
