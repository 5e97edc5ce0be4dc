import Foundation
import LinearProgramming

/// Names a minimal set of requirements that cannot hold together (issue 6: infeasibility in words).
///
/// A deletion filter over the negotiable requirements of ``ConstraintCatalogue`` (the budget, each
/// lock and min-if-funded, each agenda's shares and bounds, each location's seats, the cohort
/// limits, max mentors): each is lifted in turn, and stays lifted if the scenario is still
/// infeasible without it. What remains is a conflict from which no requirement can be dropped.
public struct ConflictFinder: Sendable {
    public let backend: any SolverBackend
    /// Seconds the whole search may take.
    public static let timeBudget = 2.0
    /// Beyond this many requirements the filter would take too many solves; hints are given instead.
    public static let maximumGroups = 400

    public init(backend: any SolverBackend) { self.backend = backend }

    /// A minimal conflict, or nil when none can be isolated (too many requirements, a limit
    /// reached, or a conflict outside the negotiable requirements).
    public func conflict(in scenario: Scenario, options: SolveOptions = SolveOptions()) throws -> Conflict? {
        // Callers run it only where they show the reason (a sweep row, `solve`), so each search
        // gets a small budget of its own; past it, the simpler hints stand.
        let allowed = max(0, min(options.secondsAllowed ?? Self.timeBudget, Self.timeBudget))
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(allowed * 1e9)
        func remaining() -> Double? {
            let now = DispatchTime.now().uptimeNanoseconds
            return now >= deadline ? nil : Double(deadline - now) / 1e9
        }
        let catalogue = ConstraintCatalogue(scenario)
        let groups = catalogue.requirements.filter(ConstraintCatalogue.isNegotiable)
        guard !groups.isEmpty, groups.count <= Self.maximumGroups else { return nil }
        var everythingLifted = scenario
        for group in groups { ConstraintCatalogue.lift(group, in: &everythingLifted) }
        guard let budget = remaining(), try isFeasible(everythingLifted, budget) == true else { return nil }
        var lifted: [Requirement] = []
        var conflict: [Requirement] = []
        for group in groups {
            var candidate = scenario
            for other in lifted + [group] { ConstraintCatalogue.lift(other, in: &candidate) }
            guard let budget = remaining() else { return nil }
            switch try isFeasible(candidate, budget) {
            case false?: lifted.append(group)  // still infeasible without it: not needed for the conflict
            case true?: conflict.append(group)
            case nil: return nil
            }
        }
        return Conflict(
            requirements: conflict, committedCosts: conflict.map(catalogue.committedCost), budget: scenario.budget)
    }

    /// The result with a named conflict in place of the simple hints, when it is infeasible and
    /// one can be isolated; any other result unchanged.
    public func naming(_ result: AllocationResult, in scenario: Scenario, options: SolveOptions = SolveOptions()) throws
        -> AllocationResult
    {
        guard result.status == .infeasible, let conflict = try conflict(in: scenario, options: options) else { return result }
        var named = result
        named.diagnosis = .conflict(conflict)
        return named
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
}
