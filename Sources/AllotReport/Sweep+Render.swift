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

    public func renderTable() -> String {
        var out = "\(scenarioName) — sweep of \(varied)\nscenario \(file) (hash \(hash))\n\n"
        let perLabel = "value per +\(Formatting.money(per))"
        var table = TextTable(
            headers: [
                varied == "budget" ? "budget (\(currency))" : varied, "status", "scholars", "value", "spent", perLabel,
                "slots gained / lost",
            ],
            alignments: [.right, .left, .right, .right, .right, .right, .left])
        for row in rows { table.add(Self.cells(row, changesShown: 6)) }
        out += table.render()
        let unproven = rows.filter { $0.result.status != .optimal }
        if !unproven.isEmpty {
            out +=
                "\n"
                + unproven.map { "\($0.label): \(StatusText.sentence($0.result.status, gap: $0.result.gap))" }
                .joined(separator: "\n") + "\n"
        }
        let seconds = rows.reduce(0) { $0 + $1.result.seconds }
        out += "\n\(rows.count) levels solved in \(Formatting.fixed(seconds, decimals: 2)) s\n"
        return out
    }

    /// One level's cells, shared by the table and Markdown renderers.
    static func cells(_ row: SweepRow, changesShown: Int) -> [String] {
        let audit = row.result.audit
        return [
            row.label, StatusText.code(row.result.status), audit.map { "\($0.scholars)" } ?? "-",
            audit.map { Formatting.fixed($0.objective) } ?? "-", audit.map { Formatting.money($0.spent) } ?? "-",
            row.valuePerStep.map { Formatting.fixed($0) } ?? "-", AllocationChange.describe(row.changes, limit: changesShown),
        ]
    }

    struct Document: Codable {
        var schema = "allot.sweep/1"
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
            var valuePerStep: Double?
            var slots: [String: Int]?
            var changes: [AllocationChange]
            var explanation: String?
            var solveSeconds: Double
        }
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
                    spent: row.result.audit.map { clean($0.spent) }, valuePerStep: row.valuePerStep.map(clean),
                    slots: row.result.allocation?.slots, changes: row.changes, explanation: row.result.explanation,
                    solveSeconds: clean(row.result.seconds))
            })
        return JSONNumbers.encode(document)
    }
}
