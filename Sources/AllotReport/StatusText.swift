import AllotModel
import LinearProgramming

/// The words for a solver status that every format uses.
public enum StatusText {
    /// `optimal` | `feasible` | `infeasible` | `no_solution` | `interrupted`, as in DESIGN.md §1 Results.
    public static func code(_ status: Termination) -> String {
        switch status {
        case .optimal: "optimal"
        case .feasible: "feasible"
        case .infeasible: "infeasible"
        case .noSolution, .unbounded: "no_solution"
        case .interrupted: "interrupted"
        }
    }

    /// A sentence an executive can read: whether the allocation is proven and how far it may be off.
    public static func sentence(_ status: Termination, gap: Double?, bound: Double? = nil) -> String {
        switch status {
        case .optimal:
            guard let gap, gap > 0 else { return "optimal (proven)" }
            let distance = Formatting.gapPercent(gap)
            if let bound {
                return "optimal within the requested gap (at most \(distance) below the best bound, \(Formatting.fixed(bound)))"
            }
            return "optimal within the requested gap (\(distance) from the best bound)"
        case .feasible:
            let distance: String
            switch (gap, bound) {
            case (let gap?, let bound?):
                distance =
                    "; the best bound is \(Formatting.fixed(bound)), so it may be up to \(Formatting.gapPercent(gap)) below the optimum"
            case (let gap?, nil): distance = "; it may be up to \(Formatting.gapPercent(gap)) below the optimum"
            default: distance = "; it stopped before proving any bound, so its distance from the optimum is unknown"
            }
            return "feasible, not proven optimal: a limit stopped the search\(distance)"
        case .infeasible: return "infeasible: no allocation satisfies every constraint"
        case .noSolution, .unbounded: return "no solution: a limit stopped the search before any allocation was found"
        case .interrupted: return "interrupted before the search finished; not proven optimal"
        }
    }
}
