import AllotAnalysis
import AllotModel

extension SolveSummary {
    /// The report of `allot solve --format markdown`: the table report's content as a Markdown document.
    ///
    /// A heading with the scenario's name and hash, the status in words, then (when there is an
    /// allocation) the mentor table, totals, where the cost comes from, agenda mix, binding
    /// constraints, the funding ladder and the model size.
    public func renderMarkdown() -> String {
        var out = "# \(Self.singleLine(scenarioName)) (hash \(hash))\n\n"
        if let targetValue { out += "Cheapest allocation reaching a value of \(Formatting.fixed(targetValue)).\n\n" }
        out += "Scenario file `\(file)`.\n\n"
        out +=
            "**Status:** \(StatusText.sentence(status, gap: gap, bound: bound)); solved in \(Formatting.fixed(seconds, decimals: 2)) s.\n"
        if let explanation { out += "\n**\(totals == nil ? "Why" : "Note"):** \(explanation)\n" }
        guard let totals else { return out }
        out += "\n## Allocation\n\n" + markdownMentorTable()
        out += "\n## Totals\n\n"
        out += "- **Scholars:** \(totals.scholars) from \(totals.fundedMentors) of \(mentors.count) mentors\n"
        out += "- **Value:** \(Formatting.fixed(totals.objective)) (slots \(Formatting.fixed(totals.slotValue))"
        out += ", interactions \(Formatting.fixed(totals.interactionValue))"
        out += ", agenda returns \(Formatting.fixed(totals.returnsValue)))\n"
        out += "- **Spent:** \(Formatting.money(totals.spent)) of \(Formatting.money(budget)) \(currency)"
        out += "; unspent \(Formatting.money(totals.unspent))\n"
        let costs = costLines()
        if !costs.isEmpty { out += "\n## Where the cost comes from (\(currency))\n\n" + costs.map { "- \($0)\n" }.joined() }
        out += "\n## Agenda mix\n\n" + markdownAgendaTable()
        out += "\n## Binding constraints\n\n"
        out +=
            binding.isEmpty
            ? "None: every constraint has room for one more scholar.\n"
            : binding.map { "- \(RequirementText.binding($0))\n" }.joined()
        if let ladderNote { out += "\n## Funding ladder\n\n\(ladderNote)\n" }
        if let ladder, !ladder.rungs.isEmpty {
            let alignments: [MarkdownTable.Alignment] =
                Array(repeating: .right, count: Self.numericColumns(ladder)) + [.left]
            var table = MarkdownTable(headers: ladderHeaders(ladder), alignments: alignments)
            for rung in ladder.rungs { table.add(Self.ladderCells(rung, of: ladder)) }
            out += "\n## Funding ladder\n\n\(ladderCaption(ladder)).\n\n" + table.render()
            out += "\n\(ladderMarginNote(ladder)).\n"
        }
        out += "\n" + footer()
        return out
    }

    /// A heading is one line: a line break in a name would end it and start a paragraph.
    private static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private func markdownMentorTable() -> String {
        var table = MarkdownTable(
            headers: Self.mentorColumns.map(\.header), alignments: Self.mentorColumns.map { $0.numeric ? .right : .left })
        for line in mentors { table.add(Self.mentorCells(line)) }
        return table.render()
    }

    private func markdownAgendaTable() -> String {
        var table = MarkdownTable(
            headers: Self.agendaColumns.map(\.header), alignments: Self.agendaColumns.map { $0.numeric ? .right : .left })
        for agenda in agendas { table.add(Self.agendaCells(agenda)) }
        return table.render()
    }
}
