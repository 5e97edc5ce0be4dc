import AllotAnalysis
import AllotModel
import AllotReport
import ArgumentParser
import Foundation
import GLPKBackend

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page an executive reads, prints and forwards.",
        discussion: """
            The page holds the headline figures and why money is left, the allocation, the agenda mix
            against its targets, the funding frontier with the current budget marked, a budget slider
            over the frontier's levels (solved now, embedded as data; `#budget=1275000` in the address
            picks a level), the funding ladder, why each mentor got what they got, the price of each
            limit, and with --samples the robust core and contested slots. It needs no network and
            no other file, and prints on A4 or Letter.

            Examples:
              allot report Scenarios/summer-cohort.yaml --html report.html --samples 200
              allot report Scenarios/winter-cohort.yaml --html r.html --budget 900000:1500000:100000
            """)

    @Argument(help: "The scenario file (.yaml or .json).")
    var scenario: String

    @Option(help: ArgumentHelp("The page to write, whole or not at all.", valueName: "file.html"))
    var html: String

    @Option(
        help: ArgumentHelp(
            "Funding levels of the frontier and slider: FROM:TO:STEP or A,B,C (default: about 60% to 140% of the "
                + "budget); the scenario's budget is always added.", valueName: "levels"))
    var budget: String?

    @Option(
        parsing: .unconditional,  // so `--samples -5` gets validate()'s message, not "Missing value"
        help: ArgumentHelp("Also sample the mentors' values this many times and show the robust core.", valueName: "n"))
    var samples: Int?

    @Option(help: ArgumentHelp("Seed of the samples: the same seed gives the same page.", valueName: "s"))
    var seed: UInt64 = 1

    @Flag(
        help: ArgumentHelp(
            "Give every reason and price even when the solve is slow: by default a solve over "
                + "\(Int(ReportReasons.slowSolveSeconds)) s leaves them out, and the one-slot-up-and-down re-solves "
                + "(exact ±1 changes, ties, caps' gains) are left out when they would take over "
                + "\(Int(ReportReasons.forcedStepsSeconds)) s."))
    var fullReasons = false

    @OptionGroup var scenarioOptions: ScenarioOptions
    @OptionGroup var solverOptions: SolverOptions

    func validate() throws {
        let lower = html.lowercased()
        guard lower.hasSuffix(".html") || lower.hasSuffix(".htm") else {
            throw ValidationError("--html writes an HTML page: give a name ending in .html, e.g. --html report.html")
        }
        if let budget {
            do { _ = try FundingLevels.parse(budget) } catch { throw ValidationError("--budget \(error)") }
        }
        if let samples, !(1...RobustCommand.maximumSamples).contains(samples) {
            throw ValidationError(
                "--samples must be a whole number from 1 to \(RobustCommand.maximumSamples), e.g. --samples 200")
        }
    }

    func run() throws {
        Interrupts.install()
        let start = DispatchTime.now().uptimeNanoseconds
        let loaded = try scenarioOptions.load(scenario, log: solverOptions.log)
        let options = solverOptions.solveOptions(for: loaded.scenario, then: .page)
        let allocator = Allocator(backend: solverOptions.log.solving(with: GLPKBackend()))
        let formulation = Formulation(scenario: loaded.scenario)
        let result = try reportingErrors { try allocator.solveNamingConflicts(formulation, options: options) }
        var summary = SolveSummary(loaded: loaded, result: result)
        // As in solve, a slow solve leaves the ladder out; ReportReasons decides the reasons.
        let (steps, note) = SolveCommand.ladderSteps(asked: nil, after: result, options: options)
        summary.ladderNote = note
        summary.ladder = try reportingErrors {
            try FundingLadder.compute(
                formulation: formulation, base: result, count: steps, allocator: allocator, options: options)
        }
        let reasons = try reportingErrors {
            try ReportReasons.explain(
                loaded.scenario, base: result, allocator: allocator, options: options, full: fullReasons,
                stopRequested: { SolveInterruption.isRequested })
        }
        // Validated above; the scenario's own budget is always a level, so the slider can start there.
        let asked = try budget.map { try FundingLevels.parse($0) } ?? FundingLevels.around(loaded.scenario.budget)
        let levels = Array(Set(asked + [loaded.scenario.budget])).sorted()
        let rows = try reportingErrors {
            try FundingSweep(allocator: allocator).run(loaded.scenario, budgets: levels, options: options)
        }
        let sweep = SweepReport(loaded: loaded, varied: "budget", rows: rows)
        var robust: RobustReport?
        if let samples {
            let threads = RobustCommand.sampleThreads(nil, samples: samples).threads
            let analysis = try reportingErrors {
                try RobustAnalysis.run(
                    loaded.scenario, allocator: allocator,
                    options: RobustOptions(samples: samples, seed: seed, jobs: threads, solve: options),
                    progress: { _ in }, threadDidFinish: { GLPKBackend.releaseThreadResources() },
                    stopRequested: { SolveInterruption.isRequested })
            }
            robust = RobustReport(loaded: loaded, analysis: analysis)
        }
        if SolveInterruption.isRequested {
            printError("interrupted: the report was not written (\(html) left as it was)")
            throw ExitStatus.interrupted
        }
        var report = ExecutiveReport(summary: summary, explanation: reasons.explanation, sweep: sweep, robust: robust)
        report.reasonsLeftOut = reasons.leftOut
        let page = report.renderHTML()
        try emit(page, to: html, protecting: [scenario])
        solverOptions.log.note(
            "wrote \(html): \(Formatting.count(rows.count, "funding level"))"
                + (samples.map { ", \(Formatting.count($0, "sample"))" } ?? "") + " in "
                + "\(Formatting.fixed(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, decimals: 2)) s")
        let status = ExitStatus.forTermination(result.status)
        if status != .success { throw status }
    }
}
