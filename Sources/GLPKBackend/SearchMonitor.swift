import CGLPK
import LinearProgramming

/// State shared with GLPK's branch-and-cut callback for one `glp_intopt` call.
///
/// It offers a known feasible assignment as the first incumbent, records the gap GLPK
/// reports so that a time-limited result can say how far from proven it is, and lets a
/// caller stop the search (an interrupt) at the next callback.
final class SearchMonitor {
    /// The last relative gap GLPK reported (nil until an incumbent exists).
    var lastGap: Double?
    /// The best bound of any open node GLPK last reported (nil before the tree has one).
    var bestBound: Double?
    /// True when the search was stopped because the deadline passed (not by a caller's interrupt).
    private(set) var reachedDeadline = false
    private var startingPoint: [Double]?
    private let deadline: ContinuousClock.Instant?
    private let progress: (@Sendable (SearchProgress) -> Void)?
    private let stopRequested: () -> Bool
    private var lastReport: ContinuousClock.Instant?

    init(
        startingPoint: [Double]?, columnCount: Int, deadline: ContinuousClock.Instant?,
        progress: (@Sendable (SearchProgress) -> Void)? = nil, stopRequested: @escaping () -> Bool
    ) {
        self.startingPoint = startingPoint?.count == columnCount ? startingPoint : nil
        self.deadline = deadline
        self.progress = progress
        self.stopRequested = stopRequested
    }

    /// Tells the progress display what the search knows, at most twenty times a second (GLPK
    /// calls back thousands of times a second in a large tree).
    private func report(_ tree: OpaquePointer) {
        guard let progress else { return }
        let now = ContinuousClock.now
        if let lastReport, lastReport.duration(to: now) < .milliseconds(50) { return }
        lastReport = now
        let problem = glp_ios_get_prob(tree)
        let status = glp_mip_status(problem)
        let incumbent = status == GLP_FEAS || status == GLP_OPT ? glp_mip_obj_val(problem) : nil
        progress(SearchProgress(incumbent: incumbent, bound: bestBound, gap: incumbent == nil ? nil : lastGap))
    }

    fileprivate func handle(_ tree: OpaquePointer) {
        let reason = glp_ios_reason(tree)
        if reason == GLP_IHEUR, let point = startingPoint {
            startingPoint = nil  // offer it once; GLPK keeps it if it is better than the incumbent
            // glp_ios_heur_sol reads a 1-based array and does not check feasibility: the backend
            // offers only points that satisfy every row (Problem.isFeasible).
            var values = [0.0] + point
            _ = glp_ios_heur_sol(tree, &values)
        }
        if reason == GLP_IBINGO || reason == GLP_ISELECT || reason == GLP_IHEUR {
            let best = glp_ios_best_node(tree)
            if best != 0 { bestBound = glp_ios_node_bound(tree, best) }
            if best != 0 || reason == GLP_IBINGO {
                let gap = glp_ios_mip_gap(tree)
                if gap.isFinite { lastGap = gap }
            }
        }
        report(tree)
        if stopRequested() {
            glp_ios_terminate(tree)
        } else if let deadline, ContinuousClock.now >= deadline {
            // tm_lim is checked between nodes only; a long cut round or node LP would overrun it.
            reachedDeadline = true
            glp_ios_terminate(tree)
        }
    }
}

/// The C callback GLPK calls during branch-and-cut; forwards to the ``SearchMonitor``.
func searchCallback(_ tree: OpaquePointer?, _ info: UnsafeMutableRawPointer?) {
    guard let tree, let info else { return }
    Unmanaged<SearchMonitor>.fromOpaque(info).takeUnretainedValue().handle(tree)
}
