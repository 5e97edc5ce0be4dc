import AllotAnalysis
import AllotModel
import AllotReport
import ArgumentParser
import GLPKBackend

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Find the allocation of greatest value within the budget and every constraint.",
        discussion: """
            Example:
              allot solve Scenarios/winter-cohort.yaml --set budget=1600000 --format json --output plan.json
            """)

    @Argument(help: "The scenario file (.yaml or .json).")
    var scenario: String

    @OptionGroup var scenarioOptions: ScenarioOptions
    @OptionGroup var solverOptions: SolverOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Write the result to this file (whole or not at all) instead of stdout.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Also write the integer program as CPLEX LP (.lp) or MPS (.mps) for audit.", valueName: "file"))
    var writeModel: String?

    func run() throws {
        let loaded = try scenarioOptions.load(scenario)
        let result = try reportingErrors {
            try Allocator(backend: GLPKBackend()).solve(loaded.scenario, options: solverOptions.solveOptions)
        }
        if let writeModel {
            do {
                try GLPKBackend.write(Formulation(scenario: loaded.scenario).problem, to: writeModel)
            } catch {
                printError("error: cannot write the model to \(writeModel); check the folder exists and is writable")
                throw ExitStatus.cannotWrite
            }
        }
        let summary = SolveSummary(loaded: loaded, result: result)
        let text = format == .json ? summary.renderJSON() : summary.renderTable()
        try reportingErrors {
            if let output {
                try OutputFile.write(text, to: output, protecting: [scenario])
            } else {
                print(text, terminator: "")
            }
        }
        if result.allocation == nil, format != .json, let explanation = result.explanation {
            printError("\(StatusText.code(result.status)): \(explanation)")
        }
        let status = ExitStatus.forTermination(result.status)
        if status != .success { throw status }
    }
}
