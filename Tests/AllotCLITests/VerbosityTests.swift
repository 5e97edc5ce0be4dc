import AllotTestSupport
import Foundation
import Testing

/// `--quiet` leaves only errors on stderr; `--verbose` says what happened; together they are refused.
@Suite("--quiet and --verbose")
struct VerbosityTests {
    static let root = GoldenOutputTests.root
    static let warnings = "Tests/AllotCLITests/Fixtures/invalid/warnings.yaml"

    static func run(_ arguments: [String]) throws -> AllotProcess.Result { try AllotProcess.run(arguments, in: root) }

    @Test("--quiet hides a scenario's warnings and leaves stdout as it was")
    func quietHidesWarnings() throws {
        let normal = try Self.run(["solve", Self.warnings, "--ladder", "0", "--format", "json"])
        let quiet = try Self.run(["solve", Self.warnings, "--ladder", "0", "--format", "json", "--quiet"])
        #expect(normal.stderr.contains("warning:"))
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        let timing = #""solve_seconds" : [0-9.e-]+"#
        #expect(
            quiet.stdout.replacingOccurrences(of: timing, with: "", options: .regularExpression)
                == normal.stdout.replacingOccurrences(of: timing, with: "", options: .regularExpression))
    }

    @Test("--quiet hides notes, such as robust's timing line, but never errors")
    func quietHidesNotes() throws {
        let arguments = ["robust", "Tests/AllotCLITests/Fixtures/valid/tiny.yaml", "--samples", "3", "--jobs", "1"]
        #expect(try Self.run(arguments).stderr.contains("solved in"))
        #expect(try Self.run(arguments + ["--quiet"]).stderr.isEmpty)
        let infeasible = try Self.run(["solve", "Tests/AllotCLITests/Fixtures/valid/infeasible.yaml", "--quiet"])
        #expect(infeasible.status == 3)
        #expect(infeasible.stderr.contains("infeasible"))
    }

    @Test("--verbose says the scenario and its hash, and each solve's model size, time and status")
    func verboseSaysWhatHappened() throws {
        let verbose = try Self.run(["solve", "Scenarios/winter-cohort.yaml", "--ladder", "1", "--verbose"])
        #expect(verbose.status == 0)
        #expect(verbose.stderr.contains("scenario Scenarios/winter-cohort.yaml (hash cfb0738fae91)"))
        let solves = verbose.stderr.split(separator: "\n").filter { $0.hasPrefix("solve ") }
        #expect(solves.count >= 3, "the optimum and one rung either side: \(verbose.stderr)")
        for line in solves {
            #expect(
                line.wholeMatch(of: /solve \d+: \d+ variables \(\d+ binary, \d+ integer\), \d+ rows — optimal in [0-9.]+ s/)
                    != nil, "\(line)")
        }
        #expect(try Self.run(["solve", "Scenarios/winter-cohort.yaml", "--ladder", "1"]).stderr.isEmpty)
    }

    @Test("Every solving command takes --quiet and --verbose, and refuses both together (exit 64)")
    func everySolvingCommand() throws {
        for (command, arguments) in HelpFormatTests.quickArguments.sorted(by: { $0.key < $1.key }) {
            let verbose = try Self.run([command] + arguments + ["--verbose"])
            #expect(verbose.status == 0, "\(command) --verbose")
            #expect(verbose.stderr.contains("solve 1: "), "\(command) --verbose: \(verbose.stderr)")
            let quiet = try Self.run([command] + arguments + ["--quiet"])
            #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(command) --quiet: \(quiet.stderr)")
            let both = try Self.run([command] + arguments + ["--quiet", "--verbose"])
            #expect(both.status == 64, "\(command) --quiet --verbose")
            #expect(both.stderr.contains("--quiet and --verbose"), "\(command)")
        }
    }
}
