/// The value, cost and constraint check of an allocation, computed straight from the scenario.
///
/// Deliberately independent of ``Formulation``: it restates DESIGN.md §2 in domain terms (through
/// ``ConstraintCatalogue``), so it can check what the solver returned and score the allocations a
/// brute force enumerates.
public struct AllocationAudit: Sendable, Equatable {
    /// Sum of the funded slots' marginal values.
    public let slotValue: Double
    /// Sum of interaction values whose two mentors are both funded.
    public let interactionValue: Double
    /// Sum over agendas of the returns of their scholars.
    public let returnsValue: Double
    /// The full §2 objective.
    public var objective: Double { slotValue + interactionValue + returnsValue }
    public let tally: AllocationTally
    /// Money spent (per-scholar costs plus fixed costs of funded mentors).
    public var spent: Double { tally.spent }
    public var scholars: Int { tally.scholars }
    public var fundedMentors: Int { tally.fundedMentors }
    public var scholarsByAgenda: [String: Int] { tally.scholarsByAgenda }
    public var scholarsByLocation: [String: Int] { tally.scholarsByLocation }
    /// Every requirement the allocation breaks; empty when feasible.
    public let violations: [Violation]
    /// Ids the allocation funds that are not mentors of the scenario, or that it gives a negative count.
    public let strays: [String]

    public var isFeasible: Bool { violations.isEmpty && strays.isEmpty }

    public init(scenario: Scenario, allocation: Allocation, tolerance: Double = 1e-9) {
        self.init(catalogue: ConstraintCatalogue(scenario), allocation: allocation, tolerance: tolerance)
    }

    /// Audits against a catalogue built once (a brute force audits thousands of allocations).
    public init(catalogue: ConstraintCatalogue, allocation: Allocation, tolerance: Double = 1e-9) {
        let scenario = catalogue.scenario
        let tally = AllocationTally(scenario: scenario, allocation: allocation)
        let known = Set(scenario.mentors.map(\.id))
        strays = allocation.slots.filter { !known.contains($0.key) || $0.value < 0 }.keys.sorted()
        slotValue = scenario.mentors.reduce(0) { $0 + $1.value(ofSlots: max(0, allocation[$1.id])) }
        interactionValue = scenario.interactions.filter { allocation[$0.first] > 0 && allocation[$0.second] > 0 }
            .reduce(0) { $0 + $1.value }
        returnsValue = scenario.agendas.reduce(0) { sum, agenda in
            let count = tally.scholarsByAgenda[agenda.id, default: 0]
            return sum + (count > 0 ? (1...count).reduce(0) { $0 + agenda.returnOfScholar($1) } : 0)
        }
        self.tally = tally
        violations = catalogue.violations(tally, tolerance: tolerance)
    }
}
