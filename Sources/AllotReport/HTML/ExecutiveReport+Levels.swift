import AllotAnalysis
import AllotModel
import Foundation

extension ExecutiveReport {
    /// The funding frontier: the chart, then every level as a table (which also prints).
    func frontierSection() -> Markup {
        guard !sweep.rows.isEmpty else { return .empty }
        let rows = sweep.rows.map { row in SweepReport.cells(row, changesShown: 4) }
        let attributes = sweep.rows.map { row -> [(String, String?)] in
            [("class", row.budget == currentLevel?.budget ? "current" : row.result.allocation == nil ? "unfunded" : nil)]
        }
        var children: [Markup] = [
            .element("figure", [], [.trusted(FrontierChart.render(sweep, marking: summary.budget))]),
            table(sweep.headers, numeric: [0, 2, 3, 4, 5, 6], rows, id: "frontier-table", rowAttributes: attributes),
        ]
        let leftover = sweep.leftoverLines()
        if !leftover.isEmpty {
            children.append(.element("h3", text: "Why money is left over"))
            children.append(list(leftover))
        }
        return section("frontier", "What funding buys", children)
    }

    /// The budget slider: the current budget's view as plain HTML, and every level as data that
    /// a small inline script shows when the slider moves or the address names one
    /// (`report.html#budget=1275000`).
    func levelsSection() -> Markup {
        guard let currentIndex = currentLevelIndex, sweep.rows[currentIndex].result.allocation != nil else { return .empty }
        let data = LevelData(report: self, currentIndex: currentIndex)
        let totals: [(String, String, String)] = [
            ("budget", "budget (\(summary.currency))", data.levels[currentIndex].budget),
            ("status", "status", data.levels[currentIndex].status),
            ("scholars", "scholars", data.levels[currentIndex].scholars),
            ("value", "value", data.levels[currentIndex].value),
            ("spent", "spent", data.levels[currentIndex].spent),
            ("unspent", "unspent", data.levels[currentIndex].unspent),
        ]
        let control = Markup.element(
            "div", [("id", "level-control"), ("class", "no-print"), ("hidden", "hidden")],
            [
                .element("label", [("for", "level-input")], text: "Funding level "),
                .element(
                    "input",
                    [
                        ("id", "level-input"), ("type", "range"), ("min", "0"), ("max", "\(data.levels.count - 1)"),
                        ("step", "1"), ("value", "\(currentIndex)"), ("aria-label", "funding level"),
                    ], []),
                .element("output", [("id", "level-output"), ("for", "level-input")], text: data.levels[currentIndex].budget),
            ])
        let totalsTable = Markup.element(
            "table", [("id", "level-totals")],
            [
                .element(
                    "tbody", [],
                    [
                        .lines(
                            totals.map { key, label, value in
                                .element(
                                    "tr", [],
                                    [.element("th", text: label), .element("td", [("id", "level-\(key)")], text: value)])
                            })
                    ])
            ])
        let mentorRows = summary.mentors.map { line -> Markup in
            let slots = "\(line.slots)"
            return .element(
                "tr", [("data-mentor", line.id)],
                [
                    .element("td", text: mentorLabel(line)), .element("td", [("class", "num level-slots")], text: slots),
                    .element("td", [("class", "num")], text: slots), .element("td", [("class", "num level-change")], text: ""),
                ])
        }
        let mentorTable = Markup.element(
            "table", [("id", "level-table")],
            [
                .element(
                    "thead", [],
                    [
                        .element(
                            "tr", [],
                            [
                                .element("th", text: "mentor"), .element("th", [("class", "num")], text: "slots at this level"),
                                .element("th", [("class", "num")], text: "at the current budget"),
                                .element("th", [("class", "num")], text: "change"),
                            ])
                    ]),
                .element("tbody", [], [.lines(mentorRows)]),
            ])
        return .element(
            "section", [("id", "levels"), ("data-budget", data.levels[currentIndex].amountText)],
            [
                .lines([
                    .element("h2", text: "Move the budget"),
                    paragraph(
                        "Every level of the frontier was solved when this page was made. Move the slider to see the "
                            + "allocation at each level and who gains or loses slots against the current budget; "
                            + "without scripts (and in print) this shows the current budget.", class: "note"),
                    control, totalsTable,
                    .element("p", [("id", "level-why"), ("class", "why")], text: data.levels[currentIndex].why),
                    .element("p", [("id", "level-changes")], text: "This is the current budget."), mentorTable,
                    .element("script", [("type", "application/json"), ("id", "allot-levels")], [.trusted(data.json())]),
                ])
            ])
    }
}

/// The sweep's levels as the slider's script reads them: display text only, formatted here, so
/// the script never formats a number.
struct LevelData: Encodable {
    struct Level: Encodable {
        /// The budget as a number, to match `#budget=…` in the address.
        let amount: Double
        let amountText: String
        let budget: String
        let status: String
        let scholars: String
        let value: String
        let spent: String
        let unspent: String
        let why: String
        /// Slots by mentor, in the order of `mentors`; nil when the level has no allocation.
        let slots: [Int]?
    }

    let current: Int
    let mentors: [String]
    let levels: [Level]

    init(report: ExecutiveReport, currentIndex: Int) {
        current = currentIndex
        mentors = report.summary.mentors.map(\.id)
        let ids = mentors
        levels = report.sweep.rows.map { row in
            let audit = row.result.audit
            let why: String
            if row.result.allocation == nil {
                why = Wording.fullStop(
                    "No allocation: \(row.result.diagnosis.map(DiagnosisText.sentence) ?? StatusText.code(row.result.status))")
            } else if let leftover = row.leftover, leftover.unspent > 0 {
                why = ExecutiveReport.moneyLeft(leftover)
            } else {
                why = "The budget is spent to the last \(report.summary.currency)."
            }
            return Level(
                amount: row.budget, amountText: Formatting.number(row.budget), budget: Formatting.money(row.budget),
                status: StatusText.sentence(row.result.status, gap: row.result.gap),
                scholars: audit.map { "\($0.scholars)" } ?? "-",
                value: audit.map { Formatting.fixed($0.objective) } ?? "-",
                spent: audit.map { Formatting.money($0.spent) } ?? "-",
                unspent: row.leftover.map { Formatting.money($0.unspent) } ?? "-", why: why,
                slots: row.result.allocation.map { allocation in ids.map { allocation[$0] } })
        }
    }

    /// JSON safe inside a `<script>` element and in XML: no `<`, `>` or `&` survives, so a mentor
    /// named `</script>` cannot end the element.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return text.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
