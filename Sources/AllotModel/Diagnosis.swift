/// Why a solve has no allocation, or why its optimum funds nobody, as a value.
///
/// The report layer says it in words (AllotReport's `DiagnosisText`).
public enum Diagnosis: Sendable, Equatable {
    /// A time limit stopped the search before it found any allocation.
    case timeLimitReached
    case interrupted
    /// A bug: the model should never be unbounded.
    case unbounded
    /// No allocation satisfies every requirement; the simple conflicts that can be named without
    /// re-solving (possibly none). ``ConflictFinder`` replaces it with a ``conflict(_:)`` where the
    /// caller shows the reason.
    case infeasible([InfeasibilityHint])
    /// A minimal set of requirements that cannot hold together.
    case conflict(Conflict)
    /// No allocation reaches the value asked for (`--target-value`).
    case targetUnreachable(Double)
    /// The optimum funds nobody: every mentor is excluded, capped at 0 or locked below their min.
    case noMentorFundable
    /// The optimum funds nobody: the budget is below the cheapest mentor's first scholars.
    case budgetBelowCheapest(budget: Double, cheapest: Double)
    /// The optimum funds nobody: an agenda's `min_share` no mentor of it can fill.
    case shareUnfillable(agenda: String, minShare: Double)
    /// The optimum funds nobody: no affordable option adds value.
    case nothingPays
}

/// A conflict named without re-solving.
public enum InfeasibilityHint: Sendable, Equatable {
    case locksOverBudget(mentors: [String], cost: Double, budget: Double)
    case locksOverCohortMaximum(scholars: Int, maximum: Int)
    case locksOverMaxMentors(mentors: Int, maximum: Int)
    case cohortMinimumUnreachable(minimum: Int, possible: Int)
    case agendaMinimumUnreachable(agenda: String, minimum: Int, room: Int)
}

/// Requirements that cannot all hold, none of which can be dropped from the set.
public struct Conflict: Sendable, Equatable {
    public let requirements: [Requirement]
    /// The money each requirement commits (a lock's mentor at the locked count; 0 otherwise).
    public let committedCosts: [Double]
    /// The budget the conflict was found at.
    public let budget: Double
}
