import AllotAnalysis
import AllotModel
import AllotReport
import ArgumentParser
import Foundation
import GLPKBackend

struct RobustCommand: FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "robust",
        abstract: "Sample the mentors' values within their uncertainty, re-solve, and show the stable core.",
        discussion: """
            Each sample multiplies every mentor's values by one factor drawn uniformly from [1 − u, 1 + u],
            where u is the mentor's `uncertainty` (0 leaves the values unchanged). The same seed gives the
            same report, whatever --jobs is.

            Examples:
              allot robust Scenarios/winter-cohort.yaml --samples 1000 --seed 7
              allot robust Scenarios/winter-cohort.yaml --samples 200 --uncertainty 0.2 --format json
            """)

    /// What `--format` accepts; no CSV, as the report is not one table.
    static let formats: [OutputFormat] = [.table, .json, .markdown]

    @Argument(help: "The scenario file (.yaml or .json).")
    var scenario: String

    // Unconditional: `--samples -5` is a value for validate() to refuse, not an unknown option.
    @Option(parsing: .unconditional, help: ArgumentHelp("How many sampled scenarios to solve.", valueName: "n"))
    var samples: Int

    @Option(help: ArgumentHelp("Seed of the samples: the same seed gives the same report.", valueName: "s"))
    var seed: UInt64 = 1

    @Option(
        help: ArgumentHelp(
            "Give every mentor this uncertainty (0…1) for this run instead of its own.", valueName: "fraction"))
    var uncertainty: Double?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Threads that solve samples (default: the number of active processors).", valueName: "j"))
    var jobs: Int?

    @OptionGroup var scenarioOptions: ScenarioOptions
    @OptionGroup var solverOptions: SolverOptions

    @OptionGroup var outputOptions: OutputOptions<RobustCommand>

    /// Enough for any sensible analysis, small enough that the results fit in memory.
    static let maximumSamples = 1_000_000

    func validate() throws {
        guard (1...Self.maximumSamples).contains(samples) else {
            throw ValidationError("--samples must be a whole number from 1 to \(Self.maximumSamples), e.g. --samples 1000")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, e.g. --jobs 2") }
        if let uncertainty, !(uncertainty.isFinite && (0...1).contains(uncertainty)) {
            throw ValidationError("--uncertainty must be a fraction from 0 to 1, e.g. --uncertainty 0.2")
        }
    }

    /// Threads per active processor at most: samples are pure computation, so more threads only
    /// contend for the same cores (and each holds a stack and a GLPK environment).
    static let threadsPerProcessor = 4

    /// Why fewer threads run than `--jobs` asked for.
    enum Narrowing: Equatable {
        /// This GLPK build shares its state between threads: one thread.
        case sharedSolverState
        /// Capped at this many (``threadsPerProcessor`` per processor, and no more than the samples).
        case capped(Int)
    }

    /// Threads that solve samples: `jobs`, else one per active processor, at most one per sample
    /// and ``threadsPerProcessor`` per processor; one when this GLPK build shares its state
    /// between threads.
    static func sampleThreads(
        _ jobs: Int?, samples: Int, processors: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> (threads: Int, narrowed: Narrowing?) {
        let asked = jobs ?? processors
        if asked > 1 && !GLPKBackend.isThreadSafe { return (1, .sharedSolverState) }
        let allowed = max(1, min(samples, threadsPerProcessor * max(1, processors)))
        return asked > allowed ? (allowed, .capped(allowed)) : (asked, nil)
    }

    func run() throws {
        Interrupts.install()
        let loaded = try scenarioOptions.load(scenario, log: solverOptions.log)
        var scenario = loaded.scenario
        if let uncertainty {
            for index in scenario.mentors.indices { scenario.mentors[index].uncertainty = uncertainty }
        }
        let (threads, narrowed) = Self.sampleThreads(jobs, samples: samples)
        switch narrowed {
        case .sharedSolverState:
            solverOptions.log.note("note: this GLPK build shares its state between threads; solving samples one at a time")
        case .capped(let allowed) where jobs != nil:
            solverOptions.log.note(
                "note: --jobs \(jobs ?? allowed) capped at \(allowed) (at most one thread per sample and "
                    + "\(Self.threadsPerProcessor) per processor; more would only wait for the same cores)")
        case .capped, nil: break
        }
        let options = RobustOptions(samples: samples, seed: seed, jobs: threads, solve: solverOptions.solveOptions(for: scenario))
        let bar = ProgressBar(total: samples, noun: "sample", enabled: solverOptions.showsProgress)
        let start = DispatchTime.now().uptimeNanoseconds
        // Worker threads are created per run and exit at its end, so each frees its GLPK environment.
        let analysis = try reportingErrors {
            defer { bar.finish() }
            return try RobustAnalysis.run(
                scenario, allocator: Allocator(backend: solverOptions.log.solving(with: GLPKBackend())), options: options,
                progress: { bar.update($0) }, threadDidFinish: { GLPKBackend.releaseThreadResources() },
                stopRequested: { SolveInterruption.isRequested })
        }
        let report = RobustReport(loaded: loaded, analysis: analysis, uncertaintyOverride: uncertainty)
        let text: String
        switch outputOptions.format {
        case .json: text = report.renderJSON()
        case .markdown: text = report.renderMarkdown()
        case .table: text = report.renderTable(style: outputOptions.style)
        case .csv: preconditionFailure("--format csv is refused when parsing (formats)")
        }
        try emit(text, to: outputOptions.output, protecting: [self.scenario])
        // Timings vary from run to run, so they stay out of the report (which the seed fixes).
        solverOptions.log.note(
            "\(Formatting.count(analysis.samples.count, "sample")) solved in "
                + "\(Formatting.fixed(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, decimals: 2)) s on "
                + "\(Formatting.count(threads, "thread"))")
        let deterministic = analysis.deterministic
        if deterministic.allocation == nil {
            if outputOptions.format != .json, let explanation = deterministic.explanation {
                printError("\(StatusText.code(deterministic.status)): \(explanation)")
            }
            let status = ExitStatus.forTermination(deterministic.status)
            if status != .success { throw status }
        }
    }
}
