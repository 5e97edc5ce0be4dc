import AllotModel
import AllotTestSupport
import GLPKBackend
import LinearProgramming
import Testing

/// The contract of issue 16: every scenario either solves or is refused.
///
/// Numbers anywhere in the accepted range (up to the bounds of ``ScenarioLimits``, at them and
/// just past them): optimal, feasible, infeasible or no solution, with an allocation the audit
/// accepts, or refused by validation. Never an internal error (a thrown ``AllocationError``), and never a trap or a GLPK abort, which
/// would end this test process.
@Suite("contract over the whole accepted range")
struct ContractPropertyTests {
    /// Outcomes by kind, for the coverage checks at the end.
    struct Tally {
        var refused = 0
        var solved: [Termination: Int] = [:]
    }

    @Test("800 wide-range scenarios each solve or are refused, at three budgets; none is an internal error")
    func solvesOrRefuses() throws {
        let allocator = Allocator(backend: GLPKBackend())
        var tally = Tally()
        for seed in UInt64(1)...800 {
            let text = WideRangeScenario.text(seed: seed)
            let scenario: Scenario
            do {
                scenario = try ScenarioLoader.load(text: text, file: "wide-\(seed).yaml").scenario
            } catch is ScenarioError {
                tally.refused += 1
                continue
            }
            do {
                let result = try allocator.solve(scenario)
                tally.solved[result.status, default: 0] += 1
                #expect(result.status != .unbounded, "seed \(seed)")
                if let audit = result.audit { #expect(audit.isFeasible, "seed \(seed)") }
                // A funding ladder and a sweep re-solve the same model at other budgets.
                let formulation = Formulation(scenario: scenario)
                for budget in Self.otherBudgets(scenario.budget) {
                    let other = try allocator.solve(formulation.withBudget(budget))
                    if let audit = other.audit { #expect(audit.isFeasible, "seed \(seed) at \(budget)") }
                }
            } catch {
                Issue.record("seed \(seed): \(error)\n\(text)")
            }
        }
        // The generator reaches both sides of the contract, and solves most of what it writes.
        #expect(tally.refused >= 40, "\(tally)")
        #expect((tally.solved[.optimal] ?? 0) >= 200, "\(tally)")
        #expect((tally.solved[.infeasible] ?? 0) >= 10, "\(tally)")
    }

    /// Half the budget and half as much again, within the money bounds.
    static func otherBudgets(_ budget: Double) -> [Double] {
        [budget / 2, min(ScenarioLimits.money, budget * 1.5)].filter { ScenarioLimits.isMoney($0) }
    }

    @Test("the numbers at the bounds themselves are accepted and solve")
    func atTheBounds() throws {
        let allocator = Allocator(backend: GLPKBackend())
        var solved = 0
        for seed in UInt64(1001)...1100 {
            let text = WideRangeScenario.text(seed: seed, pastLimits: false)
            let issues = scenarioIssues(text).filter { $0.severity == .error }
            // Within the bounds, only products may still exceed them: a scholar's computed cost, a growing curve.
            #expect(issues.allSatisfy { $0.path == "cost" || $0.path.hasSuffix(".curve.ratio") }, "seed \(seed): \(issues)")
            guard issues.isEmpty else { continue }
            let scenario = try ScenarioLoader.load(text: text, file: "wide-\(seed).yaml").scenario
            do {
                _ = try allocator.solve(scenario)
                solved += 1
            } catch {
                Issue.record("seed \(seed): \(error)\n\(text)")
            }
        }
        #expect(solved >= 80)
    }
}
