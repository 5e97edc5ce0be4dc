extension Problem {
    /// Whether `point` satisfies every bound, integrality requirement and row within `tolerance`.
    ///
    /// Backends use it before offering a caller's starting point to a solver that would take
    /// the point on trust (GLPK's `glp_ios_heur_sol` does not check feasibility).
    public func isFeasible(_ point: [Double], tolerance: Double = 1e-7) -> Bool {
        guard point.count == variables.count else { return false }
        for (value, declaration) in zip(point, variables) {
            guard value.isFinite, value >= declaration.lowerBound - tolerance,
                value <= declaration.upperBound + tolerance
            else { return false }
            if declaration.kind != .continuous, abs(value - value.rounded()) > tolerance { return false }
        }
        for row in constraints {
            let activity = row.expression.value(at: point)
            // Rows such as the budget reach millions: scale the tolerance with the bound.
            let slack =
                tolerance
                * max(1, abs(row.lowerBound.isFinite ? row.lowerBound : 0), abs(row.upperBound.isFinite ? row.upperBound : 0))
            if activity < row.lowerBound - slack || activity > row.upperBound + slack { return false }
        }
        return true
    }
}
