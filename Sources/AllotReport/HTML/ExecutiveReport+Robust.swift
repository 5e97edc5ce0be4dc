import AllotAnalysis
import AllotModel

extension ExecutiveReport {
    /// What stays funded when mentors' values move within their uncertainty (`--samples N`).
    func robustSection() -> Markup {
        guard let robust else { return .empty }
        let analysis = robust.analysis
        var children: [Markup] = [paragraph(Wording.fullStop(Wording.capitalized(robust.header)), class: "note")]
        guard analysis.deterministic.allocation != nil else {
            return section(
                "robust", "How robust the plan is", children + [paragraph("No samples solved: the scenario has no allocation.")])
        }
        let core = analysis.stableCore
        let contested = analysis.contestedSlots
        children += [
            paragraph(
                "Stable core (funded in at least \(robust.stableThreshold) of samples, with the slots reached that often): "
                    + "\(Formatting.count(core.count, "mentor")), \(Formatting.count(core.reduce(0) { $0 + $1.slots }, "scholar")). "
                    + (core.isEmpty ? "" : core.map { "\($0.id) \($0.slots)" }.joined(separator: ", ") + ".")),
            contested.isEmpty
                ? paragraph("Contested slots (funded in some but fewer than \(robust.stableThreshold) of samples): none.")
                : .element(
                    "details", [("id", "contested")],
                    [
                        .element(
                            "summary",
                            text: "\(Formatting.count(contested.count, "contested slot")) (funded in some but fewer "
                                + "than \(robust.stableThreshold) of samples)"),
                        paragraph(
                            contested.map { "\($0.id) #\($0.slot) (\(Formatting.percent($0.share)))" }.joined(separator: ", ")
                                + "."),
                    ]),
            paragraph(Wording.fullStop(Wording.capitalized(robust.regretLine())), class: "why"),
            table(
                RobustReport.mentorHeaders, numeric: [1, 2, 3, 4], analysis.mentors.map(RobustReport.mentorCells),
                id: "robust-table"),
            paragraph(Wording.fullStop(Wording.capitalized(robust.statusLine())), class: "note"),
        ]
        if let note = robust.certaintyNote {
            children.append(paragraph(Wording.fullStop(Wording.capitalized(note)), class: "note"))
        }
        return section("robust", "How robust the plan is", children)
    }
}
