import AllotAnalysis
import AllotModel
import AllotTestSupport
import GLPKBackend
import LinearProgramming
import Testing

/// Sweep, ladder and target value against standalone solves (DESIGN.md §3).
@Suite("funding analysis")
struct FundingAnalysisTests {
    let allocator = Allocator(backend: GLPKBackend())
    static let budgets = (0...8).map { Double($0) * 25_000 }

    @Test("each sweep row equals a standalone solve at that budget, and value never falls", arguments: Array(UInt64(0)..<80))
    func sweepRowsAreStandaloneSolves(seed: UInt64) throws {
        let scenario = RandomScenario.make(seed: seed)
        let rows = try FundingSweep(allocator: allocator).run(scenario, budgets: Self.budgets)
        #expect(rows.map(\.budget) == Self.budgets)
        var previous: Double?
        for row in rows {
            var alone = scenario
            alone.budget = row.budget
            let standalone = try allocator.solve(alone)
            #expect(row.result.status == standalone.status, "seed \(seed), budget \(row.budget)")
            #expect(row.result.audit?.objective == standalone.audit?.objective, "seed \(seed), budget \(row.budget)")
            #expect(row.result.audit?.spent == standalone.audit?.spent, "seed \(seed), budget \(row.budget)")
            #expect(row.result.allocation == standalone.allocation, "seed \(seed), budget \(row.budget)")
            if let value = row.result.audit?.objective {
                if let previous { #expect(value >= previous - 1e-9, "seed \(seed): value fell at \(row.budget)") }
                previous = value
            }
        }
    }

    @Test("the ladder's added and cut slots are the difference of two standalone solves", arguments: Array(UInt64(0)..<60))
    func ladderMatchesStandaloneSolves(seed: UInt64) throws {
        var scenario = RandomScenario.make(seed: seed)
        scenario.budget = 60_000
        let formulation = Formulation(scenario: scenario)
        let base = try allocator.solve(formulation)
        guard let baseAllocation = base.allocation, let baseAudit = base.audit else { return }
        let ladder = try #require(
            try FundingLadder.compute(
                formulation: formulation, base: base, count: 2, allocator: allocator, options: SolveOptions()))
        for rung in ladder.rungs {
            var moved = scenario
            moved.budget = rung.budget
            let standalone = try allocator.solve(moved)
            #expect(rung.status == standalone.status, "seed \(seed), \(rung.steps) steps")
            if let allocation = standalone.allocation, let audit = standalone.audit {
                #expect(rung.changes == AllocationChange.between(baseAllocation, allocation), "seed \(seed), \(rung.steps)")
                #expect(rung.valueChange == audit.objective - baseAudit.objective, "seed \(seed), \(rung.steps)")
            }
        }
    }

    @Test("the margin is the +1 rung's value per unit of money, and prices every rung", arguments: Array(UInt64(0)..<30))
    func ladderMargin(seed: UInt64) throws {
        var scenario = RandomScenario.make(seed: seed)
        scenario.budget = 60_000
        let formulation = Formulation(scenario: scenario)
        let base = try allocator.solve(formulation)
        guard base.allocation != nil else { return }
        let ladder = try #require(
            try FundingLadder.compute(
                formulation: formulation, base: base, count: 2, allocator: allocator, options: SolveOptions()))
        let gain = ladder.rungs.first { $0.steps == 1 }?.valueChange
        guard let gain, gain > 0 else {
            #expect(ladder.margin == nil, "seed \(seed)")
            #expect(ladder.rungs.allSatisfy { ladder.moneyEquivalent(of: $0) == nil }, "seed \(seed)")
            return
        }
        let margin = try #require(ladder.margin, "seed \(seed)")
        #expect(approximatelyEqual(margin, gain / ladder.step), "seed \(seed)")
        for rung in ladder.rungs {
            let expected = rung.valueChange.map { $0 / margin }
            #expect(ladder.moneyEquivalent(of: rung) == expected, "seed \(seed), \(rung.steps) steps")
        }
        // One more step is worth exactly one step of money at its own rate.
        let plusOne = try #require(ladder.rungs.first { $0.steps == 1 })
        #expect(approximatelyEqual(ladder.moneyEquivalent(of: plusOne) ?? 0, ladder.step), "seed \(seed)")
    }

    @Test("a value target is reached at no more than the optimum's cost", arguments: Array(UInt64(0)..<80))
    func targetValue(seed: UInt64) throws {
        let scenario = RandomScenario.make(seed: seed)
        let formulation = Formulation(scenario: scenario)
        let optimum = try allocator.solve(formulation)
        guard let best = optimum.audit else { return }
        for fraction in [1.0, 0.9, 0.5] {
            let target = best.objective >= 0 ? best.objective * fraction : best.objective
            let cheapest = try allocator.cheapest(reaching: target, in: formulation)
            let audit = try #require(cheapest.audit, "seed \(seed), \(fraction)")
            #expect(audit.isFeasible)
            #expect(audit.objective >= target - 1e-6, "seed \(seed), \(fraction)")
            #expect(audit.spent <= best.spent + 1e-6, "seed \(seed), \(fraction)")
        }
        let unreachable = try allocator.cheapest(reaching: best.objective + 1, in: formulation)
        #expect(unreachable.status == .infeasible, "seed \(seed)")
    }

    @Test("funding levels parse ranges and lists, and refuse nonsense")
    func fundingLevels() throws {
        #expect(try FundingLevels.parse("100:300:100") == [100, 200, 300])
        #expect(try FundingLevels.parse("100:250:100") == [100, 200, 250])
        #expect(try FundingLevels.parse("1_450_000,1200000, 1200000") == [1_200_000, 1_450_000])
        for bad in ["", "1:2", "5:1:1", "1:5:0", "a,b", "-5", "0:1e9:1"] {
            #expect(throws: FundingLevelsError.self, "\(bad)") { try FundingLevels.parse(bad) }
        }
    }

    @Test("a report's default levels run from about 60% to 140% of the budget in round steps, the budget among them")
    func levelsAround() {
        #expect(
            FundingLevels.around(1_175_000)
                == [
                    700_000, 800_000, 900_000, 1_000_000, 1_100_000, 1_175_000, 1_200_000, 1_300_000, 1_400_000, 1_500_000,
                    1_600_000, 1_700_000,
                ])
        #expect(FundingLevels.around(50_000) == (6...14).map { Double($0) * 5_000 })
        #expect(FundingLevels.around(0) == [0])
        for budget in [1.0, 999.0, 2_100_000, 123_456_789] {
            let levels = FundingLevels.around(budget)
            #expect(levels.contains(budget))
            #expect(levels == levels.sorted() && Set(levels).count == levels.count)
            #expect(levels.first! <= budget * 0.6 && levels.last! >= budget * 1.4, "\(budget): \(levels)")
            #expect((8...16).contains(levels.count), "\(budget): \(levels.count) levels")
        }
    }
}
