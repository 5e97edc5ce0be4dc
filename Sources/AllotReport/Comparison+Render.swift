import AllotAnalysis
import AllotModel

extension ScenarioComparison {
    /// Every mentor's slots in each scenario with the change from the first, then totals and agenda mix.
    public func renderTable(style: TextStyle = .plain) -> String { style.wrap(tableText(style: style)) }

    private func tableText(style: TextStyle) -> String {
        var out = "comparison of \(columns.count) scenarios (Δ against \(columns.first?.label ?? "-"))\n"
        for column in columns {
            out +=
                "  \(column.label): hash \(column.hash), \(StatusText.sentence(column.result.status, gap: column.result.gap))\n"
        }
        // A name column only when some mentor has a display name, as in solve's table.
        var headers = ["mentor"]
        for (index, column) in columns.enumerated() {
            headers.append(column.label)
            if index > 0 { headers.append("Δ") }
        }
        var table = TextTable(
            headers: headers, alignments: [.left] + Array(repeating: .right, count: headers.count - 1),
            nameColumn: mentors.contains { $0.name != nil })
        // Every mentor, funded or not, as in the CSV and Markdown: a mentor left out would read as absent.
        for row in mentors {
            var cells = [row.id]
            for (index, slots) in row.slots.enumerated() {
                cells.append(slots.map(String.init) ?? "absent")
                if index > 0 { cells.append(Self.signed(row.deltas[index])) }
            }
            table.add(cells, name: row.name)
        }
        out += "\n" + table.render(style: style)
        out += "\n" + totalsTable(style: style) + "\n" + style.bold("agenda mix (scholars)") + "\n" + agendaTable(style: style)
        return out
    }

    private func totalsTable(style: TextStyle) -> String {
        var table = TextTable(headers: ["total"] + columns.map(\.label), alignments: [.left] + columns.map { _ in .right })
        table.add(["scholars"] + columns.map { $0.result.audit.map { "\($0.scholars)" } ?? "-" })
        table.add(["value"] + columns.map { $0.result.audit.map { Formatting.fixed($0.objective) } ?? "-" })
        table.add(["spent"] + columns.map { $0.result.audit.map { Formatting.money($0.spent) } ?? "-" })
        table.add(["budget"] + columns.map { Formatting.money($0.budget) })
        return table.render(style: style)
    }

    private func agendaTable(style: TextStyle) -> String {
        var table = TextTable(headers: ["agenda"] + columns.map(\.label), alignments: [.left] + columns.map { _ in .right })
        for agenda in agendas { table.add([agenda] + columns.map { "\($0.agendaMix[agenda] ?? 0)" }) }
        return table.render(style: style)
    }

    static func signed(_ value: Int?) -> String {
        guard let value else { return "-" }
        return value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
    }

    struct Document: Codable {
        var schema = "allot.compare/1"
        var scenarios: [Scenario]
        var mentors: [Mentor]
        struct Scenario: Codable {
            var label: String
            var hash: String
            var status: String
            var scholars: Int?
            var objective: Double?
            var spent: Double?
            var budget: Double
            var currency: String
            var agendaMix: [String: Int]
            var explanation: String?
        }
        struct Mentor: Codable {
            var id: String
            var slots: [Int?]
            var deltas: [Int?]
        }
    }

    public func renderJSON() -> String {
        let clean = JSONNumbers.clean
        let document = Document(
            scenarios: columns.map { column in
                Document.Scenario(
                    label: column.label, hash: column.hash, status: StatusText.code(column.result.status),
                    scholars: column.result.audit?.scholars, objective: column.result.audit.map { clean($0.objective) },
                    spent: column.result.audit.map { clean($0.spent) }, budget: column.budget, currency: column.currency,
                    agendaMix: column.agendaMix, explanation: column.result.explanation)
            },
            mentors: mentors.map { Document.Mentor(id: $0.id, slots: $0.slots, deltas: $0.deltas) })
        return JSONNumbers.encode(document)
    }
}
