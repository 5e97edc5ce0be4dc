import AllotModel
import AllotTestSupport
import GLPKBackend
import LinearProgramming
import Testing

/// The GLPK path against an exhaustive enumeration scored by the independent audit.
@Suite("optimum properties on random scenarios")
struct OptimumPropertyTests {
    static let seeds = Array(UInt64(0)..<300)
    let allocator = Allocator(backend: GLPKBackend())

    @Test("GLPK's optimum equals brute force, the allocation is feasible, and ties go to the cheapest", arguments: seeds)
    func matchesBruteForce(seed: UInt64) throws {
        try checkAgainstBruteForce(RandomScenario.make(seed: seed), seed: seed)
    }

    @Test("among optimal allocations, the cheapest is returned (tie-heavy scenarios)", arguments: Array(seeds.prefix(150)))
    func cheapestAmongTies(seed: UInt64) throws {
        try checkAgainstBruteForce(RandomScenario.makeTieHeavy(seed: seed), seed: seed)
    }

    @Test("twins of equal value but different cost: the cheaper twin is funded", arguments: Array(seeds.prefix(200)))
    func cheapestAmongTwins(seed: UInt64) throws {
        try checkAgainstBruteForce(RandomScenario.makeTwins(seed: seed), seed: seed)
    }

    /// Status, optimum, feasibility (by the independent audit) and the cheapest-among-optimal rule.
    private func checkAgainstBruteForce(_ scenario: Scenario, seed: UInt64) throws {
        let reference = BruteForce.solve(scenario)
        let result = try allocator.solve(scenario)
        guard let best = reference.objective, let cheapest = reference.cheapestSpent else {
            #expect(result.status == .infeasible, "seed \(seed): brute force finds no feasible allocation")
            return
        }
        #expect(result.status == .optimal, "seed \(seed)")
        let audit = try #require(result.audit, "seed \(seed): no allocation returned")
        #expect(audit.violations == [], "seed \(seed)")
        #expect(approximatelyEqual(audit.objective, best), "seed \(seed): GLPK \(audit.objective), brute force \(best)")
        #expect(abs(audit.spent - cheapest) < 1e-6, "seed \(seed): spent \(audit.spent), cheapest optimum \(cheapest)")
    }

    @Test("more budget never lowers the optimum", arguments: Array(seeds.prefix(120)))
    func budgetMonotone(seed: UInt64) throws {
        var scenario = RandomScenario.make(seed: seed)
        var previous: Double?
        for step in 0..<4 {
            scenario.budget = Double(step) * 40_000
            let result = try allocator.solve(scenario)
            if let objective = result.audit?.objective {
                if let previous { #expect(objective >= previous - 1e-9, "seed \(seed), budget \(scenario.budget)") }
                previous = objective
            } else {
                // Infeasible at a budget means infeasible at every lower budget too.
                #expect(previous == nil, "seed \(seed): feasible below budget \(scenario.budget) but not at it")
            }
        }
    }

    @Test("reordering mentors in the file changes nothing", arguments: Array(seeds.prefix(120)))
    func orderInvariant(seed: UInt64) throws {
        let scenario = RandomScenario.make(seed: seed)
        var reversed = scenario
        reversed.mentors.reverse()
        reversed.agendas.reverse()
        reversed.interactions.reverse()
        let first = try allocator.solve(scenario)
        let second = try allocator.solve(reversed)
        #expect(first.status == second.status, "seed \(seed)")
        #expect(first.allocation == second.allocation, "seed \(seed)")
    }

    @Test("the random scenarios exercise every feature of the model")
    func generatorCoverage() {
        var counts: [String: Int] = [:]
        for seed in Self.seeds {
            let scenario = RandomScenario.make(seed: seed)
            func count(_ feature: String, _ present: Bool) { if present { counts[feature, default: 0] += 1 } }
            count(
                "rising curve",
                scenario.mentors.contains { zip($0.slotValues, $0.slotValues.dropFirst()).contains { $0.1 > $0.0 } })
            count("negative value", scenario.mentors.contains { $0.slotValues.contains { $0 < 0 } })
            count("min above 1", scenario.mentors.contains { $0.min > 1 })
            count("lock exactly", scenario.mentors.contains { if case .exactly(let n) = $0.lock { n > 0 } else { false } })
            count("lock at least", scenario.mentors.contains { if case .atLeast(let n) = $0.lock { n > 0 } else { false } })
            count("lock at most", scenario.mentors.contains { if case .atMost = $0.lock { true } else { false } })
            count("exclude", scenario.mentors.contains(where: \.exclude))
            count("cap 0", scenario.mentors.contains { $0.cap == 0 })
            count("seats", scenario.locations.contains { $0.seats != nil })
            count("location extra", scenario.locations.contains { $0.extraPerScholar > 0 })
            count("max share", scenario.agendas.contains { $0.maxShare < 1 })
            count("min share", scenario.agendas.contains { $0.minShare > 0 })
            count("agenda bounds", scenario.agendas.contains { $0.minScholars > 0 || $0.maxScholars != nil })
            count("returns", scenario.agendas.contains { !$0.returns.isEmpty })
            count("positive interaction", scenario.interactions.contains { $0.value > 0 })
            count("negative interaction", scenario.interactions.contains { $0.value < 0 })
            count("fixed cost", scenario.cost.perMentor > 0 || scenario.mentors.contains { ($0.fixedCost ?? 0) > 0 })
            count("cost override", scenario.mentors.contains { $0.costPerScholar != nil })
            count("cohort bounds", scenario.cohort.minScholars > 0 || scenario.cohort.maxScholars != nil)
            count("max mentors", scenario.cohort.maxMentors != nil)
            count("generated curve", scenario.mentors.contains { if case .values = $0.curve { false } else { true } })
        }
        for feature in [
            "rising curve", "negative value", "min above 1", "lock exactly", "lock at least", "lock at most", "exclude",
            "cap 0", "seats", "location extra", "max share", "min share", "agenda bounds", "returns",
            "positive interaction", "negative interaction", "fixed cost", "cost override", "cohort bounds",
            "max mentors", "generated curve",
        ] {
            #expect(counts[feature, default: 0] >= 10, "only \(counts[feature, default: 0]) scenarios have \(feature)")
        }
    }
}
