import AllotModel
import LinearProgramming
import Synchronization

/// A solver backend that says on stderr, after each solve, the model's size, the time and the status.
///
/// Wraps the real backend for `--verbose` only, so a normal run pays nothing for it. Numbered,
/// because one command solves many models (tie-break, ladder, diagnosis, samples).
final class LoggedBackend: SolverBackend {
    let base: any SolverBackend
    let log: StderrLog
    private let count = Atomic(0)

    init(base: any SolverBackend, log: StderrLog) {
        self.base = base
        self.log = log
    }

    var name: String { base.name }

    func solve(_ problem: Problem, options: SolveOptions) throws -> SolveOutcome {
        let outcome = try base.solve(problem, options: options)
        let number = count.add(1, ordering: .relaxed).newValue
        log.detail("solve \(number): \(Self.size(problem)) — \(Self.status(outcome))")
        return outcome
    }

    /// `120 variables (96 binary, 4 integer), 57 rows`.
    static func size(_ problem: Problem) -> String {
        let binaries = problem.variables.count { $0.kind == .binary }
        let integers = problem.variables.count { $0.kind == .integer }
        return "\(Formatting.count(problem.variables.count, "variable")) (\(binaries) binary, \(integers) integer), "
            + Formatting.count(problem.constraints.count, "row")
    }

    /// `optimal in 0.02 s`, with the gap when it is not proven.
    static func status(_ outcome: SolveOutcome) -> String {
        var text = "\(outcome.termination.rawValue) in \(Formatting.fixed(outcome.seconds, decimals: 2)) s"
        if outcome.termination == .feasible, let gap = outcome.relativeGap { text += ", gap \(Formatting.gapPercent(gap))" }
        return text
    }
}
