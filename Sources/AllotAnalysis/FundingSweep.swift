import AllotModel
import LinearProgramming

/// One funding level of a sweep: what the optimum is there and what changed from the level below.
public struct SweepRow: Sendable {
    /// What distinguishes this row: the budget, or the swept field's value as given (`4800`).
    public let label: String
    public let budget: Double
    public let result: AllocationResult
    /// Value gained per `per` of extra funding since the previous feasible level (nil for the first).
    public let valuePerStep: Double?
    /// Slots gained or lost since the previous level with an allocation.
    public let changes: [AllocationChange]
    /// The money the level leaves unspent and why (nil without an allocation).
    public let leftover: LeftoverMoney?

    init(label: String, scenario: Scenario, result: AllocationResult, valuePerStep: Double?, changes: [AllocationChange]) {
        self.label = label
        self.budget = scenario.budget
        self.result = result
        self.valuePerStep = valuePerStep
        self.changes = changes
        leftover = result.allocation.map { LeftoverMoney.find(in: scenario, allocation: $0) }
    }
}

/// Solves one scenario at several funding levels (DESIGN.md §3 `sweep`).
///
/// The model is built once; each level changes only the budget row. Levels are solved in
/// ascending order, each starting from the previous level's optimum, which stays feasible
/// when only the budget grows.
public struct FundingSweep {
    public let allocator: Allocator
    /// The amount of money "value per extra …" is quoted for (100,000 in the scenario's currency).
    public var per: Double = 100_000

    public init(allocator: Allocator) { self.allocator = allocator }

    public func run(_ scenario: Scenario, budgets: [Double], options: SolveOptions = SolveOptions()) throws -> [SweepRow] {
        let base = Formulation(scenario: scenario)
        var rows: [SweepRow] = []
        var previous: (budget: Double, result: AllocationResult)?
        for budget in budgets.sorted() {
            let formulation = base.withBudget(budget)
            let result = try solve(formulation, after: rows, options: options)
            var perStep: Double?
            var changes: [AllocationChange] = []
            if let earlier = previous, let before = earlier.result.audit, let now = result.audit, budget > earlier.budget {
                perStep = (now.objective - before.objective) / (budget - earlier.budget) * per
            }
            if let before = previous?.result.allocation, let now = result.allocation {
                changes = AllocationChange.between(before, now)
            }
            rows.append(
                SweepRow(
                    label: Formatting.money(budget), scenario: formulation.scenario, result: result,
                    valuePerStep: perStep, changes: changes))
            if result.allocation != nil { previous = (budget, result) }
            if result.status == .interrupted { break }
        }
        return rows
    }

    /// Solves one scenario per value of a swept field (`--vary cost.stipend_per_month=4000,4800`).
    ///
    /// Each value changes the model itself, so every row is built and solved afresh.
    public func run(variants: [(label: String, scenario: Scenario)], options: SolveOptions = SolveOptions()) throws
        -> [SweepRow]
    {
        var rows: [SweepRow] = []
        var previous: AllocationResult?
        for variant in variants {
            let result = try solve(Formulation(scenario: variant.scenario), after: rows, options: options)
            let changes =
                previous?.allocation.flatMap { before in result.allocation.map { AllocationChange.between(before, $0) } }
                ?? []
            rows.append(
                SweepRow(
                    label: variant.label, scenario: variant.scenario, result: result, valuePerStep: nil,
                    changes: changes))
            if result.allocation != nil { previous = result }
            if result.status == .interrupted { break }
        }
        return rows
    }

    /// One level's result; past the deadline, after the first level, the level is not started.
    ///
    /// A level solved past the deadline would be the quick allocation, which still costs a greedy
    /// pass, a model and a bound: a tenth of a second at 2,000 mentors, so forty levels ran
    /// seconds past the command's deadline.
    private func solve(_ formulation: Formulation, after rows: [SweepRow], options: SolveOptions) throws
        -> AllocationResult
    {
        if !rows.isEmpty && options.isPastDeadline { return .notStarted(formulation) }
        return try allocator.solveNamingConflicts(formulation, options: options)
    }
}
