import AllotAnalysis
import AllotModel

extension SolveSummary {
    /// The columns of `allot solve --format csv`, in order (documented in README.md).
    public static let csvColumns = [
        "id", "name", "agenda", "location", "slots", "cap", "value", "cost", "last_slot_value", "next_slot_value",
        "next_slot_cost", "tags", "status", "scenario_hash",
    ]

    /// A header record, then one record per mentor, ascending by id.
    ///
    /// A missing value (no name, no location, no next slot) is an empty field; tags are joined
    /// with `;`. Every record carries the status and the scenario hash, so a copied-out row can
    /// still be traced to the scenario it came from and to whether it was proven optimal.
    /// Without an allocation there is only the header record.
    public func renderCSV() -> String {
        var table = CSVTable(header: Self.csvColumns)
        // Without an allocation every mentor would read 0 slots, which looks like an answer.
        guard totals != nil else { return table.render() }
        let statusCode = StatusText.code(status)
        for line in mentors {
            table.add([
                .text(line.id), .text(line.name ?? ""), .text(line.agenda), .text(line.location ?? ""),
                .integer(line.slots), .integer(line.cap), .number(line.value), .number(line.cost),
                line.lastSlotValue.map(CSVTable.Cell.number) ?? .text(""),
                line.nextSlotValue.map(CSVTable.Cell.number) ?? .text(""),
                line.nextSlotCost.map(CSVTable.Cell.number) ?? .text(""),
                .text(line.tags.joined(separator: ";")), .text(statusCode), .text(hash),
            ])
        }
        return table.render()
    }
}
