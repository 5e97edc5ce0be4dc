import AllotModel
import AllotReport
import ArgumentParser
import Foundation
import LinearProgramming

/// `--set path=value` overrides, shared by every command that reads a scenario.
struct ScenarioOptions: ParsableArguments {
    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Override one field for this run, e.g. budget=1600000, cost.months=3, mentors.mentor-a.cap=4.",
            valueName: "path=value"))
    var overrides: [String] = []

    func parsedOverrides() throws -> [Override] {
        do {
            return try overrides.map { try Override(parsing: $0) }
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func validate() throws { _ = try parsedOverrides() }

    /// Loads a scenario with the overrides applied, printing its warnings on stderr (unless `--quiet`).
    func load(_ file: String, log: StderrLog = .normal) throws -> LoadedScenario {
        let loaded = try reportingErrors { try ScenarioLoader.load(file: file, overrides: try parsedOverrides()) }
        log.warnings(loaded.warnings.filter { $0.severity == .warning })
        log.detail(
            "scenario \(file) (hash \(loaded.hash)): \(Formatting.count(loaded.scenario.mentors.count, "mentor")), "
                + "budget \(Formatting.money(loaded.scenario.budget)) \(loaded.scenario.currency)")
        return loaded
    }
}

/// Limits for the solver, shared by every command that solves.
struct SolverOptions: ParsableArguments {
    // Unconditional, so that `--time-limit -5` reaches validate() and its message instead of
    // being read as an unknown option `-5` ("Missing value").
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Stop the whole command after this many seconds (every solve, the tie-break, the ladder, any diagnosis) "
                + "with the best allocation found and its gap.",
            valueName: "seconds"))
    var timeLimit: Double?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Accept an allocation within this relative gap of the optimum (default 0: proven optimal).", valueName: "fraction"))
    var gap: Double = 0

    @OptionGroup var verbosity: VerbosityOptions

    /// Whether to draw progress: stderr is a terminal and `--quiet` was not given.
    var showsProgress: Bool { !verbosity.quiet && isatty(2) == 1 }

    /// What the command says on stderr besides errors (`--quiet`, `--verbose`).
    var log: StderrLog { verbosity.log }

    func validate() throws {
        // Bounded so that the deadline is a Duration (a year of seconds is far past any solve).
        if let timeLimit, !(timeLimit > 0 && timeLimit <= 31_536_000) {
            throw ValidationError("--time-limit must be a positive number of seconds up to 31536000, e.g. --time-limit 30")
        }
        if !(gap.isFinite && gap >= 0 && gap < 1) {
            throw ValidationError("--gap must be a fraction from 0 to below 1, e.g. --gap 0.001")
        }
    }

    /// One deadline for every solve of the command, counted from the process's start, early
    /// enough to leave `work`, what follows the last solve, its time (``DeadlineReserve``).
    func solveOptions(for scenario: Scenario, then work: DeadlineReserve.Work = .allocation) -> SolveOptions {
        solveOptions(mentors: scenario.mentors.count, then: work)
    }

    /// The same, for a command that reports on `mentors` mentors in all (`compare`: every scenario's).
    func solveOptions(mentors: Int, then work: DeadlineReserve.Work) -> SolveOptions {
        SolveOptions(
            relativeGap: gap,
            deadline: timeLimit.map {
                Allot.started + .seconds($0 - DeadlineReserve.seconds(limit: $0, mentors: mentors, work: work))
            })
    }
}

/// A command that prints its result with `--format`, in some of the output formats.
protocol FormattedCommand: ParsableCommand {
    /// The formats `--format` accepts, in the order the help lists them; the first is the default.
    static var formats: [OutputFormat] { get }
}

/// Where and how a command's result is written, shared by every command that prints one.
///
/// `Command.formats` is the one list of formats: `--help` names exactly these and parsing refuses
/// any other (exit 64).
struct OutputOptions<Command: FormattedCommand>: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Output format: \(OutputFormat.list(Command.formats)) (default: \(Command.formats[0].rawValue)).",
            valueName: "format"),
        completion: .list(Command.formats.map(\.rawValue)),
        transform: OutputFormat.parser(for: Command.configuration.commandName ?? "", accepting: Command.formats))
    var format: OutputFormat = Command.formats[0]

    @Option(help: ArgumentHelp("Write the result to this file (whole or not at all) instead of stdout.", valueName: "file"))
    var output: String?

    @Flag(help: "Print tables in full even when they are wider than the terminal.")
    var wide = false

    @Option(
        name: .customLong("color"),
        help: ArgumentHelp(
            "Colour the table output: auto (on a terminal, unless NO_COLOR is set), always (even with NO_COLOR) or never.",
            valueName: "when"))
    var colour: ColourChoice = .auto

    /// How the table output looks: fitted and coloured only for the table format on stdout.
    var style: TextStyle { TerminalStyle.style(format: format, output: output, wide: wide, colour: colour) }
}

/// Output format choices.
enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, markdown

    /// `formats` in words: `table, json or markdown`.
    static func list(_ formats: [OutputFormat]) -> String {
        Wording.list(formats.map(\.rawValue), conjunction: "or")
    }

    /// Reads a `--format` value, refusing any format `command` does not print.
    static func parser(for command: String, accepting formats: [OutputFormat]) -> @Sendable (String) throws -> OutputFormat {
        { text in
            guard let format = OutputFormat(rawValue: text), formats.contains(format) else {
                throw ValidationError("\(command) prints \(list(formats))")
            }
            return format
        }
    }
}

/// A `--target-value`: an absolute value, or a percentage of the optimum (`95%`).
struct TargetValue {
    let amount: Double
    let isPercentage: Bool

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        isPercentage = trimmed.hasSuffix("%")
        guard let number = Double(isPercentage ? String(trimmed.dropLast()) : trimmed), number.isFinite else { return nil }
        if isPercentage && !(0...100).contains(number) { return nil }
        amount = number
    }
}
