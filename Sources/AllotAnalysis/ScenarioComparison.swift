import AllotModel
import LinearProgramming

/// Several solved scenarios side by side, mentor by mentor ("what changed since last round?").
public struct ScenarioComparison: Sendable {
    /// One solved scenario.
    public struct Column: Sendable {
        public let label: String
        public let hash: String
        public let currency: String
        public let budget: Double
        public let result: AllocationResult
        /// Scholars by agenda id.
        public let agendaMix: [String: Int]
    }

    /// One mentor across the columns; nil where the mentor is not in that scenario.
    public struct MentorRow: Sendable {
        public let id: String
        /// The mentor's display name in the first scenario that gives one.
        public let name: String?
        public let slots: [Int?]
        /// Slots in each column minus slots in the first (nil where either is missing).
        public var deltas: [Int?] {
            slots.map { value in value.flatMap { current in slots.first.flatMap { $0 }.map { current - $0 } } }
        }
    }

    public let columns: [Column]
    public let mentors: [MentorRow]
    /// Every agenda id that appears in any column, in first-seen order.
    public let agendas: [String]

    public init(_ solved: [(label: String, loaded: LoadedScenario, result: AllocationResult)]) {
        columns = solved.map { entry in
            let allocation = entry.result.allocation ?? Allocation()
            var mix: [String: Int] = [:]
            for mentor in entry.loaded.scenario.mentors { mix[mentor.agenda, default: 0] += allocation[mentor.id] }
            return Column(
                label: entry.label, hash: entry.loaded.hash, currency: entry.loaded.scenario.currency,
                budget: entry.loaded.scenario.budget, result: entry.result, agendaMix: mix)
        }
        // Each scenario's mentors by id: a search of the list per id and scenario was quadratic
        // (half a minute for two 20,000-mentor scenarios, after the deadline had passed).
        let byID = solved.map { entry in
            Dictionary(entry.loaded.scenario.mentors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let ids = Set(byID.flatMap(\.keys)).sorted()
        mentors = ids.map { id in
            MentorRow(
                id: id, name: byID.lazy.compactMap { $0[id]?.name }.first,
                slots: zip(solved, byID).map { entry, mentors in
                    mentors[id] == nil ? nil : (entry.result.allocation?[id] ?? 0)
                })
        }
        var seen: [String] = []
        for entry in solved {
            for agenda in entry.loaded.scenario.agendas where !seen.contains(agenda.id) { seen.append(agenda.id) }
        }
        agendas = seen
    }
}
