/// One distinct fixed cost of funding a mentor at all, with the funded mentors who pay it.
public struct FixedCost: Sendable, Equatable {
    /// Paid once per funded mentor.
    public let amount: Double
    /// True when it is the mentors' own `fixed_cost`, replacing `cost.per_mentor`.
    public let isOverride: Bool
    /// The funded mentors paying it, ascending by id.
    public let mentors: [String]

    public init(amount: Double, isOverride: Bool, mentors: [String]) {
        self.amount = amount
        self.isOverride = isOverride
        self.mentors = mentors
    }
}

extension Scenario {
    /// The funded mentors' fixed costs, once per distinct amount and origin.
    ///
    /// Empty when no funded mentor has a fixed cost: there is nothing to show then. `cost.per_mentor`
    /// comes first, then the mentors' own `fixed_cost`, largest first.
    public func fixedCosts(for allocation: Allocation) -> [FixedCost] {
        let funded = mentors.filter { allocation[$0.id] > 0 }
        guard funded.contains(where: { fixedCost(of: $0) != 0 }) else { return [] }
        var groups: [FixedCostKey: [String]] = [:]
        for mentor in funded {
            groups[FixedCostKey(amount: fixedCost(of: mentor), isOverride: mentor.fixedCost != nil), default: []].append(
                mentor.id)
        }
        return groups.map { FixedCost(amount: $0.key.amount, isOverride: $0.key.isOverride, mentors: $0.value.sorted()) }
            .sorted { a, b in
                if a.isOverride != b.isOverride { return !a.isOverride }
                if a.amount != b.amount { return a.amount > b.amount }
                return a.mentors.first ?? "" < b.mentors.first ?? ""
            }
    }
}

private struct FixedCostKey: Hashable {
    let amount: Double
    let isOverride: Bool
}
