import AllotAnalysis
import AllotModel

/// The stable JSON schema of `allot export --slots FILE.json` (documented in README.md).
///
/// Keys are sorted and snake_case; `mentor_name` and `location` are absent when the scenario
/// gives none.
public struct SlotsDocument: Codable, Sendable {
    public var schema = "allot.slots/1"
    public var scenario: SolveDocument.ScenarioReference
    public var status: String
    public var currency: String
    public var slots: [Slot]

    public struct Slot: Codable, Sendable, Equatable {
        public var mentor: String
        public var mentorName: String?
        public var slot: Int
        public var marginalValue: Double
        public var cost: Double
        public var mentorFixedCost: Double
        public var agenda: String
        public var location: String?
        public var tags: [String]
    }
}

extension SlotExport {
    public var document: SlotsDocument {
        let clean = JSONNumbers.clean
        return SlotsDocument(
            scenario: .init(name: scenarioName, file: file, hash: hash), status: StatusText.code(status),
            currency: currency,
            slots: slots.map {
                .init(
                    mentor: $0.mentor, mentorName: $0.mentorName, slot: $0.slot, marginalValue: clean($0.marginalValue),
                    cost: clean($0.cost), mentorFixedCost: clean($0.mentorFixedCost), agenda: $0.agenda,
                    location: $0.location, tags: $0.tags)
            })
    }

    public func renderJSON() -> String { JSONNumbers.encode(document) }
}
