import AllotModel
import AllotTestSupport
import LinearProgramming
import Testing

/// The bound from the scenario alone (a Lagrangian relaxation of the budget), reported when a
/// limit stops the search before the LP relaxation gives one.
@Suite("the budget bound")
struct BudgetBoundTests {
    @Test("it is never below the optimum (brute force, three random families)", arguments: Array(UInt64(0)..<300))
    func neverBelowOptimum(seed: UInt64) {
        for (name, scenario) in GreedyAllocationTests.families(seed: seed) {
            guard let optimum = BruteForce.solve(scenario).objective else { continue }
            let bound = BudgetBound.value(scenario)
            #expect(bound >= optimum - 1e-9 * max(1, abs(optimum)), "\(name) seed \(seed): \(bound) below \(optimum)")
        }
    }

    @Test("where only the budget binds and curves fall, it is the optimum itself")
    func exactWhenOnlyTheBudgetBinds() throws {
        // 10 per scholar, 30 to spend: the best three slots are 5, 4 and 3.
        let text = """
            name: budget only
            budget: 30
            cost: {stipend_per_month: 10, months: 1}
            agendas: [{id: all}]
            mentors:
              - {id: a, agenda: all, values: [5, 3]}
              - {id: b, agenda: all, values: [4, 1]}
            """
        let scenario = try ScenarioLoader.load(text: text, file: "budget-only.yaml").scenario
        #expect(abs(BudgetBound.value(scenario) - 12) < 1e-6)
    }

    /// A backend whose search "stops at once": it returns the offered start as feasible, with no bound.
    struct StopsAtOnce: SolverBackend {
        let name = "stops-at-once"
        func solve(_ problem: Problem, options: SolveOptions) throws -> SolveOutcome {
            guard let start = options.startingPoint else { return SolveOutcome(termination: .noSolution) }
            return SolveOutcome(termination: .feasible, values: start, objectiveValue: problem.objective.value(at: start))
        }
    }

    @Test("a search stopped before any bound reports the budget bound and the gap to it")
    func reportedWhenTheSearchHasNone() throws {
        let scenario = try #require(
            (UInt64(0)..<50).lazy.map(RandomScenario.make).first { scenario in
                GreedyAllocation.allocate(scenario).map { AllocationAudit(scenario: scenario, allocation: $0).objective > 0 }
                    ?? false
            })
        let result = try Allocator(backend: StopsAtOnce()).solve(scenario)
        #expect(result.status == .feasible)
        let audit = try #require(result.audit)
        let bound = try #require(result.bound)
        #expect(bound == BudgetBound.value(scenario))
        let gap = try #require(result.gap)
        #expect(abs(gap - (bound - audit.objective) / abs(audit.objective)) < 1e-9)
    }
}
