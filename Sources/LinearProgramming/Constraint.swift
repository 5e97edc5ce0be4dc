/// A row `lowerBound <= expression <= upperBound` of a ``Problem``.
///
/// Either bound may be infinite; an equality has equal bounds. The expression's constant
/// is folded into the bounds when the row is added, so stored rows have constant 0.
public struct Constraint: Sendable, Equatable {
    /// A readable name, written into audit files (`budget`, `share_max[evals]`).
    public var name: String
    public var expression: LinearExpression
    public var lowerBound: Double
    public var upperBound: Double

    public init(name: String, expression: LinearExpression, lowerBound: Double, upperBound: Double) {
        self.name = name
        self.expression = expression
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }
}

/// The optimisation sense of a ``Problem``.
public enum ObjectiveSense: String, Sendable {
    case maximize
    case minimize
}
