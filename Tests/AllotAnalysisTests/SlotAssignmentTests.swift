import AllotAnalysis
import AllotModel
import Testing

@Suite("slot assignment rows")
struct SlotAssignmentTests {
    /// Mentors listed out of id order, a location extra, a cost override, fixed costs, a negative slot value.
    static let scenario = Scenario(
        name: "slots", budget: 1_000_000, cost: CostModel(perScholar: 10_000, perMentor: 2_000),
        locations: [Location(id: "london", extraPerScholar: 1_500)], agendas: [Agenda(id: "interp")],
        mentors: [
            Mentor(
                id: "zeta", name: "Zeta, Z.", agenda: "interp", location: "london", cap: 3,
                curve: .values([4, -0.5, 6]), tags: ["returning", "lead"]),
            Mentor(id: "alpha", agenda: "interp", cap: 2, curve: .constant(3), costPerScholar: 7_000, fixedCost: 500),
            Mentor(id: "mid", agenda: "interp", cap: 2, curve: .constant(1)),
        ])

    @Test("one row per funded slot, by mentor id then slot, with its value and cost")
    func rows() {
        let allocation = Allocation(slots: ["zeta": 3, "alpha": 1])
        let rows = SlotAssignment.list(for: allocation, in: Self.scenario)
        #expect(rows.map { "\($0.mentor)#\($0.slot)" } == ["alpha#1", "zeta#1", "zeta#2", "zeta#3"])
        #expect(rows.map(\.marginalValue) == [3, 4, -0.5, 6])
        #expect(rows.map(\.cost) == [7_000, 11_500, 11_500, 11_500])
        #expect(rows.map(\.mentorFixedCost) == [500, 2_000, 0, 0])
        #expect(rows[1].mentorName == "Zeta, Z.")
        #expect(rows[0].mentorName == nil)
        #expect(rows[1].location == "london")
        #expect(rows[1].tags == ["returning", "lead"])
    }

    @Test("the rows add up to the allocation's slot value and spending")
    func totals() {
        let allocation = Allocation(slots: ["zeta": 2, "alpha": 2, "mid": 1])
        let rows = SlotAssignment.list(for: allocation, in: Self.scenario)
        let audit = AllocationAudit(scenario: Self.scenario, allocation: allocation)
        #expect(rows.count == allocation.scholars)
        #expect(rows.map(\.marginalValue).reduce(0, +) == audit.slotValue)
        #expect(rows.map { $0.cost + $0.mentorFixedCost }.reduce(0, +) == audit.spent)
    }

    @Test("an empty allocation has no rows")
    func empty() {
        #expect(SlotAssignment.list(for: Allocation(), in: Self.scenario).isEmpty)
    }
}
