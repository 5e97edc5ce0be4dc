/// Limits and tolerances for one solve.
public struct SolveOptions: Sendable, Equatable {
    /// Wall-clock limit in seconds; nil for none.
    public var timeLimit: Double?
    /// Relative MIP gap at which the search may stop and still call the result optimal.
    public var relativeGap: Double
    /// A known feasible assignment the backend may start from (indexed like the variables).
    public var startingPoint: [Double]?

    public init(timeLimit: Double? = nil, relativeGap: Double = 0, startingPoint: [Double]? = nil) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.startingPoint = startingPoint
    }

    /// Checks the options a backend would otherwise pass on unchecked (GLPK aborts on a negative gap).
    public func validate() throws(SolveOptionsError) {
        if let timeLimit, !(timeLimit.isFinite && timeLimit > 0) { throw .timeLimit(timeLimit) }
        if !(relativeGap.isFinite && relativeGap >= 0) { throw .relativeGap(relativeGap) }
    }
}

/// Options that no backend may receive.
public enum SolveOptionsError: Error, Equatable, Sendable, CustomStringConvertible {
    case timeLimit(Double)
    case relativeGap(Double)

    public var description: String {
        switch self {
        case .timeLimit(let value): "the time limit must be a positive number of seconds, not \(value)"
        case .relativeGap(let value): "the gap must be a number at least 0, not \(value)"
        }
    }
}

/// Something that solves a ``Problem``.
///
/// Termination reasons are outcomes, not errors; a backend throws only for a problem it was
/// never allowed to receive (see ``Problem/validate()``).
public protocol SolverBackend: Sendable {
    /// A short name for messages (`glpk`, `exhaustive`).
    var name: String { get }
    func solve(_ problem: Problem, options: SolveOptions) throws -> SolveOutcome
}
