import AllotAnalysis
import AllotModel
import AllotReport
import ArgumentParser
import Foundation
import GLPKBackend
import LinearProgramming

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
        if let writeModel { try writeAuditModel(loaded.scenario, to: writeModel) }
        let summary = SolveSummary(loaded: loaded, result: result)
        let text = format.render(summary)
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

    /// GLPK writes into a private temporary file (its writer replaces whatever it is given, a
    /// device included); the text then goes through the same whole-or-nothing writer as any output.
    private func writeAuditModel(_ scenario: Scenario, to path: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("allot-model-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let suffix = path.hasSuffix(".mps") ? "mps" : "lp"
        let temporary = directory.appendingPathComponent("model.\(suffix)").path
        try reportingErrors {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try GLPKBackend.write(Formulation(scenario: scenario).problem, to: temporary)
            } catch let error as ProblemError {
                throw error
            } catch {
                throw OutputError(description: "cannot write the model: no writable temporary folder")
            }
            let text = try String(contentsOfFile: temporary, encoding: .utf8)
            try OutputFile.write(text, to: path, protecting: [self.scenario])
        }
    }
}
