import AllotAnalysis
import AllotModel
import AllotReport
import ArgumentParser
import GLPKBackend

struct ExplainCommand: FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Say why each mentor got what they got, and what each constraint costs.",
        discussion: """
            For each mentor: the next slot's value and cost against what money buys at the margin, the
            interactions and agenda returns it brings, what adding it would break and whether that
            requirement really stands in the way (re-solved with it lifted), exact ties, and the exact
            change in total value with one slot more or one fewer (re-solved with the mentor locked).
            Then the price of each share, seat, cohort and mentor-count limit (re-solved with it lifted)
            and the mentors whose own cap binds. Value points also come in money at the margin.

            Examples:
              allot explain Scenarios/winter-cohort.yaml
              allot explain Scenarios/winter-cohort.yaml --mentor mi-returning-a --format json
            """)

    /// What `--format` accepts; no CSV, as the report is not one table.
    static let formats: [OutputFormat] = [.table, .json, .markdown]

    @Argument(help: "The scenario file (.yaml or .json).")
    var scenario: String

    @Option(help: ArgumentHelp("Explain only this mentor (repeatable).", valueName: "id"))
    var mentor: [String] = []

    @OptionGroup var scenarioOptions: ScenarioOptions
    @OptionGroup var solverOptions: SolverOptions

    @OptionGroup var outputOptions: OutputOptions<ExplainCommand>

    func run() throws {
        Interrupts.install()
        let loaded = try scenarioOptions.load(scenario, log: solverOptions.log)
        let unknown = mentor.filter { loaded.scenario.mentor(id: $0) == nil }
        if !unknown.isEmpty {
            printError("error: no mentor \(unknown.joined(separator: ", ")) in \(scenario)")
            throw ExitStatus.usage
        }
        var explainer = Explainer(allocator: Allocator(backend: solverOptions.log.solving(with: GLPKBackend())))
        explainer.options = solverOptions.solveOptions(for: loaded.scenario, then: .explanation)
        explainer.stopRequested = { SolveInterruption.isRequested }
        let explanation = try reportingErrors {
            try explainer.explain(loaded.scenario, mentorIds: mentor.isEmpty ? nil : mentor)
        }
        let report = ExplanationReport(loaded: loaded, explanation: explanation)
        let text: String
        switch outputOptions.format {
        case .json: text = report.renderJSON()
        case .markdown: text = report.renderMarkdown()
        case .table: text = report.renderTable(style: outputOptions.style)
        case .csv: preconditionFailure("--format csv is refused when parsing (formats)")
        }
        try emit(text, to: outputOptions.output, protecting: [scenario])
        let status = ExitStatus.forTermination(explanation.base.status)
        if status != .success { throw status }
    }
}
