import AllotModel
import LinearProgramming

/// What one more scholar's worth of funding buys, and what goes first with one less.
///
/// Re-solves at the budget plus and minus whole steps (each the cost of one scholar) and
/// reports the exact slots added or cut and the change in value.
public struct FundingLadder: Sendable {
    public struct Rung: Sendable {
        /// Steps from the current budget (+1, −1, …).
        public let steps: Int
        public let budget: Double
        public let status: Termination
        public let valueChange: Double?
        public let scholarChange: Int?
        public let changes: [AllocationChange]
    }

    /// The size of one step: what one more scholar costs (see ``stepSize(_:_:)``).
    public let step: Double
    public let rungs: [Rung]

    /// What one more step of money buys, in value per unit of money: the +1 rung's value change
    /// over the step (the rate ``MarginalValue/perMoney(_:base:allocator:options:)`` gives, from
    /// the rung already solved).
    ///
    /// nil when there is no solved +1 rung or it buys no value (≤ 0): then money cannot price value.
    public var margin: Double? {
        guard let gain = rungs.first(where: { $0.steps == 1 })?.valueChange, gain > 0, step > 0 else { return nil }
        return gain / step
    }

    /// The money equivalent of a rung's value change at the ``margin``.
    ///
    /// What that much value would cost at the rate one more step buys it; nil without a margin
    /// or a value change.
    public func moneyEquivalent(of rung: Rung) -> Double? {
        rung.valueChange.flatMap(moneyEquivalent(ofValue:))
    }

    /// The money equivalent of `value` at the ``margin``; nil without a margin.
    public func moneyEquivalent(ofValue value: Double) -> Double? {
        MarginalValue.money(value, at: margin)
    }

    /// What one more scholar costs here: the median per-scholar cost over the funded slots
    /// (location extras and overrides included), else the base cost, else 5% of the budget.
    static func stepSize(_ scenario: Scenario, _ allocation: Allocation) -> Double {
        var costs: [Double] = []
        for mentor in scenario.mentors where allocation[mentor.id] > 0 {
            costs += Array(repeating: scenario.costPerScholar(of: mentor), count: allocation[mentor.id])
        }
        costs.sort()
        if !costs.isEmpty, costs[costs.count / 2] > 0 { return costs[costs.count / 2] }
        if scenario.cost.baseCostPerScholar > 0 { return scenario.cost.baseCostPerScholar }
        return max(1, scenario.budget * 0.05)
    }

    /// Computes `count` rungs up and down from the solved base result.
    public static func compute(
        formulation: Formulation, base: AllocationResult, count: Int, allocator: Allocator, options: SolveOptions
    ) throws -> FundingLadder? {
        // After an interrupt every rung would stop at once, each still costing a quick allocation.
        guard count > 0, base.status != .interrupted, let baseAllocation = base.allocation, let baseAudit = base.audit
        else { return nil }
        let scenario = formulation.scenario
        let step = stepSize(scenario, baseAllocation)
        var rungs: [Rung] = []
        for steps in Array((1...count).reversed().map { -$0 }) + Array(1...count) {
            let budget = scenario.budget + Double(steps) * step
            guard budget >= 0 else { continue }
            // Past the command's deadline a rung would be the quick allocation, not an answer.
            if options.isPastDeadline { break }
            let result = try allocator.solve(formulation.withBudget(budget), options: options)
            rungs.append(
                Rung(
                    steps: steps, budget: budget, status: result.status,
                    valueChange: result.audit.map { $0.objective - baseAudit.objective },
                    scholarChange: result.audit.map { $0.scholars - baseAudit.scholars },
                    changes: result.allocation.map { AllocationChange.between(baseAllocation, $0) } ?? []))
            if result.status == .interrupted { break }
        }
        return FundingLadder(step: step, rungs: rungs)
    }
}
