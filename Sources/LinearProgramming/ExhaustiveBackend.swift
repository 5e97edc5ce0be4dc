/// A brute-force backend for small pure-integer problems, used to check other backends.
///
/// It enumerates every integer point within the variable bounds, so it is exact but only
/// usable when the product of the domain sizes is at most ``maximumPoints``.
public struct ExhaustiveBackend: SolverBackend {
    public enum Failure: Error, Equatable {
        case continuousVariable(String)
        case unboundedVariable(String)
        case tooManyPoints
    }

    public let name = "exhaustive"
    public var maximumPoints: Int
    /// Feasibility tolerance on rows, absolute.
    public var tolerance = 1e-9

    public init(maximumPoints: Int = 2_000_000) { self.maximumPoints = maximumPoints }

    public func solve(_ problem: Problem, options: SolveOptions) throws -> SolveOutcome {
        try problem.validate()
        var domains: [ClosedRange<Int>] = []
        var points = 1
        for declaration in problem.variables {
            guard declaration.kind != .continuous else { throw Failure.continuousVariable(declaration.name) }
            guard declaration.lowerBound.isFinite, declaration.upperBound.isFinite else {
                throw Failure.unboundedVariable(declaration.name)
            }
            let low = Int(declaration.lowerBound.rounded(.up))
            let high = Int(declaration.upperBound.rounded(.down))
            if low > high { return SolveOutcome(termination: .infeasible) }
            domains.append(low...high)
            let (product, overflow) = points.multipliedReportingOverflow(by: high - low + 1)
            guard !overflow, product <= maximumPoints else { throw Failure.tooManyPoints }
            points = product
        }
        var point = domains.map { Double($0.lowerBound) }
        var best: (values: [Double], objective: Double)?
        let sign: Double = problem.sense == .maximize ? 1 : -1
        while true {
            if isFeasible(point, in: problem) {
                let objective = problem.objective.value(at: point)
                let isBetter = best.map { sign * objective > sign * $0.objective + tolerance } ?? true
                if isBetter { best = (point, objective) }
            }
            // Odometer increment over the domains.
            var position = 0
            while position < domains.count {
                if point[position] < Double(domains[position].upperBound) {
                    point[position] += 1
                    break
                }
                point[position] = Double(domains[position].lowerBound)
                position += 1
            }
            if position == domains.count { break }
        }
        guard let best else { return SolveOutcome(termination: .infeasible) }
        return SolveOutcome(termination: .optimal, values: best.values, objectiveValue: best.objective, relativeGap: 0)
    }

    private func isFeasible(_ point: [Double], in problem: Problem) -> Bool {
        problem.constraints.allSatisfy { row in
            let value = row.expression.value(at: point)
            return value >= row.lowerBound - tolerance && value <= row.upperBound + tolerance
        }
    }
}
