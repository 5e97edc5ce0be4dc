import AllotAnalysis
import AllotModel
import AllotTestSupport
import GLPKBackend
import Testing

@Suite("explain")
struct ExplanationTests {
    let allocator = Allocator(backend: GLPKBackend())

    @Test("±1 deltas equal the difference of two standalone solves with the mentor locked", arguments: Array(UInt64(0)..<60))
    func deltasMatchStandaloneSolves(seed: UInt64) throws {
        let scenario = RandomScenario.make(seed: seed)
        let explanation = try Explainer(allocator: allocator).explain(scenario)
        guard let base = explanation.base.audit, let allocation = explanation.base.allocation else { return }
        for line in explanation.mentors {
            let mentor = try #require(scenario.mentor(id: line.id))
            let limits = mentor.slotLimits
            let count = allocation[mentor.id]
            for (change, target) in [
                (line.plusOne, count == 0 ? limits.lowestFunded : count + 1),
                (line.minusOne, count - 1 < limits.lowestFunded ? 0 : count - 1),
            ] {
                guard case .value(let delta, _, _) = change else { continue }
                var locked = scenario
                let index = try #require(locked.mentors.firstIndex { $0.id == mentor.id })
                locked.mentors[index].lock = .exactly(target)
                let standalone = try #require(try allocator.solve(locked).audit, "seed \(seed) \(mentor.id)")
                #expect(abs(delta - (standalone.objective - base.objective)) < 1e-9, "seed \(seed) \(mentor.id) → \(target)")
            }
        }
    }

    @Test(
        "without forced steps, only the ±1 re-solves, the ties and the caps' gains are left out", arguments: Array(UInt64(0)..<30)
    )
    func withoutForcedSteps(seed: UInt64) throws {
        let scenario = RandomScenario.make(seed: seed)
        let full = try Explainer(allocator: allocator).explain(scenario)
        var quickExplainer = Explainer(allocator: allocator)
        quickExplainer.forcedSteps = false
        let quick = try quickExplainer.explain(scenario)
        #expect(full.forcedSteps && !quick.forcedSteps)
        #expect(quick.cutoff == full.cutoff)
        #expect(quick.prices.map(\.value) == full.prices.map(\.value))
        #expect(quick.capNegotiation.map(\.mentor) == full.capNegotiation.map(\.mentor))
        #expect(quick.capNegotiation.allSatisfy { $0.gain == nil })
        for (fast, exact) in zip(quick.mentors, full.mentors) {
            #expect(fast.obstacles == exact.obstacles, "seed \(seed) \(fast.id)")
            for change in [fast.plusOne, fast.minusOne] {
                switch change {
                case .notComputed, .notApplicable: break
                default: Issue.record("seed \(seed) \(fast.id): \(change) was re-solved")
                }
            }
            let untied = exact.reasons.filter {
                switch $0 {
                case .tie, .costsMoreForSameValue: false
                default: true
                }
            }
            #expect(fast.reasons == untied, "seed \(seed) \(fast.id)")
        }
    }

    @Test("lifting a constraint never lowers the optimum", arguments: Array(UInt64(0)..<80))
    func pricesAreNeverNegative(seed: UInt64) throws {
        let explanation = try Explainer(allocator: allocator).explain(RandomScenario.make(seed: seed))
        for price in explanation.prices { #expect((price.value ?? 0) >= -1e-9, "seed \(seed): \(price.requirement)") }
        for entry in explanation.capNegotiation { #expect((entry.gain ?? 0) >= -1e-9, "seed \(seed): \(entry.mentor)") }
    }

    @Test("a constraint that cannot bind is priced at exactly zero", arguments: Array(UInt64(0)..<60))
    func slackConstraintsCostNothing(seed: UInt64) throws {
        var scenario = RandomScenario.make(seed: seed)
        let everyone = scenario.mentors.reduce(0) { $0 + $1.cap }
        scenario.locations.append(Location(id: "roomy", seats: everyone + 1))
        for index in scenario.mentors.indices where scenario.mentors[index].location == nil {
            scenario.mentors[index].location = "roomy"
        }
        scenario.cohort.maxMentors = scenario.cohort.maxMentors ?? scenario.mentors.count
        let explanation = try Explainer(allocator: allocator).explain(scenario)
        guard explanation.base.audit != nil else { return }
        let roomy = try #require(explanation.prices.first { $0.requirement.subject == "roomy" })
        #expect(roomy.value == 0, "seed \(seed)")
        if scenario.cohort.maxMentors == scenario.mentors.count {
            let mentors = try #require(explanation.prices.first { $0.requirement.code == "cohort_mentors" })
            #expect(mentors.value == 0, "seed \(seed)")
        }
    }
}
