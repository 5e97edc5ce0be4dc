/// What an allocation amounts to in a scenario: money, head counts and funded mentors.
///
/// The quantities every requirement is measured against (``ConstraintCatalogue``); mentors the
/// scenario does not have count nowhere (the audit names them).
public struct AllocationTally: Sendable, Equatable {
    public let allocation: Allocation
    /// Per-scholar costs plus the fixed costs of funded mentors.
    public let spent: Double
    public let scholars: Int
    public let fundedMentors: Int
    public let scholarsByAgenda: [String: Int]
    public let scholarsByLocation: [String: Int]

    public init(scenario: Scenario, allocation: Allocation) {
        var spent = 0.0
        var scholars = 0
        var funded = 0
        var byAgenda: [String: Int] = [:]
        var byLocation: [String: Int] = [:]
        for mentor in scenario.mentors {
            let count = allocation[mentor.id]
            guard count != 0 else { continue }
            spent += scenario.cost(of: mentor, scholars: count)
            scholars += count
            if count > 0 { funded += 1 }
            byAgenda[mentor.agenda, default: 0] += count
            if let location = mentor.location { byLocation[location, default: 0] += count }
        }
        self.init(
            allocation: allocation, spent: spent, scholars: scholars, fundedMentors: funded, scholarsByAgenda: byAgenda,
            scholarsByLocation: byLocation)
    }

    private init(
        allocation: Allocation, spent: Double, scholars: Int, fundedMentors: Int, scholarsByAgenda: [String: Int],
        scholarsByLocation: [String: Int]
    ) {
        self.allocation = allocation
        self.spent = spent
        self.scholars = scholars
        self.fundedMentors = fundedMentors
        self.scholarsByAgenda = scholarsByAgenda
        self.scholarsByLocation = scholarsByLocation
    }

    /// The tally with one mentor of the scenario moved to `count`, without recounting the others.
    public func moving(_ mentor: Mentor, to count: Int, in scenario: Scenario) -> AllocationTally {
        let from = allocation[mentor.id]
        var moved = allocation
        moved[mentor.id] = count
        // Like a full count, only places with scholars are listed.
        func adding(_ change: Int, to key: String, in counts: [String: Int]) -> [String: Int] {
            var counts = counts
            counts[key] = counts[key, default: 0] + change == 0 ? nil : counts[key, default: 0] + change
            return counts
        }
        let byAgenda = adding(count - from, to: mentor.agenda, in: scholarsByAgenda)
        let byLocation = mentor.location.map { adding(count - from, to: $0, in: scholarsByLocation) } ?? scholarsByLocation
        return AllocationTally(
            allocation: moved,
            spent: spent - scenario.cost(of: mentor, scholars: from) + scenario.cost(of: mentor, scholars: count),
            scholars: scholars + count - from, fundedMentors: fundedMentors + (count > 0 ? 1 : 0) - (from > 0 ? 1 : 0),
            scholarsByAgenda: byAgenda, scholarsByLocation: byLocation)
    }
}
