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
        self.allocation = allocation
        self.spent = spent
        self.scholars = scholars
        self.fundedMentors = funded
        self.scholarsByAgenda = byAgenda
        self.scholarsByLocation = byLocation
    }
}
