/// A mixed-integer linear program as plain data: variables, rows and one objective.
///
/// The problem knows nothing of any solver; a ``SolverBackend`` reads it. Build it with
/// ``addVariable(_:kind:lowerBound:upperBound:)`` and ``addConstraint(_:_:lowerBound:upperBound:)``,
/// then call ``validate()`` (backends do so too) before solving.
public struct Problem: Sendable, Equatable {
    public var name: String
    public private(set) var variables: [VariableDeclaration] = []
    public private(set) var constraints: [Constraint] = []
    public var objective = LinearExpression()
    public var sense: ObjectiveSense = .maximize
    /// The objective's name in audit files.
    public var objectiveName = "objective"

    public init(name: String) { self.name = name }

    @discardableResult
    public mutating func addVariable(
        _ name: String, kind: VariableKind, lowerBound: Double = 0, upperBound: Double = .infinity
    ) -> Variable {
        let bounds = kind == .binary ? (max(0, lowerBound), min(1, upperBound)) : (lowerBound, upperBound)
        variables.append(VariableDeclaration(name: name, kind: kind, lowerBound: bounds.0, upperBound: bounds.1))
        return Variable(index: variables.count - 1)
    }

    /// Adds `lowerBound <= expression <= upperBound`, moving the expression's constant into the bounds.
    public mutating func addConstraint(
        _ name: String, _ expression: LinearExpression, lowerBound: Double = -.infinity,
        upperBound: Double = .infinity
    ) {
        var row = expression
        let constant = row.constant
        row.constant = 0
        constraints.append(
            Constraint(name: name, expression: row, lowerBound: lowerBound - constant, upperBound: upperBound - constant))
    }

    /// Narrows a variable's bounds, for instance to fix a variable.
    public mutating func setBounds(_ variable: Variable, lowerBound: Double, upperBound: Double) {
        variables[variable.index].lowerBound = lowerBound
        variables[variable.index].upperBound = upperBound
    }

    /// Changes a row's bounds in place (a sweep changes only the budget row).
    public mutating func setBounds(ofConstraint index: Int, lowerBound: Double, upperBound: Double) {
        constraints[index].lowerBound = lowerBound
        constraints[index].upperBound = upperBound
    }

    public var integerVariableCount: Int { variables.count { $0.kind != .continuous } }
}
