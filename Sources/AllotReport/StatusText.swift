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
        let boundText = bound.map { "the best bound is \(Formatting.fixed($0)), " } ?? ""
        switch status {
        case .optimal:
            if let gap, gap > 0 {
                return "optimal within the requested gap (\(boundText)\(Formatting.gapPercent(gap)) from the best bound)"
            }
            return "optimal (proven)"
        case .feasible:
            let distance =
                gap.map { "; \(boundText)so it may be up to \(Formatting.gapPercent($0)) below the optimum" }
                ?? "; it stopped before proving any bound, so its distance from the optimum is unknown"
            return "feasible, not proven optimal: a limit stopped the search\(distance)"
        case .infeasible: return "infeasible: no allocation satisfies every constraint"
        case .noSolution, .unbounded: return "no solution: a limit stopped the search before any allocation was found"
        case .interrupted: return "interrupted before the search finished; not proven optimal"
        }
    }
}
