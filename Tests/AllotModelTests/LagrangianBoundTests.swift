import AllotModel
import AllotTestSupport
import LinearProgramming
import Testing

/// The bound from the scenario alone (a Lagrangian relaxation of the rows that tie mentors
/// together), reported when a limit stops the search before the LP relaxation gives one.
@Suite("the Lagrangian bound")
struct LagrangianBoundTests {
    @Test("it is never below the optimum (brute force, three random families)", arguments: Array(UInt64(0)..<300))
    func neverBelowOptimum(seed: UInt64) {
        for (name, scenario) in GreedyAllocationTests.families(seed: seed) {
            guard let optimum = BruteForce.solve(scenario).objective else { continue }
            // Aimed at the optimum itself, the search must still stop at or above it.
            for known in [nil, optimum, optimum * 0.9] {
                let bound = LagrangianBound.value(scenario, knownValue: known)
                #expect(
                    bound >= optimum - 1e-9 * max(1, abs(optimum)), "\(name) seed \(seed): \(bound) below \(optimum)")
            }
        }
    }

    /// Mentors a (values 5, 3) and b (4, 1) at 10 per scholar, with this budget and these seats.
    private func twoMentors(budget: Int, seats: Int?) throws -> Scenario {
        let location = seats == nil ? "" : ", location: office"
        let seatsField = seats.map { ", seats: \($0)" } ?? ""
        let text = """
            name: two mentors
            budget: \(budget)
            cost: {stipend_per_month: 10, months: 1}
            locations: [{id: office\(seatsField)}]
            agendas: [{id: all}]
            mentors:
              - {id: a, agenda: all\(location), values: [5, 3]}
              - {id: b, agenda: all\(location), values: [4, 1]}
            """
        return try ScenarioLoader.load(text: text, file: "two-mentors.yaml").scenario
    }

    @Test("where only the budget binds and curves fall, it is the optimum itself")
    func exactWhenOnlyTheBudgetBinds() throws {
        // 30 to spend: the best three slots are 5, 4 and 3.
        #expect(abs(LagrangianBound.value(try twoMentors(budget: 30, seats: nil)) - 12) < 1e-6)
    }

    @Test("where seats bind and money does not, the seats' price brings it down to the optimum")
    func seatsPriced() throws {
        // Money for everything, two seats: the optimum is a's first slot and b's first (5 + 4);
        // pricing money alone would give 13.
        let bound = LagrangianBound.value(try twoMentors(budget: 1000, seats: 2), knownValue: 8)
        #expect(bound >= 9 - 1e-9)
        #expect(bound < 9.05, "bound \(bound)")
    }

    /// A backend whose search "stops at once": it returns the offered start as feasible, with no bound.
    struct StopsAtOnce: SolverBackend {
        let name = "stops-at-once"
        func solve(_ problem: Problem, options: SolveOptions) throws -> SolveOutcome {
            guard let start = options.startingPoint else { return SolveOutcome(termination: .noSolution) }
            return SolveOutcome(termination: .feasible, values: start, objectiveValue: problem.objective.value(at: start))
        }
    }

    @Test("a search stopped before any bound reports this bound and the gap to it")
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
        #expect(bound == LagrangianBound.value(scenario, knownValue: audit.objective))
        let gap = try #require(result.gap)
        #expect(abs(gap - (bound - audit.objective) / abs(audit.objective)) < 1e-9)
    }
}
