import LinearProgramming

/// What solving a scenario produced: why the search stopped, and the allocation when there is one.
public struct AllocationResult: Sendable {
    /// `optimal`, `feasible` (a limit stopped the search), `infeasible`, `noSolution`, `interrupted`.
    public let status: Termination
    public let allocation: Allocation?
    /// Value, cost and checks of ``allocation``, computed from the scenario.
    public let audit: AllocationAudit?
    /// Relative gap between the allocation and the best bound (0 when proven).
    public let gap: Double?
    /// The best bound on the optimum's value the search proved (the optimum itself when proven);
    /// nil when a limit stopped it before it knew one.
    public var bound: Double? = nil
    /// Wall-clock seconds for formulation and every solve.
    public let seconds: Double
    public let tieBreak: TieBreak
    /// Why there is no allocation, or why it funds nobody.
    public var diagnosis: Diagnosis?
    public let modelSize: ModelSize
    /// The variable values behind ``allocation``, to start a neighbouring solve from.
    public let assignment: [Double]?

    /// How ties among optimal allocations were settled.
    public enum TieBreak: String, Sendable, Codable {
        /// The cheapest allocation of optimal value was found.
        case cheapestAmongOptimal = "cheapest_among_optimal"
        /// The first solve was not proven optimal, so the cheapest-among-optimal step was skipped.
        case skippedNotProven = "skipped_not_proven"
        /// The cheapest-among-optimal search was stopped by the limit: the allocation is optimal
        /// in value, but a cheaper one of the same value may exist.
        case cheapestNotProven = "cheapest_not_proven"
        /// There is no allocation to settle.
        case notApplicable = "not_applicable"
    }

    public struct ModelSize: Sendable, Codable, Equatable {
        public let variables: Int
        public let integerVariables: Int
        public let rows: Int
    }
}

extension AllocationResult {
    /// A solve never started because the deadline had passed: no allocation, `noSolution`.
    public static func notStarted(_ formulation: Formulation) -> AllocationResult {
        AllocationResult(
            status: .noSolution, allocation: nil, audit: nil, gap: nil, seconds: 0, tieBreak: .notApplicable,
            diagnosis: .timeLimitReached,
            modelSize: ModelSize(
                variables: formulation.problem.variables.count,
                integerVariables: formulation.problem.integerVariableCount, rows: formulation.problem.constraints.count),
            assignment: nil)
    }
}
