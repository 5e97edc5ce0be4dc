import AllotAnalysis
import AllotModel
import Foundation

/// Renders a funding sweep: the frontier of scholars and value against funding.
public struct SweepReport: Sendable {
    public let scenarioName: String
    public let file: String
    public let hash: String
    public let currency: String
    /// `budget`, or the swept field's path.
    public let varied: String
    public let rows: [SweepRow]
    public let per: Double

    public init(loaded: LoadedScenario, varied: String, rows: [SweepRow], per: Double = 100_000) {
        scenarioName = loaded.scenario.name
        file = loaded.file
        hash = loaded.hash
        currency = loaded.scenario.currency
        self.varied = varied
        self.rows = rows
        self.per = per
    }

    public func renderTable(style: TextStyle = .plain) -> String { style.wrap(tableText(style: style)) }

    private func tableText(style: TextStyle) -> String {
        var out = "\(scenarioName) — sweep of \(varied)\nscenario \(file) (hash \(hash))\n\n"
        var table = TextTable(headers: headers, alignments: [.right, .left, .right, .right, .right, .right, .right, .left])
        for row in rows { table.add(Self.cells(row, changesShown: 6)) }
        out += table.render(style: style)
        let unproven = rows.filter { $0.result.status != .optimal }
        if !unproven.isEmpty {
            out +=
                "\n"
                + unproven.map { row in
                    "\(row.label): \(StatusText.sentence(row.result.status, gap: row.result.gap))"
                        + (row.result.allocation == nil ? row.result.explanation.map { " — \($0)" } ?? "" : "")
                }
                .joined(separator: "\n") + "\n"
        }
        let leftover = leftoverLines()
        if !leftover.isEmpty { out += "\nwhy money is left over\n" + leftover.map { "  \($0)\n" }.joined() }
        let seconds = rows.reduce(0) { $0 + $1.result.seconds }
        out += "\n\(rows.count) levels solved in \(Formatting.fixed(seconds, decimals: 2)) s\n"
        return out
    }

    /// Consecutive levels that leave money for the same reason (other than the budget), grouped:
    /// "1,250,000 to 1,500,000: 40,000 to 290,000 unspent; every next scholar …".
    func leftoverLines() -> [String] {
        var groups: [(first: SweepRow, last: SweepRow, cause: LeftoverMoney.Cause)] = []
        for row in rows {
            guard let leftover = row.leftover, leftover.cause != .budget else { continue }
            if let last = groups.last, last.cause == leftover.cause,
                rows.firstIndex(where: { $0.label == last.last.label })
                    .map({ $0 + 1 < rows.count && rows[$0 + 1].label == row.label }) == true
            {
                groups[groups.count - 1].last = row
            } else {
                groups.append((row, row, leftover.cause))
            }
        }
        return groups.map { group in
            let unspent = [group.first, group.last].compactMap { $0.leftover.map { Formatting.money($0.unspent) } }
            let levels = group.first.label == group.last.label ? group.first.label : "\(group.first.label) to \(group.last.label)"
            let money = unspent.first == unspent.last ? unspent[0] : "\(unspent[0]) to \(unspent[1])"
            return "\(levels): \(money) unspent; \(group.cause.sentence)"
        }
    }

    /// The levels table's headers, shared by the table, Markdown and HTML renderers.
    var headers: [String] {
        [
            varied == "budget" ? "budget (\(currency))" : varied, "status", "scholars", "value", "spent", "unspent",
            "value per +\(Formatting.money(per))", "slots gained / lost",
        ]
    }

    /// One level's cells, shared by the table, Markdown and HTML renderers.
    static func cells(_ row: SweepRow, changesShown: Int) -> [String] {
        let audit = row.result.audit
        return [
            row.label, StatusText.code(row.result.status), audit.map { "\($0.scholars)" } ?? "-",
            audit.map { Formatting.fixed($0.objective) } ?? "-", audit.map { Formatting.money($0.spent) } ?? "-",
            row.leftover.map { Formatting.money($0.unspent) } ?? "-", row.valuePerStep.map { Formatting.fixed($0) } ?? "-",
            AllocationChange.describe(row.changes, limit: changesShown),
        ]
    }

    struct Document: Codable {
        var schema = "allot.sweep/1"  // fields only added since 1: unspent, left_over
        var scenario: SolveDocument.ScenarioReference
        var varied: String
        var currency: String
        var valuePer: Double
        var rows: [Row]
        struct Row: Codable {
            var label: String
            var budget: Double
            var status: String
            var provenOptimal: Bool
            var gap: Double?
            var scholars: Int?
            var objective: Double?
            var spent: Double?
            var unspent: Double?
            var leftOver: LeftOver?
            var valuePerStep: Double?
            var slots: [String: Int]?
            var changes: [AllocationChange]
            var explanation: String?
            var solveSeconds: Double
        }
        struct LeftOver: Codable {
            var cause: String
            var requirements: [Requirement]
            var text: String
        }
        struct Requirement: Codable {
            var constraint: String
            var subject: String?
            var text: String
        }
    }

    static func leftOver(_ leftover: LeftoverMoney?) -> Document.LeftOver? {
        guard let leftover else { return nil }
        var requirements: [Document.Requirement] = []
        if case .requirements(let list) = leftover.cause {
            requirements = list.map { .init(constraint: $0.code, subject: $0.subject, text: RequirementText.label($0)) }
        }
        return .init(cause: leftover.cause.code, requirements: requirements, text: leftover.cause.sentence)
    }

    public func renderJSON() -> String {
        let clean = JSONNumbers.clean
        let document = Document(
            scenario: .init(name: scenarioName, file: file, hash: hash), varied: varied, currency: currency, valuePer: per,
            rows: rows.map { row in
                Document.Row(
                    label: row.label, budget: row.budget, status: StatusText.code(row.result.status),
                    provenOptimal: row.result.status == .optimal, gap: row.result.gap.map(clean),
                    scholars: row.result.audit?.scholars, objective: row.result.audit.map { clean($0.objective) },
                    spent: row.result.audit.map { clean($0.spent) }, unspent: row.leftover.map { clean($0.unspent) },
                    leftOver: Self.leftOver(row.leftover), valuePerStep: row.valuePerStep.map(clean),
                    slots: row.result.allocation?.slots, changes: row.changes, explanation: row.result.explanation,
                    solveSeconds: clean(row.result.seconds))
            })
        return JSONNumbers.encode(document)
    }
}
