import AllotAnalysis
import AllotModel

extension SolveSummary {
    /// The funding ladder of the terminal report: caption, table and what its money column means.
    func ladderSection(style: TextStyle = .plain) -> String {
        if let ladderNote { return "\nfunding ladder: \(ladderNote)\n" }
        guard let ladder, !ladder.rungs.isEmpty else { return "" }
        let alignments: [TextTable.Alignment] = Array(repeating: .right, count: Self.numericColumns(ladder)) + [.left]
        var table = TextTable(headers: ladderHeaders(ladder), alignments: alignments)
        for rung in ladder.rungs { table.add(Self.ladderCells(rung, of: ladder)) }
        return "\n" + style.bold("funding ladder (\(ladderCaption(ladder)))") + "\n" + table.render(style: style)
            + ladderMarginNote(ladder) + "\n"
    }

    func ladderCaption(_ ladder: FundingLadder) -> String {
        "one step = \(Formatting.money(ladder.step)) \(currency), the cost of one scholar"
    }

    /// The money column's header, shown only when there is a margin to price value at.
    func moneyHeader() -> String { "≈ \(currency) at margin" }

    func ladderHeaders(_ ladder: FundingLadder) -> [String] {
        ["budget", "step", "value change"] + (ladder.margin == nil ? [] : [moneyHeader()])
            + ["scholars", "slots added / cut"]
    }

    /// The ladder's leading numeric columns (right-aligned); the last, the slots, is text.
    static func numericColumns(_ ladder: FundingLadder) -> Int { ladder.margin == nil ? 4 : 5 }

    static func ladderCells(_ rung: FundingLadder.Rung, of ladder: FundingLadder) -> [String] {
        let money: [String] =
            ladder.margin == nil ? [] : [ladder.moneyEquivalent(of: rung).map { signed(Formatting.money($0), $0) } ?? "-"]
        return [
            Formatting.money(rung.budget), rung.steps > 0 ? "+\(rung.steps)" : "−\(-rung.steps)",
            rung.valueChange.map { signed(Formatting.fixed($0), $0) } ?? StatusText.code(rung.status),
        ] + money + [
            rung.scholarChange.map { $0 > 0 ? "+\($0)" : $0 < 0 ? "−\(-$0)" : "0" } ?? "-",
            AllocationChange.describe(rung.changes),
        ]
    }

    /// What the money column means, or why there is none.
    func ladderMarginNote(_ ladder: FundingLadder) -> String {
        if let unit = ladder.moneyEquivalent(ofValue: 1) {
            return "\(moneyHeader()): the value change at what one more step buys"
                + " (1 of value ≈ \(Formatting.money(unit)) \(currency)); an equivalent, not money spent or saved"
        }
        if ladder.rungs.contains(where: { $0.steps == 1 && $0.valueChange != nil }) {
            return "no money equivalents: one more step buys no value"
        }
        return "no money equivalents: the +1 step was not solved"
    }

    /// A value with `+` in front when it is not negative (the number already carries a minus).
    private static func signed(_ text: String, _ value: Double) -> String {
        (value >= 0 ? "+" : "") + text
    }
}
