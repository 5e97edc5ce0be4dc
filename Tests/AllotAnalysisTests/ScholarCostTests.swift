import AllotAnalysis
import AllotModel
import Foundation
import GLPKBackend
import Testing

/// Where a scholar's cost comes from, as values on the solve summary.
@Suite("scholar costs")
struct ScholarCostTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AllotCLITests/Fixtures/valid/costs.yaml")

    @Test("one cost per location extra and per override, and the funded mentors' fixed costs")
    func breakdown() throws {
        let loaded = try ScenarioLoader.load(file: Self.fixture.path)
        let result = try Allocator(backend: GLPKBackend()).solve(loaded.scenario)
        let summary = SolveSummary(loaded: loaded, result: result)
        let parts = { (extra: Double, locations: [String]) in
            ScholarCost.Parts(
                stipendPerMonth: 4000, months: 2.5, perScholar: 3000, locationExtra: extra, locations: locations)
        }
        #expect(
            summary.scholarCosts == [
                ScholarCost(amount: 18_000, parts: parts(5000, ["berkeley"]), mentors: ["ber-a"], scholars: 2),
                ScholarCost(amount: 15_000, parts: parts(2000, ["london"]), mentors: ["lon-a"], scholars: 2),
                ScholarCost(amount: 13_000, parts: parts(0, ["remote"]), mentors: ["rem-a"], scholars: 1),
                ScholarCost(amount: 6000, parts: nil, mentors: ["partner-x"], scholars: 2),
            ])
        #expect(summary.scholarCosts.map(\.override) == [nil, nil, nil, 6000])
        #expect(summary.scholarCosts.first?.parts?.stipend == 10_000)
        #expect(
            summary.fixedCosts == [
                FixedCost(amount: 2000, isOverride: false, mentors: ["ber-a", "lon-a", "rem-a"]),
                FixedCost(amount: 0, isOverride: true, mentors: ["partner-x"]),
            ])
        // The parts add up to what the allocation spent.
        let scholarSpend = summary.scholarCosts.reduce(0) { $0 + $1.amount * Double($1.scholars) }
        let fixedSpend = summary.fixedCosts.reduce(0) { $0 + $1.amount * Double($1.mentors.count) }
        #expect(scholarSpend + fixedSpend == summary.totals?.spent)
    }
}
