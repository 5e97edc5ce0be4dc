import AllotAnalysis
import AllotModel
import AllotReport
import ArgumentParser
import GLPKBackend

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Solve, then write one row per funded slot to a CSV or JSON file.",
        discussion: """
            The extension of --slots picks the format:
              .csv   RFC 4180: a header row, then one row per slot; CRLF line endings
              .json  schema allot.slots/1 (README.md)
            Then a summary on stderr: rows, scholars, money spent and the file.
            Without an allocation nothing is written: exit 3 (infeasible) or 4 (no solution).

            Example:
              allot export Scenarios/winter-cohort.yaml --slots slots.csv --set budget=1600000
            """)

    @Argument(help: "The scenario file (.yaml or .json).")
    var scenario: String

    @Option(help: ArgumentHelp("The file to write, whole or not at all: FILE.csv or FILE.json.", valueName: "file"))
    var slots: String

    @OptionGroup var scenarioOptions: ScenarioOptions
    @OptionGroup var solverOptions: SolverOptions

    /// The formats `--slots` can write, by file extension.
    enum SlotsFormat: String {
        case csv, json
    }

    /// The format named by the extension of `path`, in any letter case; nil for any other extension.
    static func format(of path: String) -> SlotsFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return SlotsFormat(rawValue: path[path.index(after: dot)...].lowercased())
    }

    func validate() throws {
        if Self.format(of: slots) == nil {
            throw ValidationError(
                "--slots must name a .csv or .json file (the extension picks the format), not \(slots)")
        }
    }

    func run() throws {
        Interrupts.install()
        let loaded = try scenarioOptions.load(scenario, log: solverOptions.log)
        let progress = SearchProgressLine(enabled: solverOptions.showsProgress)
        defer { progress.finish() }
        let result = try reportingErrors {
            try Allocator(backend: solverOptions.log.solving(with: GLPKBackend(progress: progress.record)))
                .solveNamingConflicts(
                    Formulation(scenario: loaded.scenario), options: solverOptions.solveOptions(for: loaded.scenario))
        }
        progress.finish()
        let status = ExitStatus.forTermination(result.status)
        // Only an allocation that exits 0 (optimal or feasible) is written: a file appearing after an
        // interrupt would be a surprise.
        guard status == .success, let export = SlotExport(loaded: loaded, result: result), let audit = result.audit else {
            let reason =
                result.explanation.map { "\(StatusText.code(result.status)): \($0)" }
                ?? StatusText.sentence(result.status, gap: result.gap, bound: result.bound)
            printError("\(reason)\nno allocation to export; \(slots) was not written")
            throw status == .success ? ExitStatus.internalError : status
        }
        if result.status == .feasible {
            solverOptions.log.note("note: \(StatusText.sentence(result.status, gap: result.gap, bound: result.bound))")
        }
        let text: String
        switch Self.format(of: slots) {
        case .csv: text = export.renderCSV()
        case .json, nil: text = export.renderJSON()
        }
        try reportingErrors { try OutputFile.write(text, to: slots, protecting: [scenario]) }
        // On stderr, and only once the file is in place: stdout stays empty.
        solverOptions.log.note(
            "wrote \(Formatting.count(export.slots.count, "row")) (\(Formatting.count(audit.scholars, "scholar")), "
                + "\(Formatting.money(audit.spent)) spent) to \(slots)")
    }
}
