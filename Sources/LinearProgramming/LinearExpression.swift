/// A sparse linear expression `Σ coefficient·variable + constant`.
///
/// Terms on the same variable are merged as they are added, so a backend never sees a
/// duplicate (row, column) entry (GLPK aborts the process on one).
public struct LinearExpression: Sendable, Equatable {
    /// Coefficients keyed by variable; zero coefficients are kept out.
    public private(set) var coefficients: [Variable: Double] = [:]
    public var constant: Double = 0

    public init() {}

    public init(_ terms: [(Variable, Double)], constant: Double = 0) {
        for (variable, coefficient) in terms { add(coefficient, variable) }
        self.constant = constant
    }

    /// Adds `coefficient·variable`, merging with an existing term on the same variable.
    public mutating func add(_ coefficient: Double, _ variable: Variable) {
        let merged = coefficients[variable, default: 0] + coefficient
        coefficients[variable] = merged == 0 ? nil : merged
    }

    /// Adds every term (and the constant) of `other`, scaled by `factor`.
    public mutating func add(_ other: LinearExpression, times factor: Double = 1) {
        for (variable, coefficient) in other.coefficients { add(factor * coefficient, variable) }
        constant += factor * other.constant
    }

    /// The terms in ascending variable order, so every consumer sees the same order.
    public var sortedTerms: [(variable: Variable, coefficient: Double)] {
        coefficients.sorted { $0.key < $1.key }.map { (variable: $0.key, coefficient: $0.value) }
    }

    /// The value of the expression at a point (indexed by variable index).
    public func value(at point: [Double]) -> Double {
        coefficients.reduce(constant) { $0 + $1.value * point[$1.key.index] }
    }

    public var isEmpty: Bool { coefficients.isEmpty }
}
