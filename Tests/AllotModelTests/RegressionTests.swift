import AllotModel
import AllotTestSupport
import Foundation
import GLPKBackend
import LinearProgramming
import Testing

/// Scenarios where allot once disagreed with the independent HiGHS reference
/// (Tools/crosscheck), with the reference's answer.
@Suite("regressions found by the HiGHS cross-check")
struct RegressionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

    /// The tie-break once offered its starting point to GLPK with the MIP presolver on; the callback
    /// read it against the presolved columns, and the cheapest optimum was pruned.
    @Test(
        "the cheapest allocation among the optimal ones",
        arguments: [
            ("crosscheck-seed-1034.yaml", 2.025, 23_500.0),
            ("crosscheck-seed-1202.yaml", 218.784444444, 217_500.0),
            ("crosscheck-seed-1280.yaml", 255.392142857, 541_200.0),
        ])
    func cheapestOptimum(file: String, objective: Double, spent: Double) throws {
        let loaded = try ScenarioLoader.load(file: Self.directory.appendingPathComponent(file).path)
        let result = try Allocator(backend: GLPKBackend()).solve(loaded.scenario)
        let audit = try #require(result.audit)
        #expect(abs(audit.objective - objective) < 1e-6)
        #expect(audit.spent == spent)
    }

    /// Exact ties were once broken by the file's order of interactions (found by `--order-check`).
    @Test("the order of interactions, and of the names in a pair, does not change the allocation")
    func interactionOrder() throws {
        let loaded = try ScenarioLoader.load(file: Self.directory.appendingPathComponent("order-ties-978.yaml").path)
        var shuffled = loaded.scenario
        shuffled.interactions = shuffled.interactions.reversed().map { Interaction($0.second, $0.first, value: $0.value) }
        let allocator = Allocator(backend: GLPKBackend())
        let first = try allocator.solve(loaded.scenario)
        let second = try allocator.solve(shuffled)
        #expect(first.allocation == second.allocation)
        #expect(first.audit?.spent == second.audit?.spent)
    }

    /// The cheapest optimum found by the reference for a tie-heavy JSON scenario.
    @Test("tie-break case 186: the reference's cheapest optimum")
    func tieBreak186() throws {
        let loaded = try ScenarioLoader.load(file: Self.directory.appendingPathComponent("tiebreak-186.json").path)
        let audit = try #require(try Allocator(backend: GLPKBackend()).solve(loaded.scenario).audit)
        #expect(abs(audit.objective - 597.37767) < 1e-5)
        #expect(audit.spent == 1_246_500)
    }

    /// Share bands (one with min_share = max_share) once kept GLPK searching for minutes.
    @Test(
        "share-constrained cases that were slow are proven optimal",
        arguments: ["slow-exact-share-54.yaml", "slow-exact-share-56.yaml", "slow-shares-106.yaml"])
    func formerlySlow(file: String) throws {
        let loaded = try ScenarioLoader.load(file: Self.directory.appendingPathComponent(file).path)
        let result = try Allocator(backend: GLPKBackend()).solve(loaded.scenario, options: SolveOptions(timeLimit: 30))
        #expect(result.status == .optimal)
    }
}
