import AllotModel

/// Money an optimum leaves unspent, and what stops it being spent.
public struct LeftoverMoney: Sendable, Equatable {
    public enum Cause: Sendable, Equatable {
        /// Less is left than any mentor's next step costs: the budget itself stops spending.
        case budget
        /// No mentor can take another scholar: each is at their own cap or lock, or excluded.
        case everyMentorAtLimit
        /// Every next step the money could pay for would break one of these requirements (a
        /// small set that covers every such step, the one blocking most steps first).
        case requirements([Requirement])
        /// Some step the money could pay for breaks nothing, but none adds value.
        case nothingPays
    }

    public let unspent: Double
    public let cause: Cause

    /// What stops the allocation spending more of the scenario's budget.
    public static func find(in scenario: Scenario, allocation: Allocation) -> LeftoverMoney {
        let catalogue = ConstraintCatalogue(scenario)
        let tally = AllocationTally(scenario: scenario, allocation: allocation)
        let unspent = scenario.budget - tally.spent
        let steps = scenario.mentors.compactMap { mentor in
            scenario.nextStep(of: mentor, from: allocation[mentor.id]).map { (mentor: mentor, step: $0) }
        }
        guard !steps.isEmpty else { return LeftoverMoney(unspent: unspent, cause: .everyMentorAtLimit) }
        let affordable = steps.filter { $0.step.cost <= unspent + 1e-9 * max(1, scenario.budget) }
        guard !affordable.isEmpty else { return LeftoverMoney(unspent: unspent, cause: .budget) }
        var blocked: [[Requirement]] = []
        for (mentor, step) in affordable {
            let broken = catalogue.violations(moving: mentor, to: step.to, from: tally).map(\.requirement)
            if broken.isEmpty { return LeftoverMoney(unspent: unspent, cause: .nothingPays) }
            blocked.append(broken)
        }
        // Greedy cover: the requirement that blocks most remaining steps (the first in catalogue
        // order among equals), until every step is covered.
        let order = Dictionary(catalogue.requirements.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var cover: [Requirement] = []
        while !blocked.isEmpty {
            var counts: [Requirement: Int] = [:]
            for broken in blocked { for requirement in broken { counts[requirement, default: 0] += 1 } }
            guard
                let best = counts.max(by: {
                    $0.value != $1.value ? $0.value < $1.value : order[$0.key, default: 0] > order[$1.key, default: 0]
                })?.key
            else { break }
            cover.append(best)
            blocked.removeAll { $0.contains(best) }
        }
        return LeftoverMoney(unspent: unspent, cause: .requirements(cover))
    }
}
