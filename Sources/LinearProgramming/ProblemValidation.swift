/// Why a ``Problem`` cannot be handed to a backend.
///
/// These are internal inconsistencies (a bug in whoever built the model), caught in Swift
/// because GLPK aborts the whole process on an invalid call.
public enum ProblemError: Error, Equatable, CustomStringConvertible, Sendable {
    case nonFiniteCoefficient(place: String)
    case nanBound(place: String)
    case emptyDomain(place: String, lowerBound: Double, upperBound: Double)
    case unknownVariable(place: String, index: Int)
    case nameTooLong(place: String, length: Int)
    case noVariables

    public var description: String {
        switch self {
        case .nonFiniteCoefficient(let place): "model error: a non-finite coefficient in \(place)"
        case .nanBound(let place): "model error: a NaN bound on \(place)"
        case .emptyDomain(let place, let lower, let upper):
            "model error: \(place) has lower bound \(lower) above upper bound \(upper)"
        case .unknownVariable(let place, let index): "model error: \(place) refers to variable #\(index), which does not exist"
        case .nameTooLong(let place, let length): "model error: the name of \(place) has \(length) bytes (at most 255)"
        case .noVariables: "model error: the problem has no variables"
        }
    }
}

extension Problem {
    /// The longest name GLPK accepts for a row, column or objective.
    public static let maximumNameLength = 255

    /// Checks everything a backend relies on: finite coefficients, ordered non-NaN bounds,
    /// known variables, and names short enough for audit files.
    public func validate() throws(ProblemError) {
        if variables.isEmpty { throw .noVariables }
        try Self.checkName(objectiveName, place: "the objective")
        try checkExpression(objective, place: "the objective")
        for declaration in variables {
            let place = "variable \(declaration.name)"
            try Self.checkName(declaration.name, place: place)
            try Self.checkBounds(declaration.lowerBound, declaration.upperBound, place: place)
        }
        for row in constraints {
            let place = "row \(row.name)"
            try Self.checkName(row.name, place: place)
            try Self.checkBounds(row.lowerBound, row.upperBound, place: place)
            try checkExpression(row.expression, place: place)
        }
    }

    private func checkExpression(_ expression: LinearExpression, place: String) throws(ProblemError) {
        guard expression.constant.isFinite else { throw .nonFiniteCoefficient(place: place) }
        for (variable, coefficient) in expression.coefficients {
            guard variables.indices.contains(variable.index) else {
                throw .unknownVariable(place: place, index: variable.index)
            }
            guard coefficient.isFinite else { throw .nonFiniteCoefficient(place: place) }
        }
    }

    private static func checkBounds(_ lower: Double, _ upper: Double, place: String) throws(ProblemError) {
        if lower.isNaN || upper.isNaN { throw .nanBound(place: place) }
        if lower > upper || lower == .infinity || upper == -.infinity {
            throw .emptyDomain(place: place, lowerBound: lower, upperBound: upper)
        }
    }

    private static func checkName(_ name: String, place: String) throws(ProblemError) {
        let length = name.utf8.count
        if length > maximumNameLength { throw .nameTooLong(place: place, length: length) }
    }
}
