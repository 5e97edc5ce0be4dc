import AllotModel
import AllotTestSupport
import Foundation
import GLPKBackend
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
}
