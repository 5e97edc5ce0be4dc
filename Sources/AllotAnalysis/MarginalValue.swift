import AllotModel
import LinearProgramming

/// What money buys at the margin of an optimum: the value one more scholar's worth of funding
/// adds, re-solved, per unit of money.
///
/// The rate at which a value-point figure (a constraint's price, a regret) is also said in money.
public enum MarginalValue {
    /// Value per unit of money one step (``FundingLadder/stepSize(_:_:)``) above the budget;
    /// nil without an allocation, past the deadline, or when the richer scenario does not solve.
    public static func perMoney(
        _ scenario: Scenario, base: AllocationResult, allocator: Allocator, options: SolveOptions
    ) throws -> Double? {
        guard let allocation = base.allocation, let audit = base.audit, !options.isPastDeadline else { return nil }
        let step = FundingLadder.stepSize(scenario, allocation)
        var richer = scenario
        richer.budget += step
        return try allocator.solve(richer, options: options).audit.map { ($0.objective - audit.objective) / step }
    }

    /// The money equivalent of `value` points at `perMoney`; nil when money buys nothing more.
    public static func money(_ value: Double, at perMoney: Double?) -> Double? {
        guard let perMoney, perMoney > 1e-15 else { return nil }
        return value / perMoney
    }
}
