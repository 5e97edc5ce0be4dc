import AllotModel
import LinearProgramming

/// The reasons a one-page report gives for a solved scenario, or why it leaves them out.
///
/// Reasons take re-solves: one per requirement for obstacles and prices, two per mentor for the
/// exact ±1 changes and ties. A page must come quickly and must not reason about an allocation
/// other than the one it shows, hence these rules.
public enum ReportReasons {
    /// Why a page has no reasons and prices.
    public enum LeftOut: Sendable, Equatable {
        /// One solve took this long (over ``slowSolveSeconds``), and the reasons need many.
        case slowSolve(seconds: Double)
        /// The allocation is not proven optimal, and each reason compares against the optimum.
        case notProven
    }

    /// Above this solve time the reasons are left out unless asked for (as `solve` leaves out its ladder).
    public static let slowSolveSeconds = 5.0

    /// Above this estimate (the solve's time for each of two forced solves per mentor), the
    /// forced ±1 re-solves are left out unless asked for: a 120-mentor program would wait minutes.
    public static let forcedStepsSeconds = 20.0

    /// The explanation of `base`'s allocation, or why there is none; `full` asks for every reason
    /// whatever it costs; `stopRequested` (an interrupt) stops the re-solves as the deadline does.
    public static func explain(
        _ scenario: Scenario, base: AllocationResult, allocator: Allocator, options: SolveOptions, full: Bool,
        stopRequested: @escaping @Sendable () -> Bool = { false }
    ) throws -> (explanation: Explanation?, leftOut: LeftOut?) {
        guard base.allocation != nil else { return (nil, nil) }
        if base.status != .optimal || options.isPastDeadline { return (nil, .notProven) }
        if base.seconds > slowSolveSeconds && !full { return (nil, .slowSolve(seconds: base.seconds)) }
        var explainer = Explainer(allocator: allocator)
        explainer.options = options
        explainer.stopRequested = stopRequested
        explainer.forcedSteps = full || base.seconds * Double(2 * scenario.mentors.count) <= forcedStepsSeconds
        // Given the page's own solve, the reasons are about the allocation the page shows.
        return (try explainer.explain(scenario, base: base), nil)
    }
}
