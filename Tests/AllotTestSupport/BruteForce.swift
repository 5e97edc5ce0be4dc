import AllotModel

/// The optimum of a small scenario by enumerating every allocation, scored by ``AllocationAudit``.
///
/// Independent of the formulation and the solver: it is the reference the GLPK path is tested against.
public enum BruteForce {
    public struct Optimum: Equatable {
        /// The best objective, or nil when no allocation is feasible.
        public let objective: Double?
        /// The lowest spending among allocations within the tie tolerance of the optimum.
        public let cheapestSpent: Double?
        public let feasibleCount: Int
    }

    public static func solve(_ scenario: Scenario, tieTolerance: Double = 1e-9) -> Optimum {
        let choices = scenario.mentors.map { $0.slotLimits.allowedCounts }
        guard choices.allSatisfy({ !$0.isEmpty }) else { return Optimum(objective: nil, cheapestSpent: nil, feasibleCount: 0) }
        var audits: [AllocationAudit] = []
        let catalogue = ConstraintCatalogue(scenario)
        var picks = Array(repeating: 0, count: choices.count)
        while true {
            var slots: [String: Int] = [:]
            for (index, mentor) in scenario.mentors.enumerated() { slots[mentor.id] = choices[index][picks[index]] }
            let audit = AllocationAudit(catalogue: catalogue, allocation: Allocation(slots: slots))
            if audit.isFeasible { audits.append(audit) }
            var position = 0
            while position < picks.count {
                picks[position] += 1
                if picks[position] < choices[position].count { break }
                picks[position] = 0
                position += 1
            }
            if position == picks.count { break }
        }
        guard let best = audits.map(\.objective).max() else {
            return Optimum(objective: nil, cheapestSpent: nil, feasibleCount: 0)
        }
        let tolerance = tieTolerance * max(1, abs(best))
        let cheapest = audits.filter { $0.objective >= best - tolerance }.map(\.spent).min()
        return Optimum(objective: best, cheapestSpent: cheapest, feasibleCount: audits.count)
    }
}
