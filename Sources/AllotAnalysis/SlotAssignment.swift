import AllotModel
import LinearProgramming

/// One funded slot: the k-th scholar of one mentor, with what it adds and what it costs.
///
/// The rows of `allot export`. Summed over every slot of an allocation, ``marginalValue`` gives
/// the slot part of the objective (interactions and agenda returns belong to the portfolio, not
/// to a slot), and ``cost`` plus ``mentorFixedCost`` gives the amount spent.
public struct SlotAssignment: Sendable, Equatable {
    public let mentor: String
    public let mentorName: String?
    /// 1…n, in the order the mentor's slots fill.
    public let slot: Int
    /// The value of this scholar: the mentor's `slot`-th value.
    public let marginalValue: Double
    /// What this scholar costs (the mentor's cost per scholar, location extra included).
    public let cost: Double
    /// The mentor's fixed cost of being funded at all, carried by slot 1 only (0 on later slots)
    /// so that the column sums to the fixed costs actually paid.
    public let mentorFixedCost: Double
    public let agenda: String
    public let location: String?
    public let tags: [String]

    /// Every funded slot of `allocation`, ascending by mentor id, then slot number.
    public static func list(for allocation: Allocation, in scenario: Scenario) -> [SlotAssignment] {
        scenario.mentors.sorted { $0.id < $1.id }.flatMap { mentor -> [SlotAssignment] in
            let count = allocation[mentor.id]
            guard count > 0 else { return [] }
            let costPerScholar = scenario.costPerScholar(of: mentor)
            let fixedCost = scenario.fixedCost(of: mentor)
            return (1...count).map { slot in
                SlotAssignment(
                    mentor: mentor.id, mentorName: mentor.name, slot: slot, marginalValue: mentor.slotValues[slot - 1],
                    cost: costPerScholar, mentorFixedCost: slot == 1 ? fixedCost : 0, agenda: mentor.agenda,
                    location: mentor.location, tags: mentor.tags)
            }
        }
    }
}

/// What `allot export` writes: the funded slots of one solved scenario, traceable to its inputs.
public struct SlotExport: Sendable {
    public let scenarioName: String
    /// The scenario file as named on the command line.
    public let file: String
    /// Short hash of the scenario as solved (after `--set`).
    public let hash: String
    public let currency: String
    /// How the solve ended; `allot export` writes a file only for `optimal` and `feasible`.
    public let status: Termination
    public let slots: [SlotAssignment]

    /// The export of `result`; nil when the solve found no allocation.
    public init?(loaded: LoadedScenario, result: AllocationResult) {
        guard let allocation = result.allocation else { return nil }
        scenarioName = loaded.scenario.name
        file = loaded.file
        hash = loaded.hash
        currency = loaded.scenario.currency
        status = result.status
        slots = SlotAssignment.list(for: allocation, in: loaded.scenario)
    }
}
