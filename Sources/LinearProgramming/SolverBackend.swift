/// Limits and tolerances for one solve.
public struct SolveOptions: Sendable, Equatable {
    /// Wall-clock limit in seconds; nil for none.
    public var timeLimit: Double?
    /// Relative MIP gap at which the search may stop and still call the result optimal.
    public var relativeGap: Double
    /// A known feasible assignment the backend may start from (indexed like the variables).
    public var startingPoint: [Double]?
    /// The moment by which every solve sharing these options must have stopped; nil for none.
    ///
    /// One command's `--time-limit` is one deadline for all its solves (the first, the tie-break,
    /// the ladder, a diagnosis), where `timeLimit` bounds a single solve.
    public var deadline: ContinuousClock.Instant?
    /// How far from a whole number an integer variable may be and count as whole; nil for the
    /// backend's default (GLPK's 1e-5).
    public var integralityTolerance: Double?

    public init(
        timeLimit: Double? = nil, relativeGap: Double = 0, startingPoint: [Double]? = nil,
        deadline: ContinuousClock.Instant? = nil
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.startingPoint = startingPoint
        self.deadline = deadline
    }

    /// Seconds this solve may still take: the smaller of `timeLimit` and the time left before
    /// `deadline` (0 or less once the deadline has passed); nil when neither is set.
    public var secondsAllowed: Double? {
        let left = deadline.map { (ContinuousClock.now.duration(to: $0)).seconds }
        switch (timeLimit, left) {
        case (nil, nil): return nil
        case (let limit?, nil): return limit
        case (nil, let left?): return left
        case (let limit?, let left?): return min(limit, left)
        }
    }

    /// True once the deadline has passed (never without one).
    public var isPastDeadline: Bool { deadline.map { ContinuousClock.now >= $0 } ?? false }

    /// Checks the options a backend would otherwise pass on unchecked (GLPK aborts on a negative gap).
    public func validate() throws(SolveOptionsError) {
        if let timeLimit, !(timeLimit.isFinite && timeLimit > 0) { throw .timeLimit(timeLimit) }
        if !(relativeGap.isFinite && relativeGap >= 0) { throw .relativeGap(relativeGap) }
        if let integralityTolerance, !(integralityTolerance.isFinite && integralityTolerance > 0 && integralityTolerance < 0.5) {
            throw .integralityTolerance(integralityTolerance)
        }
    }
}

/// Options that no backend may receive.
public enum SolveOptionsError: Error, Equatable, Sendable, CustomStringConvertible {
    case timeLimit(Double)
    case relativeGap(Double)
    case integralityTolerance(Double)

    public var description: String {
        switch self {
        case .timeLimit(let value): "the time limit must be a positive number of seconds, not \(value)"
        case .relativeGap(let value): "the gap must be a number at least 0, not \(value)"
        case .integralityTolerance(let value): "the integrality tolerance must be above 0 and below 0.5, not \(value)"
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
