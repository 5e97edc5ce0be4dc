import AllotAnalysis
import AllotModel
import AllotReport
import ArgumentParser
import GLPKBackend

struct SweepCommand: FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Solve at several funding levels (or values of any field) and show the frontier.",
        discussion: """
            Each level shows scholars, value, spent and unspent money, what the extra money bought, and
            the slots gained or lost; where money is left over, what stops it being spent (full seats,
            shares, cohort limits…); an infeasible level names its conflict as solve does.

            Examples:
              allot sweep Scenarios/winter-cohort.yaml --budget 1000000:1500000:50000 --chart frontier.svg
              allot sweep Scenarios/winter-cohort.yaml --budget 1175000,1275000      # what does +100k buy?
              allot sweep Scenarios/winter-cohort.yaml --vary cost.stipend_per_month=6400,4800
            """)

    /// What `--format` accepts.
    static let formats: [OutputFormat] = [.table, .json, .csv, .markdown]

    @Argument(help: "The scenario file (.yaml or .json).")
    var scenario: String

    @Option(help: ArgumentHelp("Funding levels: FROM:TO:STEP or A,B,C.", valueName: "levels"))
    var budget: String?

    @Option(help: ArgumentHelp("Sweep another scalar field instead: path=v1,v2,…", valueName: "path=values"))
    var vary: String?

    @OptionGroup var scenarioOptions: ScenarioOptions
    @OptionGroup var solverOptions: SolverOptions

    @OptionGroup var outputOptions: OutputOptions<SweepCommand>

    @Option(
        help: ArgumentHelp("Also draw value and scholars against funding (or the varied field) as SVG.", valueName: "file.svg"))
    var chart: String?

    func validate() throws {
        switch (budget, vary) {
        case (nil, nil): throw ValidationError("give --budget FROM:TO:STEP (or A,B,C), or --vary path=v1,v2")
        case (.some, .some): throw ValidationError("give either --budget or --vary, not both")
        default: break
        }
        if let budget {
            do { _ = try FundingLevels.parse(budget) } catch { throw ValidationError("--budget \(error)") }
        }
        if let vary, Self.variants(vary) == nil {
            throw ValidationError("--vary expects path=v1,v2,…, e.g. --vary cost.stipend_per_month=4000,4800,6400")
        }
        // The chart is always SVG: a .png (or any other) name would hold SVG text under the wrong type.
        if let chart, !chart.lowercased().hasSuffix(".svg") {
            throw ValidationError("--chart writes SVG: name a .svg file, e.g. --chart frontier.svg, not \(chart)")
        }
        if let chart, let output = outputOptions.output, OutputFile.isSameFile(chart, output) {
            throw ValidationError(
                "--output and --chart both name \(output); give each its own file, e.g. --output sweep.txt --chart \(chart)")
        }
    }

    /// `path=v1,v2` as one override text per value.
    static func variants(_ text: String) -> [String]? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let path = text[..<equals]
        let values = text[text.index(after: equals)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !path.isEmpty, !values.isEmpty, values.allSatisfy({ !$0.isEmpty }) else { return nil }
        return values.map { "\(path)=\($0)" }
    }

    func run() throws {
        Interrupts.install()
        let loaded = try scenarioOptions.load(scenario, log: solverOptions.log)
        let sweep = FundingSweep(allocator: Allocator(backend: solverOptions.log.solving(with: GLPKBackend())))
        let rows: [SweepRow]
        let varied: String
        if let budget {
            let levels = try FundingLevels.parse(budget)
            varied = "budget"
            rows = try reportingErrors {
                try sweep.run(loaded.scenario, budgets: levels, options: solverOptions.solveOptions(for: loaded.scenario))
            }
        } else {
            let texts = Self.variants(vary ?? "") ?? []
            varied = String(texts.first?.split(separator: "=").first ?? "")
            let scenarios = try texts.map { text in
                let overrides = try scenarioOptions.parsedOverrides() + [try reportingErrors { try Override(parsing: text) }]
                return (
                    label: String(text.split(separator: "=").last ?? ""),
                    scenario: try reportingErrors {
                        try ScenarioLoader.load(file: scenario, overrides: overrides).scenario
                    }
                )
            }
            rows = try reportingErrors {
                try sweep.run(variants: scenarios, options: solverOptions.solveOptions(for: loaded.scenario))
            }
        }
        let report = SweepReport(loaded: loaded, varied: varied, rows: rows)
        if let chart {
            if SolveInterruption.isRequested {
                printError("interrupted: the chart was not drawn (\(chart) not written)")
            } else {
                try emit(FrontierChart.render(report), to: chart, protecting: [scenario])
            }
        }
        try emit(
            outputOptions.format.render(report, style: outputOptions.style), to: outputOptions.output, protecting: [scenario])
    }
}
