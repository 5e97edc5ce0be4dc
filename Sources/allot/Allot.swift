import ArgumentParser
import Foundation

@main
struct Allot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allot",
        abstract: "Allocate scholar slots to mentors by the value of the marginal scholar, under a budget.",
        discussion: """
            Scenarios are YAML (or JSON) files; `allot init` writes a starter, and docs/scenario.md describes every key.

            Exit status: 0 optimal or feasible; 3 infeasible; 4 no solution (a limit stopped the search
            first); 64 bad command line; 65 invalid scenario; 66 scenario unreadable; 70 internal error;
            73 output (a file or stdout) cannot be written; 130/143 interrupted.
            """,
        version: "0.1.0",
        subcommands: [
            SolveCommand.self, SweepCommand.self, CompareCommand.self, ExplainCommand.self, RobustCommand.self,
            ExportCommand.self, ReportCommand.self, InitCommand.self,
            ValidateCommand.self,
        ]
    )

    /// When this process started: `--time-limit` counts from here, so reading a large scenario
    /// and building its model count against the limit too.
    static let started = ContinuousClock.now

    static func main() {
        _ = started  // a static is set on first use; use it before anything else runs
        StandardOutput.checkAtExit()
        AbortReport.install()
        main(nil)
    }
}
