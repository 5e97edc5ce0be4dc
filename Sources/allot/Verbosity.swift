import AllotModel
import ArgumentParser
import LinearProgramming

/// `--quiet` and `--verbose`, shared by every command that solves (through ``SolverOptions``).
struct VerbosityOptions: ParsableArguments {
    @Flag(help: "Nothing on stderr but errors: no progress, warnings or notes.")
    var quiet = false

    @Flag(help: "Also say on stderr what happened: the scenario and its hash, each solve's model size, time and status.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose contradict each other: give one or neither") }
    }

    var log: StderrLog { StderrLog(level: quiet ? .quiet : verbose ? .verbose : .normal) }
}

/// What a command says on stderr besides its errors, which are always printed.
struct StderrLog: Sendable {
    enum Level: Int, Comparable, Sendable {
        case quiet, normal, verbose
        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let level: Level

    /// Warnings and notes, as commands without `--quiet` always print them.
    static let normal = StderrLog(level: .normal)

    /// A warning or note: printed unless `--quiet`.
    func note(_ message: String) { if level >= .normal { printError(message) } }

    /// A scenario's warnings: printed unless `--quiet`.
    func warnings(_ issues: [ScenarioIssue]) { if level >= .normal { printIssues(issues) } }

    /// What happened, step by step: printed only with `--verbose`.
    func detail(_ message: @autoclosure () -> String) { if level == .verbose { printError(message()) } }

    /// `backend`, saying each solve's model size, time and status when `--verbose`.
    func solving(with backend: any SolverBackend) -> any SolverBackend {
        level == .verbose ? LoggedBackend(base: backend, log: self) : backend
    }
}
