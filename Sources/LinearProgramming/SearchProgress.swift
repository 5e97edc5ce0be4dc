/// What a running search knows so far, for a progress display while it runs.
public struct SearchProgress: Sendable, Equatable {
    /// The objective of the best assignment found so far; nil before the first.
    public var incumbent: Double?
    /// The best bound on the optimum; nil before the search has one.
    public var bound: Double?
    /// The relative gap between the two; nil until both exist.
    public var gap: Double?

    public init(incumbent: Double? = nil, bound: Double? = nil, gap: Double? = nil) {
        self.incumbent = incumbent
        self.bound = bound
        self.gap = gap
    }
}
