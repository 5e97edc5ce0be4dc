import Foundation
import LinearProgramming

/// Names a minimal set of requirements that cannot hold together (issue 6: infeasibility in words).
///
/// A deletion filter over ``ConstraintGroup``s (the budget, each lock, each mentor's min-if-funded,
/// each agenda's shares and bounds, each location's seats, the cohort limits, max mentors): every
/// group is lifted in turn, and stays lifted if the scenario is still infeasible without it. What
/// remains is a conflict from which no group can be dropped.
public struct ConflictFinder: Sendable {
    public let backend: any SolverBackend
    /// Seconds the whole search may take.
    public static let timeBudget = 2.0
    /// Beyond this many groups the filter would take too many solves; hints are given instead.
    public static let maximumGroups = 400

    public init(backend: any SolverBackend) { self.backend = backend }

    /// A sentence naming a minimal conflict, or nil when none can be isolated (too many groups, a
    /// limit reached, or a conflict outside the groups).
    public func explain(_ scenario: Scenario, options: SolveOptions = SolveOptions()) throws -> String? {
        // The search runs after every infeasible solve (sweep rows, explain's locks), so it gets a
        // small budget of its own; past it, the simpler hints stand.
        let allowed = max(0, min(options.secondsAllowed ?? Self.timeBudget, Self.timeBudget))
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(allowed * 1e9)
        func remaining() -> Double? {
            let now = DispatchTime.now().uptimeNanoseconds
            return now >= deadline ? nil : Double(deadline - now) / 1e9
        }
        let groups = ConstraintGroup.all(in: scenario)
        guard !groups.isEmpty, groups.count <= Self.maximumGroups else { return nil }
        var everythingLifted = scenario
        for group in groups { group.lift(&everythingLifted) }
        guard let budget = remaining(), try isFeasible(everythingLifted, budget) == true else { return nil }
        var lifted: [Int] = []
        var conflict: [Int] = []
        for index in groups.indices {
            var candidate = scenario
            for other in lifted + [index] { groups[other].lift(&candidate) }
            guard let budget = remaining() else { return nil }
            switch try isFeasible(candidate, budget) {
            case false?: lifted.append(index)  // still infeasible without it: not needed for the conflict
            case true?: conflict.append(index)
            case nil: return nil
            }
        }
        return Self.sentence(conflict.map { groups[$0] }, scenario)
    }

    /// True or false when the solver decides, nil when a limit stops it first.
    private func isFeasible(_ scenario: Scenario, _ timeLimit: Double) throws -> Bool? {
        var problem = Formulation(scenario: scenario).problem
        problem.objective = LinearExpression()  // any feasible point is optimal: the search stops at the first
        let outcome = try backend.solve(problem, options: SolveOptions(timeLimit: max(0.001, timeLimit)))
        switch outcome.termination {
        case .optimal, .feasible: return true
        case .infeasible: return false
        default: return nil
        }
    }

    /// The conflict as a sentence with its numbers and what to change.
    static func sentence(_ conflict: [ConstraintGroup], _ scenario: Scenario) -> String {
        let locks = conflict.filter { $0.kind == .lock && $0.committedCost > 0 }
        if conflict.count == locks.count + 1, conflict.contains(where: { $0.kind == .budget }), !locks.isEmpty {
            let total = locks.reduce(0) { $0 + $1.committedCost }
            let subject =
                locks.count == 1
                ? locks[0].label + " costs"
                : "the locks on " + Self.list(locks.map { $0.label.replacingOccurrences(of: "the lock on ", with: "") }) + " cost"
            return "\(subject) \(Formatting.money(total)), more than the budget of \(Formatting.money(scenario.budget)). "
                + "Raise the budget or loosen \(locks.count == 1 ? "the" : "one") lock."
        }
        if conflict.count == 1 {
            return "\(conflict[0].label) cannot be met by the scenario's mentors. Loosen it."
        }
        let together = conflict.count == 2 ? "cannot both hold" : "cannot all hold together"
        return Self.list(conflict.map(\.label)) + " \(together). Loosen one of them."
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }
}
