import LinearProgramming

/// Reasons, as ``Diagnosis`` values, for an outcome with no allocation or an empty one.
public enum AllocationDiagnosis {
    /// Why the search produced no allocation (without re-solving: see ``ConflictFinder``).
    public static func whyNoAllocation(_ scenario: Scenario, termination: Termination) -> Diagnosis {
        switch termination {
        case .noSolution: .timeLimitReached
        case .interrupted: .interrupted
        case .unbounded: .unbounded
        default: .infeasible(infeasibilityHints(scenario))
        }
    }

    /// Why an optimal allocation funds nobody.
    public static func whyNobodyFunded(_ scenario: Scenario) -> Diagnosis {
        let fundable = scenario.mentors.filter { $0.slotLimits.canBeFunded }
        if fundable.isEmpty { return .noMentorFundable }
        let cheapest = fundable.map { scenario.cost(of: $0, scholars: $0.slotLimits.lowestFunded) }.min() ?? 0
        if cheapest > scenario.budget { return .budgetBelowCheapest(budget: scenario.budget, cheapest: cheapest) }
        for agenda in scenario.agendas where agenda.minShare > 0 {
            if !fundable.contains(where: { $0.agenda == agenda.id }) {
                return .shareUnfillable(agenda: agenda.id, minShare: agenda.minShare)
            }
        }
        return .nothingPays
    }

    /// Simple conflicts that can be named without re-solving.
    static func infeasibilityHints(_ scenario: Scenario) -> [InfeasibilityHint] {
        var hints: [InfeasibilityHint] = []
        var lockedCost = 0.0
        var lockedScholars = 0
        var lockedMentors: [String] = []
        for mentor in scenario.mentors where !mentor.slotLimits.mayBeUnfunded {
            let count = mentor.slotLimits.lowestFunded
            lockedCost += scenario.cost(of: mentor, scholars: count)
            lockedScholars += count
            lockedMentors.append(mentor.id)
        }
        if lockedCost > scenario.budget {
            hints.append(.locksOverBudget(mentors: lockedMentors, cost: lockedCost, budget: scenario.budget))
        }
        if let maximum = scenario.cohort.maxScholars, lockedScholars > maximum {
            hints.append(.locksOverCohortMaximum(scholars: lockedScholars, maximum: maximum))
        }
        if let maximum = scenario.cohort.maxMentors, lockedMentors.count > maximum {
            hints.append(.locksOverMaxMentors(mentors: lockedMentors.count, maximum: maximum))
        }
        let possible = scenario.mentors.reduce(0) { $0 + ($1.slotLimits.canBeFunded ? $1.slotLimits.highest : 0) }
        if scenario.cohort.minScholars > possible {
            hints.append(.cohortMinimumUnreachable(minimum: scenario.cohort.minScholars, possible: possible))
        }
        for agenda in scenario.agendas where agenda.minScholars > 0 {
            let room = scenario.mentors.filter { $0.agenda == agenda.id && $0.slotLimits.canBeFunded }
                .reduce(0) { $0 + $1.slotLimits.highest }
            if room < agenda.minScholars {
                hints.append(.agendaMinimumUnreachable(agenda: agenda.id, minimum: agenda.minScholars, room: room))
            }
        }
        return hints
    }
}
