import AllotAnalysis
import AllotModel

/// The one-page report of `allot report`: everything an executive decides from, as a single
/// self-contained HTML file (no external assets, readable offline, printable on A4 and Letter).
///
/// Every figure comes from the typed results the other commands print; this type only lays them
/// out. Without scripts the page shows the current budget; with them, a slider moves through the
/// sweep's levels, which are embedded as data (see ``levelsSection()``).
public struct ExecutiveReport: Sendable {
    public let summary: SolveSummary
    /// Why each mentor got what they got and the constraints' prices; nil when there is no allocation.
    public let explanation: Explanation?
    /// The funding levels; one of them is the scenario's own budget.
    public let sweep: SweepReport
    /// Present when samples were asked for (`--samples N`).
    public let robust: RobustReport?
    /// Why the reasons and prices are not on the page, when they are not.
    public var reasonsLeftOut: ReportReasons.LeftOut?

    public init(summary: SolveSummary, explanation: Explanation?, sweep: SweepReport, robust: RobustReport?) {
        self.summary = summary
        self.explanation = explanation
        self.sweep = sweep
        self.robust = robust
    }

    /// Where the sweep level at the scenario's own budget is.
    var currentLevelIndex: Int? {
        sweep.rows.firstIndex { abs($0.budget - summary.budget) <= 1e-9 * max(1, summary.budget) }
    }

    /// The sweep level at the scenario's own budget.
    var currentLevel: SweepRow? { currentLevelIndex.map { sweep.rows[$0] } }

    /// "Why money is left: …", the same words in the headline and at each level of the slider.
    static func moneyLeft(_ leftover: LeftoverMoney) -> String { "Why money is left: \(leftover.cause.sentence)." }

    var words: ExplanationWords? { explanation.map { ExplanationWords(explanation: $0, currency: summary.currency) } }

    public func renderHTML() -> String {
        let sections: [Markup] = [
            header(), headline(), allocationSection(), agendaSection(), frontierSection(), levelsSection(),
            ladderSection(), constraintSection(), explanationSection(), robustSection(), footer(),
        ]
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(xmlEscaped(summary.scenarioName)) — allot report</title>
            <style>\(PageStyle.css)</style>
            </head>
            <body>
            \(sections.map(\.html).joined(separator: "\n"))
            <script>/*<![CDATA[*/\(PageStyle.script)/*]]>*/</script>
            </body>
            </html>

            """
    }

    // MARK: - Shared pieces

    /// A section with an id (for links within the page) and a heading.
    func section(_ id: String, _ title: String, _ children: [Markup]) -> Markup {
        .element("section", [("id", id)], [.lines([.element("h2", text: title)] + children)])
    }

    /// A table; `numeric` columns align right.
    func table(
        _ headers: [String], numeric: Set<Int>, _ rows: [[String]], id: String? = nil, rowAttributes: [[(String, String?)]] = []
    ) -> Markup {
        func cellClass(_ column: Int) -> String? { numeric.contains(column) ? "num" : nil }
        let head = Markup.element(
            "thead", [],
            [.element("tr", [], headers.enumerated().map { .element("th", [("class", cellClass($0.offset))], text: $0.element) })]
        )
        let body = rows.enumerated().map { index, cells in
            Markup.element(
                "tr", index < rowAttributes.count ? rowAttributes[index] : [],
                cells.enumerated().map { .element("td", [("class", cellClass($0.offset))], text: $0.element) })
        }
        return .element("table", [("id", id)], [head, .element("tbody", [], [.lines(body)])])
    }

    func paragraph(_ text: String, class name: String? = nil) -> Markup { .element("p", [("class", name)], text: text) }

    func list(_ items: [String]) -> Markup { .element("ul", [], [.lines(items.map { .element("li", text: $0) })]) }

    func mentorLabel(_ line: SolveSummary.MentorLine) -> String { line.name.map { "\($0) (\(line.id))" } ?? line.id }
}
