import AllotAnalysis
import AllotModel
import AllotTestSupport
import GLPKBackend
import Testing

/// The reasons `explain` gives agree with re-solving the scenario, on random scenarios.
@Suite("explain: reasons against re-solving")
struct ExplanationReasonTests {
    let allocator = Allocator(backend: GLPKBackend())

    /// The scenario without the requirement, written here from DESIGN.md §1 rather than taken from
    /// the catalogue, so a wrong lift there cannot make this test agree with it.
    static func lifted(_ requirement: Requirement, from scenario: Scenario) -> Scenario {
        var copy = scenario
        switch requirement {
        case .budget: copy.budget = 1e15
        case .seats(let id, _):
            for index in copy.locations.indices where copy.locations[index].id == id { copy.locations[index].seats = nil }
        case .maxShare(let id, _):
            for index in copy.agendas.indices where copy.agendas[index].id == id { copy.agendas[index].maxShare = 1 }
        case .minShare(let id, _):
            for index in copy.agendas.indices where copy.agendas[index].id == id { copy.agendas[index].minShare = 0 }
        case .agendaMaximum(let id, _):
            for index in copy.agendas.indices where copy.agendas[index].id == id { copy.agendas[index].maxScholars = nil }
        case .agendaMinimum(let id, _):
            for index in copy.agendas.indices where copy.agendas[index].id == id { copy.agendas[index].minScholars = 0 }
        case .cohortMaximum: copy.cohort.maxScholars = nil
        case .cohortMinimum: copy.cohort.minScholars = 0
        case .maxMentors: copy.cohort.maxMentors = nil
        case .lock(let id, _):
            for index in copy.mentors.indices where copy.mentors[index].id == id { copy.mentors[index].lock = nil }
        case .minimumIfFunded(let id, _):
            for index in copy.mentors.indices where copy.mentors[index].id == id { copy.mentors[index].min = 1 }
        case .excluded(let id):
            for index in copy.mentors.indices where copy.mentors[index].id == id { copy.mentors[index].exclude = false }
        case .ownCap: break
        }
        return copy
    }

    @Test(
        "a requirement is named as standing in a mentor's way exactly when lifting it alone gives them more",
        arguments: Array(UInt64(0)..<50))
    func obstaclesAgreeWithLifting(seed: UInt64) throws {
        let scenario = RandomScenario.make(seed: seed)
        let explanation = try Explainer(allocator: allocator).explain(scenario)
        guard let allocation = explanation.base.allocation else { return }
        for line in explanation.mentors {
            for obstacle in line.obstacles {
                let relaxed = try allocator.solve(Self.lifted(obstacle.violation.requirement, from: scenario))
                let more = (relaxed.allocation?[line.id] ?? 0) > allocation[line.id]
                #expect(obstacle.standsInTheWay == more, "seed \(seed) \(line.id): \(obstacle.violation.requirement)")
                let named = line.reasons.contains(.blocked(obstacle.violation))
                #expect(named == more, "seed \(seed) \(line.id): named \(named), lifting gives more \(more)")
            }
        }
    }

    @Test("a named tie re-solves to the same value and cost; a named interaction is real")
    func tiesAndInteractionsAgree() throws {
        var named = (ties: 0, interactions: 0)
        for seed in UInt64(0)..<40 {
            for scenario in [RandomScenario.make(seed: seed), RandomScenario.makeTieHeavy(seed: seed)] {
                let explanation = try Explainer(allocator: allocator).explain(scenario)
                let found = try check(explanation, scenario, seed: seed)
                named.ties += found.ties
                named.interactions += found.interactions
            }
        }
        // Not vacuous: the random scenarios do produce both reasons.
        #expect(named.ties > 0 && named.interactions > 0, "\(named)")
    }

    private func check(_ explanation: Explanation, _ scenario: Scenario, seed: UInt64) throws -> (ties: Int, interactions: Int) {
        var found = (ties: 0, interactions: 0)
        guard let allocation = explanation.base.allocation, let base = explanation.base.audit else { return found }
        for line in explanation.mentors {
            for reason in line.reasons {
                switch reason {
                case .tie(let other, _, let ownSlot, let keptOther):
                    found.ties += 1
                    var forced = scenario
                    let index = try #require(forced.mentors.firstIndex { $0.id == line.id })
                    forced.mentors[index].lock = .exactly(keptOther ? ownSlot : ownSlot - 1)
                    let result = try #require(try allocator.solve(forced).audit, "seed \(seed) \(line.id)")
                    #expect(abs(result.objective - base.objective) < 1e-6, "seed \(seed) \(line.id) tie with \(other)")
                    #expect(abs(result.spent - base.spent) < 1e-6, "seed \(seed) \(line.id) tie with \(other)")
                case .interaction(let other, let value):
                    found.interactions += 1
                    #expect(allocation[line.id] == 0 && allocation[other] > 0, "seed \(seed) \(line.id)")
                    #expect(
                        scenario.interactions.contains {
                            Set([$0.first, $0.second]) == Set([line.id, other]) && $0.value == value
                        }, "seed \(seed) \(line.id)")
                default: break
                }
            }
        }
        return found
    }
}
