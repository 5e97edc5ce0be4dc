import CGLPK
import Foundation
import LinearProgramming

/// Solves a ``Problem`` with GLPK's branch-and-cut (`glp_intopt`, presolve on).
///
/// The only type that touches GLPK. Every problem is validated in Swift first (GLPK aborts
/// the process on invalid calls), created, solved and deleted on the calling thread within one
/// synchronous call, and GLPK's terminal output is silenced on that thread.
public struct GLPKBackend: SolverBackend {
    public let name = "glpk"

    /// Whether this GLPK build keeps its environment per thread, so that independent problems
    /// may be solved concurrently on different threads (Debian's build does).
    public static let isThreadSafe: Bool = glp_config("TLS") != nil

    /// Called from the solving thread, at most a few times a second, while a search runs.
    public let progress: (@Sendable (SearchProgress) -> Void)?
    /// Polled between simplex slices and at every branch-and-cut callback: true stops the solve
    /// with ``Termination/interrupted`` (by default, once the CLI's signal handler asked).
    public let stopRequested: @Sendable () -> Bool

    public init(
        progress: (@Sendable (SearchProgress) -> Void)? = nil,
        stopRequested: @escaping @Sendable () -> Bool = { SolveInterruption.isRequested }
    ) {
        self.progress = progress
        self.stopRequested = stopRequested
    }

    /// Frees GLPK's environment of the calling thread (`glp_free_env`).
    ///
    /// Call it at the end of a thread that solved and is about to exit (else its environment,
    /// about 5 KB, leaks), never while that thread still has a problem alive: freeing the
    /// environment destroys every problem of the thread. A later solve on the same thread
    /// simply creates a new environment.
    public static func releaseThreadResources() {
        _ = glp_free_env()
    }

    public func solve(_ problem: Problem, options: SolveOptions) throws -> SolveOutcome {
        try problem.validate()
        try options.validate()
        GLPKTerminal.silenceCurrentThread()
        let start = DispatchTime.now()
        let model = GLPKModel(problem)
        defer { model.delete() }
        var outcome = model.solve(options: options, progress: progress, stopRequested: stopRequested)
        outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return outcome
    }

    /// Writes the problem as CPLEX LP (`.lp`) or fixed MPS (`.mps`) for audit with any solver.
    public static func write(_ problem: Problem, to path: String) throws {
        try problem.validate()
        GLPKTerminal.silenceCurrentThread()
        let model = GLPKModel(problem)
        defer { model.delete() }
        let status =
            path.hasSuffix(".mps")
            ? glp_write_mps(model.pointer, GLP_MPS_FILE, nil, path) : glp_write_lp(model.pointer, nil, path)
        if status != 0 { throw GLPKWriteError(path: path) }
    }
}

/// An audit file could not be written.
public struct GLPKWriteError: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "cannot write the model to \(path)" }
}
