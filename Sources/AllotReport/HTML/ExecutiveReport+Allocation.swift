import AllotAnalysis
import AllotModel

extension ExecutiveReport {
    /// Every mentor's slots, value, cost and margins, as `allot solve` shows them.
    func allocationSection() -> Markup {
        guard summary.totals != nil else { return .empty }
        let headers = [
            "mentor", "agenda", "location", "slots / cap", "value", "cost (\(summary.currency))", "last slot", "next slot",
            "next cost",
        ]
        let rows = summary.mentors.map { line in
            [mentorLabel(line)] + SolveSummary.mentorCells(line).dropFirst()
        }
        let attributes = summary.mentors.map { line in [("class", line.slots == 0 ? "unfunded" : nil)] }
        var children = [
            table(headers, numeric: Set(3...8), rows, id: "allocation-table", rowAttributes: attributes),
            paragraph(
                "Last slot: the value of the mentor's last funded scholar. Next slot: the value and cost of one more "
                    + "(for an unfunded mentor, of funding them at all). Grey rows are unfunded.", class: "note"),
        ]
        let costs = summary.costLines()
        if !costs.isEmpty {
            children.append(.element("h3", text: "Where the cost comes from (\(summary.currency))"))
            children.append(list(costs))
        }
        return section("allocation", "The allocation", children)
    }

    /// Each agenda's share against its band, as a chart and as the table behind it.
    func agendaSection() -> Markup {
        guard summary.totals != nil, !summary.agendas.isEmpty else { return .empty }
        let rows = summary.agendas.map { agenda in
            [agenda.name == agenda.id ? agenda.id : "\(agenda.name) (\(agenda.id))"]
                + SolveSummary.agendaCells(agenda).dropFirst()
        }
        return section(
            "agendas", "The agenda mix",
            [
                .element(
                    "figure", [],
                    [.trusted(AgendaMixChart.render(summary.agendas, scenarioName: summary.scenarioName))]),
                table(SolveSummary.agendaColumns.map(\.header), numeric: [1, 2], rows, id: "agenda-table"),
            ])
    }

    /// One line per mentor on why they have what they have; the full reasoning folds out.
    func explanationSection() -> Markup {
        guard let explanation, let words else {
            guard let reasonsLeftOut else { return .empty }
            return section("why", "Why each mentor got what they got", [leftOutNote(reasonsLeftOut)])
        }
        let names = Dictionary(summary.mentors.map { ($0.id, mentorLabel($0)) }, uniquingKeysWith: { first, _ in first })
        let items = explanation.mentors.map { line in
            Markup.element(
                "li", [("id", "why-\(line.id)")],
                [
                    .element("strong", text: "\(names[line.id] ?? line.id): \(line.slots) of \(line.cap)."),
                    .text(" " + Wording.fullStop(words.verdict(line))),
                    .element(
                        "details", [],
                        [.element("summary", text: "the full reasoning"), .element("p", text: words.sentence(line))]),
                ])
        }
        var children: [Markup] = []
        if let cutoff = explanation.cutoff {
            children.append(
                paragraph(
                    "At the margin, money buys \(Formatting.fixed(cutoff)) value points per "
                        + "\(money(explanation.per)); a next slot that buys less is not worth funding.", class: "note"))
        }
        if !explanation.forcedSteps {
            children.append(
                paragraph(
                    "To keep this page quick, each mentor was not re-solved one slot up and down: exact ties, the "
                        + "exact change with one slot more or fewer and what raising a cap would add are left out. "
                        + "allot explain, or allot report --full-reasons, gives them.", class: "note"))
        }
        if let note = words.stoppedEarlyNote {
            children.append(paragraph(Wording.capitalized(note) + ".", class: "note"))
        }
        children.append(.element("ul", [("class", "reasons")], [.lines(items)]))
        return section("why", "Why each mentor got what they got", children)
    }

    /// Why the reasons and prices are missing.
    func leftOutNote(_ why: ReportReasons.LeftOut) -> Markup {
        switch why {
        case .slowSolve(let seconds):
            paragraph(
                "Left out because one solve took \(Formatting.fixed(seconds, decimals: 1)) s and these need many; "
                    + "allot explain, or allot report --full-reasons, gives them.", class: "note")
        case .notProven:
            paragraph(
                "Left out because the allocation is not proven optimal (a limit stopped the search), and each reason "
                    + "compares against the optimum; allot explain without a time limit gives them.", class: "note")
        }
    }
}
