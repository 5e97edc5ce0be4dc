import AllotModel
import AllotTestSupport
import Testing

@Suite("constraint catalogue")
struct ConstraintCatalogueTests {
    @Test(
        "a one-mentor step checked incrementally breaks exactly what a full audit of the moved allocation breaks",
        arguments: Array(UInt64(0)..<60))
    func incrementalStepAgreesWithFullAudit(seed: UInt64) throws {
        let scenario = RandomScenario.make(seed: seed)
        let catalogue = ConstraintCatalogue(scenario)
        // A feasible start (greedy), as every caller's is, or nobody funded.
        let start = GreedyAllocation.allocate(scenario) ?? Allocation()
        let tally = AllocationTally(scenario: scenario, allocation: start)
        let broken = Set(catalogue.violations(tally).map(\.requirement))
        for mentor in scenario.mentors {
            for count in 0...mentor.cap {
                var moved = start
                moved[mentor.id] = count
                let full = AllocationTally(scenario: scenario, allocation: moved)
                #expect(tally.moving(mentor, to: count, in: scenario) == full, "seed \(seed) \(mentor.id) → \(count)")
                // What was already broken before the move is not the step's doing.
                let expected = catalogue.violations(full).filter { !broken.contains($0.requirement) }
                let incremental = catalogue.violations(moving: mentor, to: count, from: tally)
                    .filter { !broken.contains($0.requirement) }
                #expect(incremental == expected, "seed \(seed) \(mentor.id) → \(count)")
            }
        }
    }
}
