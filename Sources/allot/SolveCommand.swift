import AllotAnalysis
import AllotModel
import AllotReport
import ArgumentParser
import Foundation
import GLPKBackend
import LinearProgramming

struct SolveCommand: FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Find the allocation of greatest value within the budget and every constraint.",
        discussion: """
            Examples:
              allot solve Scenarios/winter-cohort.yaml --set budget=1600000 --format json --output plan.json
              allot solve Scenarios/winter-cohort.yaml --target-value 95%     # same value for less?
              allot solve Scenarios/winter-cohort.yaml --ladder 3             # what ±3 scholars of funding buy
            """)

    /// What `--format` accepts.
    static let formats: [OutputFormat] = [.table, .json, .csv, .markdown]

    @Argument(help: "The scenario file (.yaml or .json).")
    var scenario: String

    @OptionGroup var scenarioOptions: ScenarioOptions
    @OptionGroup var solverOptions: SolverOptions

    @OptionGroup var outputOptions: OutputOptions<SolveCommand>

    @Option(help: ArgumentHelp("Also write the integer program as CPLEX LP (.lp) or MPS (.mps) for audit.", valueName: "file"))
    var writeModel: String?

    @Option(
        help: ArgumentHelp(
            "Steps of one scholar's cost to re-solve up and down from the budget (default 2; skipped by default "
                + "when the solve takes over \(Int(Self.automaticLadderSeconds)) s; 0 for none).",
            valueName: "steps"))
    var ladder: Int?

    @Option(
        help: ArgumentHelp(
            "Find the cheapest allocation reaching this value, or this percentage of the optimum (95%).",
            valueName: "value|percent"))
    var targetValue: String?

    /// Above this solve time the ladder (several more solves) is skipped unless asked for.
    static let automaticLadderSeconds = 5.0

    func validate() throws {
        if let ladder, !(0...20).contains(ladder) { throw ValidationError("--ladder takes 0 to 20 steps") }
        if let targetValue, TargetValue(targetValue) == nil {
            throw ValidationError("--target-value takes a value such as 380 or a percentage of the optimum such as 95%")
        }
    }

    func run() throws {
        Interrupts.install()
        let loaded = try scenarioOptions.load(scenario, log: solverOptions.log)
        let progress = SearchProgressLine(enabled: solverOptions.showsProgress)
        defer { progress.finish() }
        let allocator = Allocator(backend: solverOptions.log.solving(with: GLPKBackend(progress: progress.record)))
        let formulation = Formulation(scenario: loaded.scenario)
        let options = solverOptions.solveOptions(for: loaded.scenario)
        var result = try reportingErrors { try allocator.solveNamingConflicts(formulation, options: options) }
        var target: Double?
        if let text = targetValue, let goal = TargetValue(text), result.audit != nil || !goal.isPercentage {
            let value = goal.isPercentage ? (result.audit?.objective ?? 0) * goal.amount / 100 : goal.amount
            target = value
            var targetOptions = options
            // The optimum reaches any target up to its own value: a start, and the answer if the
            // deadline comes first.
            targetOptions.startingPoint = result.assignment
            result = try reportingErrors {
                try allocator.cheapest(reaching: value, in: formulation, options: targetOptions)
            }
        }
        if let writeModel { try writeAuditModel(formulation.problem, to: writeModel) }
        var summary = SolveSummary(loaded: loaded, result: result)
        summary.targetValue = target
        if target == nil {
            let (steps, note) = Self.ladderSteps(asked: ladder, after: result, options: options)
            summary.ladderNote = note
            summary.ladder = try reportingErrors {
                try FundingLadder.compute(
                    formulation: formulation, base: result, count: steps, allocator: allocator, options: options)
            }
        }
        progress.finish()  // before the report, which may go to the same terminal
        try emit(
            outputOptions.format.render(summary, style: outputOptions.style), to: outputOptions.output, protecting: [scenario])
        if result.allocation == nil, outputOptions.format != .json, let explanation = result.explanation {
            printError("\(StatusText.code(result.status)): \(explanation)")
        }
        let status = ExitStatus.forTermination(result.status)
        if status != .success { throw status }
    }

    /// How many ladder steps to solve (`asked`, else 2 unless the solve was slow) and, when none
    /// are solved without being asked off, why.
    static func ladderSteps(asked: Int?, after result: AllocationResult, options: SolveOptions) -> (Int, String?) {
        if options.isPastDeadline { return (0, asked == 0 ? nil : "skipped because the time limit was reached") }
        if let asked { return (asked, nil) }
        guard result.seconds <= automaticLadderSeconds else {
            return (
                0,
                "skipped because the solve took \(Formatting.fixed(result.seconds, decimals: 1)) s; ask for it with --ladder 2"
            )
        }
        return (2, nil)
    }

    /// GLPK writes into a private temporary file (its writer replaces whatever it is given, a
    /// device included); the text then goes through the same whole-or-nothing writer as any output.
    private func writeAuditModel(_ problem: Problem, to path: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("allot-model-\(getpid())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let suffix = path.hasSuffix(".mps") ? "mps" : "lp"
        let temporary = directory.appendingPathComponent("model.\(suffix)").path
        try reportingErrors {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try GLPKBackend.write(problem, to: temporary)
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
