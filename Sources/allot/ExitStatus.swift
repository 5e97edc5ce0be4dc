import AllotModel
import ArgumentParser
import Foundation
import GLPKBackend
import LinearProgramming

/// The documented exit statuses (README.md, `allot --help`).
enum ExitStatus {
    static let infeasible = ExitCode(3)
    static let noSolution = ExitCode(4)
    static let usage = ExitCode(64)
    static let invalidScenario = ExitCode(65)
    static let unreadable = ExitCode(66)
    static let internalError = ExitCode(70)
    static let cannotWrite = ExitCode(73)
    /// 130 after SIGINT, 143 after SIGTERM (128 + the signal, as shells report it).
    static var interrupted: ExitCode { ExitCode(128 + (SolveInterruption.signal == 0 ? 2 : SolveInterruption.signal)) }

    /// The exit status for a solve that ended this way.
    static func forTermination(_ termination: Termination) -> ExitCode {
        switch termination {
        case .optimal, .feasible: .success
        case .infeasible: infeasible
        case .noSolution, .unbounded: noSolution
        case .interrupted: interrupted
        }
    }
}

/// Prints a message on stderr (stdout is for results only).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// Runs `body`, turning the library's errors into their message and documented exit status.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ScenarioError {
        if case .unreadable = error {
            printError(error.description)
            throw ExitStatus.unreadable
        }
        printIssues(error.issues)
        let count = error.issues.count { $0.severity == .error }
        printError("\(count) problem\(count == 1 ? "" : "s") found; nothing was solved.")
        throw ExitStatus.invalidScenario
    } catch let error as OverrideError {
        printError("error: \(error.description)")
        throw ExitStatus.usage
    } catch let error as OutputError {
        printError("error: \(error.description)")
        throw ExitStatus.cannotWrite
    } catch let error as AllocationError {
        printError(error.description)
        throw ExitStatus.internalError
    } catch let error as ProblemError {
        printError("internal error: \(error.description); please report this scenario")
        throw ExitStatus.internalError
    }
}

/// The most problems or warnings printed for one file; a large generated file can have thousands.
let maximumIssuesShown = 50

/// Prints issues on stderr, errors first, at most ``maximumIssuesShown`` of each kind.
func printIssues(_ issues: [ScenarioIssue]) {
    for severity in [ScenarioIssue.Severity.error, .warning] {
        let selected = issues.filter { $0.severity == severity }
        for issue in selected.prefix(maximumIssuesShown) { printError(issue.description) }
        if selected.count > maximumIssuesShown {
            printError("… and \(selected.count - maximumIssuesShown) more \(severity.rawValue)s")
        }
    }
}
