import AllotModel
import LinearProgramming

/// Everything `allot solve` reports about one solved scenario, ready for any renderer.
public struct SolveSummary: Sendable {
    public let scenarioName: String
    public let file: String
    public let hash: String
    public let currency: String
    public let budget: Double
    public let status: Termination
    public let gap: Double?
    /// The best bound on the optimum's value, when the search was stopped with one.
    public let bound: Double?
    public let seconds: Double
    public let tieBreak: AllocationResult.TieBreak
    /// Why there is no allocation, or why it funds nobody.
    public let diagnosis: Diagnosis?
    public let warnings: [ScenarioIssue]
    public let modelSize: AllocationResult.ModelSize
    /// Present when there is an allocation.
    public let totals: Totals?
    /// Every mentor, ascending by id.
    public let mentors: [MentorLine]
    public let agendas: [AgendaLine]
    public let binding: [BindingConstraint]
    /// The cost of one scholar, once per distinct origin (see ``Scenario/scholarCosts(for:)``).
    public let scholarCosts: [ScholarCost]
    /// The funded mentors' fixed costs; empty when none has one.
    public let fixedCosts: [FixedCost]
    /// Re-solves a few steps up and down from the budget, when computed.
    public var ladder: FundingLadder?
    /// Why the ladder was not computed, when it was not.
    public var ladderNote: String?
    /// Set when this is the cheapest allocation reaching a value target (`--target-value`).
    public var targetValue: Double?

    public struct Totals: Sendable {
        public let scholars: Int
        public let fundedMentors: Int
        public let objective: Double
        public let slotValue: Double
        public let interactionValue: Double
        public let returnsValue: Double
        public let spent: Double
        public var unspent: Double
    }

    /// One mentor's allocation and its margins.
    public struct MentorLine: Sendable {
        public let id: String
        public let name: String?
        public let agenda: String
        public let location: String?
        public let slots: Int
        public let cap: Int
        /// Sum of the funded slots' values.
        public let value: Double
        public let cost: Double
        /// Marginal value of the last funded slot (nil when unfunded).
        public let lastSlotValue: Double?
        /// Value of the next step: one more slot, or for an unfunded mentor the whole first block
        /// of `min` slots (nil at the mentor's highest allowed count).
        public let nextSlotValue: Double?
        /// The cost of that next slot (the whole first block, with any fixed cost, when unfunded).
        public let nextSlotCost: Double?
        public let tags: [String]
    }

    public struct AgendaLine: Sendable {
        public let id: String
        public let name: String
        public let scholars: Int
        /// Share of the cohort (0 when nobody is funded).
        public let share: Double
        public let minShare: Double
        public let maxShare: Double
        public let minScholars: Int
        public let maxScholars: Int?
    }

    public init(loaded: LoadedScenario, result: AllocationResult) {
        let scenario = loaded.scenario
        scenarioName = scenario.name
        file = loaded.file
        hash = loaded.hash
        currency = scenario.currency
        budget = scenario.budget
        status = result.status
        gap = result.gap
        bound = result.status == .optimal && result.gap == 0 ? nil : result.bound
        seconds = result.seconds
        tieBreak = result.tieBreak
        diagnosis = result.diagnosis
        warnings = loaded.warnings.filter { $0.severity == .warning }
        modelSize = result.modelSize
        let allocation = result.allocation ?? Allocation()
        totals = result.audit.map {
            Totals(
                scholars: $0.scholars, fundedMentors: $0.fundedMentors, objective: $0.objective,
                slotValue: $0.slotValue, interactionValue: $0.interactionValue, returnsValue: $0.returnsValue,
                spent: $0.spent, unspent: scenario.budget - $0.spent)
        }
        mentors = scenario.mentors.sorted { $0.id < $1.id }.map { Self.line(for: $0, in: scenario, slots: allocation[$0.id]) }
        let total = allocation.scholars
        agendas = scenario.agendas.map { agenda in
            let count = scenario.mentors.filter { $0.agenda == agenda.id }.reduce(0) { $0 + allocation[$1.id] }
            return AgendaLine(
                id: agenda.id, name: agenda.displayName, scholars: count,
                share: total == 0 ? 0 : Double(count) / Double(total), minShare: agenda.minShare,
                maxShare: agenda.maxShare, minScholars: agenda.minScholars, maxScholars: agenda.maxScholars)
        }
        binding = result.allocation.map { BindingConstraint.find(in: scenario, allocation: $0) } ?? []
        scholarCosts = scenario.scholarCosts(for: allocation)
        fixedCosts = scenario.fixedCosts(for: allocation)
    }

    private static func line(for mentor: Mentor, in scenario: Scenario, slots: Int) -> MentorLine {
        let next = scenario.nextStep(of: mentor, from: slots)
        return MentorLine(
            id: mentor.id, name: mentor.name, agenda: mentor.agenda, location: mentor.location, slots: slots,
            cap: mentor.cap, value: mentor.value(ofSlots: slots), cost: scenario.cost(of: mentor, scholars: slots),
            lastSlotValue: slots > 0 ? mentor.slotValues[slots - 1] : nil, nextSlotValue: next?.value,
            nextSlotCost: next?.cost, tags: mentor.tags)
    }
}
