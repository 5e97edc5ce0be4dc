/// Why a solver stopped.
///
/// A value, not an error: sweeps and explanations report it row by row.
public enum Termination: String, Sendable, Equatable, Codable {
    /// Proven optimal within the requested relative gap.
    case optimal
    /// A limit (time) stopped the search with an incumbent; it is not proven optimal.
    case feasible
    /// No assignment satisfies the rows and bounds.
    case infeasible
    /// The objective can grow without bound (a modelling bug for allot's models).
    case unbounded
    /// A limit stopped the search before any feasible assignment was found.
    case noSolution
    /// The caller asked the search to stop (an interrupt).
    case interrupted
}

/// The result of one solve: why it stopped and, when there is one, the best assignment.
public struct SolveOutcome: Sendable, Equatable {
    public var termination: Termination
    /// Variable values indexed like ``Problem/variables``; nil when there is no assignment.
    public var values: [Double]?
    /// The objective at ``values``; nil when there is no assignment.
    public var objectiveValue: Double?
    /// The relative gap between the incumbent and the best bound, when known (0 when proven).
    public var relativeGap: Double?
    /// The best bound on the objective the search proved (the optimum when proven); nil when unknown.
    public var bestBound: Double?
    /// Wall-clock seconds spent in the backend.
    public var seconds: Double

    public init(
        termination: Termination, values: [Double]? = nil, objectiveValue: Double? = nil,
        relativeGap: Double? = nil, bestBound: Double? = nil, seconds: Double = 0
    ) {
        self.termination = termination
        self.values = values
        self.objectiveValue = objectiveValue
        self.relativeGap = relativeGap
        self.bestBound = bestBound
        self.seconds = seconds
    }

    /// True when there is an assignment to read (optimal or feasible).
    public var hasAssignment: Bool { values != nil }

    /// GLPK's measure of the distance from a bound: |value − bound| / (|value| + ε).
    public static func relativeGap(_ value: Double, bound: Double) -> Double {
        abs(value - bound) / (abs(value) + Double.ulpOfOne)
    }
}
