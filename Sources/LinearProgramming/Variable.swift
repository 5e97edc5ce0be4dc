/// A decision variable of a ``Problem``: an index into the problem's variable list.
///
/// Variables are plain indices so that a model is data a backend can read without
/// knowing the domain it came from.
public struct Variable: Hashable, Comparable, Sendable {
    /// Zero-based position in ``Problem/variables``.
    public let index: Int

    public init(index: Int) { self.index = index }

    public static func < (lhs: Variable, rhs: Variable) -> Bool { lhs.index < rhs.index }
}

/// Whether a variable may take fractional values.
public enum VariableKind: String, Sendable {
    case continuous
    case integer
    /// An integer variable whose bounds are 0 and 1.
    case binary
}

/// The declaration of one variable: its name (for audit files), kind and bounds.
///
/// Invariant (checked by ``Problem/validate()``): bounds are finite or infinite but
/// never NaN, and `lowerBound <= upperBound`.
public struct VariableDeclaration: Sendable, Equatable {
    public var name: String
    public var kind: VariableKind
    public var lowerBound: Double
    public var upperBound: Double

    public init(name: String, kind: VariableKind, lowerBound: Double, upperBound: Double) {
        self.name = name
        self.kind = kind
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }
}
