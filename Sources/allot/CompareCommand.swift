import AllotAnalysis
import AllotModel
import AllotReport
import ArgumentParser
import GLPKBackend

struct CompareCommand: FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Line up several scenarios mentor by mentor, with the change from the first.",
        discussion: """
            Examples:
              allot compare last-round.yaml this-round.yaml
              allot compare Scenarios/winter-cohort.yaml --variant budget=1300000 --variant cost.stipend_per_month=6400
            """)

    /// What `--format` accepts.
    static let formats: [OutputFormat] = [.table, .json, .csv, .markdown]

    @Argument(help: "Scenario files; the first is the baseline.")
    var scenarios: [String]

    @Option(
        help: ArgumentHelp(
            "Compare the (single) scenario with itself under these overrides (comma-separated path=value).",
            valueName: "path=value[,path=value]"))
    var variant: [String] = []

    @OptionGroup var scenarioOptions: ScenarioOptions
    @OptionGroup var solverOptions: SolverOptions

    @OptionGroup var outputOptions: OutputOptions<CompareCommand>

    func validate() throws {
        if scenarios.isEmpty { throw ValidationError("name at least one scenario") }
        if variant.isEmpty && scenarios.count < 2 { throw ValidationError("name two or more scenarios, or one with --variant") }
        if !variant.isEmpty && scenarios.count != 1 { throw ValidationError("--variant compares one scenario with itself") }
    }

    func run() throws {
        Interrupts.install()
        let progress = SearchProgressLine(enabled: solverOptions.showsProgress)
        defer { progress.finish() }
        let allocator = Allocator(backend: solverOptions.log.solving(with: GLPKBackend(progress: progress.record)))
        var inputs: [(label: String, overrides: [Override], file: String)] = []
        let base = try scenarioOptions.parsedOverrides()
        if variant.isEmpty {
            inputs = scenarios.map { (label: $0, overrides: base, file: $0) }
        } else {
            inputs = [(label: "base", overrides: base, file: scenarios[0])]
            for text in variant {
                let extra = try reportingErrors { try text.split(separator: ",").map { try Override(parsing: String($0)) } }
                inputs.append((label: text, overrides: base + extra, file: scenarios[0]))
            }
        }
        // Every scenario is read before any is solved: reading counts against --time-limit, and a
        // read after the first solve had used the limit ran on past it (seconds at 20,000 mentors).
        let loaded = try inputs.map { input in
            let loaded = try reportingErrors { try ScenarioLoader.load(file: input.file, overrides: input.overrides) }
            solverOptions.log.detail("scenario \(input.label): \(input.file) (hash \(loaded.hash))")
            return (label: input.label, loaded: loaded)
        }
        let options = solverOptions.solveOptions(
            mentors: loaded.reduce(0) { $0 + $1.loaded.scenario.mentors.count }, then: .explanation)
        let solved = try loaded.map { input in
            let result = try reportingErrors {
                try allocator.solveNamingConflicts(Formulation(scenario: input.loaded.scenario), options: options)
            }
            return (label: input.label, loaded: input.loaded, result: result)
        }
        progress.finish()  // before the report, which may go to the same terminal
        let comparison = ScenarioComparison(solved)
        try emit(
            outputOptions.format.render(comparison, style: outputOptions.style), to: outputOptions.output, protecting: scenarios)
    }
}
