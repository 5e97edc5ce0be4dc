import AllotAnalysis
import AllotModel

extension ExecutiveReport {
    /// Title, where the figures come from and how sure they are.
    func header() -> Markup {
        .element(
            "header", [],
            [
                .lines([
                    .element("h1", text: summary.scenarioName),
                    paragraph("Scenario \(summary.file) · hash \(summary.hash) · made by allot", class: "meta"),
                    .element(
                        "p", [("class", "status status-\(StatusText.code(summary.status))")],
                        text: "Status: \(StatusText.sentence(summary.status, gap: summary.gap, bound: summary.bound))"),
                ])
            ])
    }

    /// The four figures an executive asks for first, and why money is left.
    func headline() -> Markup {
        guard let totals = summary.totals else {
            let why = summary.diagnosis.map(DiagnosisText.sentence) ?? "no allocation was found"
            return .element(
                "section", [("id", "headline")],
                [
                    .lines([
                        paragraph(
                            Wording.fullStop("No allocation at a budget of \(money(summary.budget)): \(why)"), class: "problem")
                    ])
                ])
        }
        func card(_ figure: String, _ label: String) -> Markup {
            .element(
                "div", [("class", "card")],
                [.element("div", [("class", "figure")], text: figure), .element("div", [("class", "label")], text: label)])
        }
        var children: [Markup] = [
            .element(
                "div", [("class", "cards")],
                [
                    card("\(totals.scholars)", "scholars from \(totals.fundedMentors) of \(summary.mentors.count) mentors"),
                    card(Formatting.fixed(totals.objective), "portfolio value (points)"),
                    card(Formatting.money(totals.spent), "spent of \(money(summary.budget))"),
                    card(Formatting.money(totals.unspent), "\(summary.currency) unspent"),
                ])
        ]
        if let leftover = currentLevel?.leftover, leftover.unspent > 0 {
            children.append(paragraph(Self.moneyLeft(leftover), class: "why"))
        }
        children.append(
            paragraph(
                "Value: slots \(Formatting.fixed(totals.slotValue)), interactions \(Formatting.fixed(totals.interactionValue)), "
                    + "agenda returns \(Formatting.fixed(totals.returnsValue)).", class: "meta"))
        return .element("section", [("id", "headline")], [.lines(children)])
    }

    /// An amount with its currency: "1,175,000 USD".
    func money(_ amount: Double) -> String { "\(Formatting.money(amount)) \(summary.currency)" }

    /// Where the figures come from; no date, so the same scenario always gives the same page.
    func footer() -> Markup {
        .element(
            "footer", [],
            [
                .lines([
                    paragraph(
                        "Every allocation on this page was solved exactly with GLPK and re-checked against every constraint "
                            + "of the scenario. Value is in the scenario's points; money equivalents price points at what "
                            + "money buys at the margin and are not money spent or saved.", class: "meta"),
                    paragraph(
                        "Model: \(Formatting.count(summary.modelSize.variables, "variable")) "
                            + "(\(summary.modelSize.integerVariables) integer), \(Formatting.count(summary.modelSize.rows, "row")).",
                        class: "meta"),
                ])
            ])
    }
}
