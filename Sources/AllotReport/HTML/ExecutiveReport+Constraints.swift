import AllotAnalysis
import AllotModel

extension ExecutiveReport {
    /// What one scholar's cost more or less buys, re-solved step by step.
    func ladderSection() -> Markup {
        guard summary.totals != nil else { return .empty }
        if let note = summary.ladderNote { return section("ladder", "The funding ladder", [paragraph("Not computed: \(note).")]) }
        guard let ladder = summary.ladder, !ladder.rungs.isEmpty else { return .empty }
        let rows = ladder.rungs.map { SolveSummary.ladderCells($0, of: ladder) }
        return section(
            "ladder", "The funding ladder",
            [
                paragraph("Re-solved up and down from the budget; \(summary.ladderCaption(ladder)).", class: "note"),
                table(
                    summary.ladderHeaders(ladder), numeric: Set(0..<SolveSummary.numericColumns(ladder)), rows,
                    id: "ladder-table"),
                paragraph(Wording.fullStop(summary.ladderMarginNote(ladder)), class: "note"),
            ])
    }

    /// The binding constraints and what each limit costs, in value points and money.
    func constraintSection() -> Markup {
        guard summary.totals != nil else { return .empty }
        var children: [Markup] = [
            .element("h3", text: "Binding constraints"),
            summary.binding.isEmpty
                ? paragraph("None: every constraint has room for one more scholar.")
                : list(summary.binding.map(RequirementText.binding)),
        ]
        if explanation == nil, let reasonsLeftOut {
            children += [.element("h3", text: "The price of each limit"), leftOutNote(reasonsLeftOut)]
        }
        if let explanation, let words {
            children.append(.element("h3", text: "The price of each limit"))
            if explanation.prices.isEmpty {
                children.append(paragraph("No share, seat, cohort or mentor-count limits to price."))
            } else {
                let rows = explanation.prices.map { price -> [String] in
                    let label = RequirementText.label(price.requirement)
                    guard let value = price.value else { return [label, "could not be priced", "-"] }
                    let equivalent = explanation.moneyEquivalent(value).map { Formatting.money($0) } ?? "-"
                    return price.binds ? [label, Formatting.fixed(value), equivalent] : [label, "0 (not binding)", "-"]
                }
                children.append(
                    table(
                        ["limit", "value gained if lifted (points)", "≈ \(summary.currency) at the margin"], numeric: [1, 2],
                        rows, id: "prices"))
                children.append(
                    paragraph(
                        "Each price is exact: the scenario re-solved with that one limit lifted. Money equivalents price "
                            + "the points at what money buys at the margin.", class: "note"))
            }
            children.append(.element("h3", text: "Mentors at their own cap"))
            children.append(list(words.capLines()))
        }
        return section("constraints", "What holds the portfolio back", children)
    }
}
