import AllotAnalysis
import AllotModel

extension SweepReport {
    /// One row per level; the scenario hash on every row so a spreadsheet can be traced.
    public func renderCSV() -> String {
        var table = CSVTable(header: [
            // unspent and left_over_because came later: appended, so readers by column position still work.
            "label", "budget", "status", "scholars", "objective", "spent", "value_per_step", "changes", "scenario_hash",
            "unspent", "left_over_because",
        ])
        for row in rows {
            let audit = row.result.audit
            table.add([
                .text(row.label), .number(row.budget), .text(StatusText.code(row.result.status)),
                audit.map { .integer($0.scholars) } ?? .text(""), audit.map { .number($0.objective) } ?? .text(""),
                audit.map { .number($0.spent) } ?? .text(""), row.valuePerStep.map { .number($0) } ?? .text(""),
                .text(row.changes.map { "\($0.mentor) \($0.delta > 0 ? "+" : "")\($0.delta)" }.joined(separator: "; ")),
                .text(hash), row.leftover.map { .number($0.unspent) } ?? .text(""),
                .text(row.leftover.map { $0.cause == .budget ? "" : $0.cause.sentence } ?? row.result.explanation ?? ""),
            ])
        }
        return table.render()
    }

    public func renderMarkdown() -> String {
        let out = "# \(scenarioName): sweep of \(varied) (hash \(hash))\n\nScenario file `\(file)`.\n\n"
        var table = MarkdownTable(headers: headers, alignments: [.right, .left, .right, .right, .right, .right, .right, .left])
        for row in rows { table.add(Self.cells(row, changesShown: 50)) }
        var notes = rows.filter { $0.result.allocation == nil }.compactMap { row in
            row.result.explanation.map { "\(row.label): \(StatusText.code(row.result.status)) — \($0)" }
        }
        notes += leftoverLines().map { "Money left over at \($0)" }
        return out + table.render() + (notes.isEmpty ? "" : "\n" + notes.map { "- \(MarkdownTable.escape($0))\n" }.joined())
    }
}

extension ScenarioComparison {
    /// Mentor rows with slots per scenario and the change from the first; totals follow as rows.
    public func renderCSV() -> String {
        var header = ["mentor"]
        for (index, column) in columns.enumerated() {
            header.append(column.label)
            if index > 0 { header.append("delta \(column.label)") }
        }
        var table = CSVTable(header: header)
        for row in mentors {
            var cells: [CSVTable.Cell] = [.text(row.id)]
            for (index, slots) in row.slots.enumerated() {
                cells.append(slots.map { .integer($0) } ?? .text("absent"))
                if index > 0 { cells.append(row.deltas[index].map { .integer($0) } ?? .text("")) }
            }
            table.add(cells)
        }
        let totals: [(String, (Column) -> CSVTable.Cell)] = [
            ("total scholars", { $0.result.audit.map { .integer($0.scholars) } ?? .text("") }),
            ("total value", { $0.result.audit.map { .number($0.objective) } ?? .text("") }),
            ("total spent", { $0.result.audit.map { .number($0.spent) } ?? .text("") }),
            ("scenario hash", { .text($0.hash) }),
        ]
        for (name, cell) in totals {
            var cells: [CSVTable.Cell] = [.text(name)]
            for (index, column) in columns.enumerated() {
                cells.append(cell(column))
                if index > 0 { cells.append(.text("")) }
            }
            table.add(cells)
        }
        return table.render()
    }

    public func renderMarkdown() -> String {
        var out = "# Comparison of \(columns.count) scenarios\n\n"
        for column in columns {
            out +=
                "- **\(MarkdownTable.escape(column.label))**: hash \(column.hash), "
                + "\(StatusText.sentence(column.result.status, gap: column.result.gap))\n"
        }
        var headers = ["mentor"]
        for (index, column) in columns.enumerated() { headers += index > 0 ? [column.label, "Δ"] : [column.label] }
        var table = MarkdownTable(headers: headers, alignments: [.left] + headers.dropFirst().map { _ in .right })
        for row in mentors {
            var cells = [row.id]
            for (index, slots) in row.slots.enumerated() {
                cells.append(slots.map(String.init) ?? "absent")
                if index > 0 { cells.append(Self.signed(row.deltas[index])) }
            }
            table.add(cells)
        }
        out += "\n## Mentors\n\n" + table.render()
        var totals = MarkdownTable(headers: ["total"] + columns.map(\.label), alignments: [.left] + columns.map { _ in .right })
        totals.add(["scholars"] + columns.map { $0.result.audit.map { "\($0.scholars)" } ?? "-" })
        totals.add(["value"] + columns.map { $0.result.audit.map { Formatting.fixed($0.objective) } ?? "-" })
        totals.add(["spent"] + columns.map { $0.result.audit.map { Formatting.money($0.spent) } ?? "-" })
        out += "\n## Totals\n\n" + totals.render()
        var mix = MarkdownTable(headers: ["agenda"] + columns.map(\.label), alignments: [.left] + columns.map { _ in .right })
        for agenda in agendas { mix.add([agenda] + columns.map { "\($0.agendaMix[agenda] ?? 0)" }) }
        return out + "\n## Agenda mix (scholars)\n\n" + mix.render()
    }
}
