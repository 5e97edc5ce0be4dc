import AllotAnalysis
import AllotModel

extension SlotExport {
    /// The columns of `allot export --slots FILE.csv`, in order (documented in README.md).
    public static let csvColumns = [
        "mentor", "mentor_name", "slot", "marginal_value", "cost", "mentor_fixed_cost", "agenda", "location", "tags",
        "status", "scenario_hash",
    ]

    /// A header record, then one record per funded slot, ascending by mentor id and slot.
    ///
    /// `cost` is the cost of that one scholar; `mentor_fixed_cost` holds the mentor's fixed cost
    /// on slot 1 and 0 on later slots, so the two columns together sum to the amount spent. A
    /// missing name or location is an empty field; tags are joined with `;`.
    public func renderCSV() -> String {
        var table = CSVTable(header: Self.csvColumns)
        let statusCode = StatusText.code(status)
        for slot in slots {
            table.add([
                .text(slot.mentor), .text(slot.mentorName ?? ""), .integer(slot.slot), .number(slot.marginalValue),
                .number(slot.cost), .number(slot.mentorFixedCost), .text(slot.agenda), .text(slot.location ?? ""),
                .text(slot.tags.joined(separator: ";")), .text(statusCode), .text(hash),
            ])
        }
        return table.render()
    }
}
