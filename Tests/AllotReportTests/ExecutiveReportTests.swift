import AllotAnalysis
import AllotModel
import AllotReport
import AllotTestSupport
import Foundation
import GLPKBackend
import Testing

/// `ExecutiveReport` built in process, for what a command line cannot reach cheaply.
@Suite("ExecutiveReport")
struct ExecutiveReportTests {
    static let tiny = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios/tiny.yaml").path

    static func page(forcedSteps: Bool) throws -> String {
        let loaded = try ScenarioLoader.load(file: tiny)
        let allocator = Allocator(backend: GLPKBackend())
        let result = try allocator.solve(loaded.scenario)
        var explainer = Explainer(allocator: allocator)
        explainer.forcedSteps = forcedSteps
        let explanation = try explainer.explain(loaded.scenario)
        let rows = try FundingSweep(allocator: allocator).run(loaded.scenario, budgets: [40_000, 50_000])
        return ExecutiveReport(
            summary: SolveSummary(loaded: loaded, result: result), explanation: explanation,
            sweep: SweepReport(loaded: loaded, varied: "budget", rows: rows), robust: nil
        ).renderHTML()
    }

    @Test("a page made without forced steps says what it left out and where to get it")
    func quickReasonsAreNamed() throws {
        let quick = try Self.page(forcedSteps: false)
        #expect(quick.contains("each mentor was not re-solved one slot up and down"))
        #expect(quick.contains("allot report --full-reasons"))
        #expect(!quick.contains("Forcing one more changes the total value"))
        let full = try Self.page(forcedSteps: true)
        #expect(!full.contains("each mentor was not re-solved"))
        #expect(full.contains("Forcing one more changes the total value"))
    }

    @Test("a page whose reasons were left out for a slow solve says so where the reasons and prices would be")
    func slowSolveIsNamed() throws {
        let loaded = try ScenarioLoader.load(file: Self.tiny)
        let allocator = Allocator(backend: GLPKBackend())
        let result = try allocator.solve(loaded.scenario)
        let rows = try FundingSweep(allocator: allocator).run(loaded.scenario, budgets: [50_000])
        var report = ExecutiveReport(
            summary: SolveSummary(loaded: loaded, result: result), explanation: nil,
            sweep: SweepReport(loaded: loaded, varied: "budget", rows: rows), robust: nil)
        #expect(!report.renderHTML().contains("Left out because"))
        report.reasonsLeftOut = .slowSolve(seconds: 11.07)
        let page = report.renderHTML()
        #expect(page.components(separatedBy: "Left out because one solve took 11.1 s and these need many").count - 1 == 2)
        #expect(page.contains("allot report --full-reasons"))
    }
}
