import LinearProgramming

/// Reasons, in words, for an outcome with no allocation or an empty one.
public enum AllocationDiagnosis {
    /// Why the search produced no allocation.
    public static func whyNoAllocation(_ scenario: Scenario, termination: Termination) -> String {
        switch termination {
        case .noSolution:
            return "the time limit was reached before any allocation satisfying every constraint was found; "
                + "raise --time-limit"
        case .interrupted:
            return "the search was interrupted before any allocation was found"
        case .unbounded:
            return "internal error: the model is unbounded; please report this scenario"
        default:
            break
        }
        let reasons = infeasibilityHints(scenario)
        if reasons.isEmpty {
            return "no allocation satisfies every constraint together (budget, locks, mins, shares, seats and cohort "
                + "limits); loosen one of them"
        }
        return "no allocation satisfies every constraint: " + reasons.joined(separator: "; ")
    }

    /// Why an optimal allocation funds nobody.
    public static func whyNobodyFunded(_ scenario: Scenario) -> String {
        let fundable = scenario.mentors.filter { $0.slotLimits.canBeFunded }
        if fundable.isEmpty {
            return "no mentor can be funded (every mentor is excluded, capped at 0, or locked at most below their min)"
        }
        let cheapest = fundable.map { scenario.cost(of: $0, scholars: $0.slotLimits.lowestFunded) }.min() ?? 0
        if cheapest > scenario.budget {
            return "the budget of \(Formatting.money(scenario.budget)) is below the cheapest mentor's first scholars "
                + "(\(Formatting.money(cheapest))); raise the budget"
        }
        for agenda in scenario.agendas where agenda.minShare > 0 {
            if !fundable.contains(where: { $0.agenda == agenda.id }) {
                return "agenda \(agenda.id) must hold at least \(Formatting.percent(agenda.minShare)) of the cohort "
                    + "but no mentor of it can be funded, so only an empty cohort satisfies it; lower its min_share"
            }
        }
        return "no funded allocation is worth more than funding nobody (values, interactions and agenda returns "
            + "of every affordable option add up to at most 0)"
    }

    /// Simple conflicts that can be named without re-solving.
    static func infeasibilityHints(_ scenario: Scenario) -> [String] {
        var hints: [String] = []
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
            hints.append(
                "the locked mentors (\(lockedMentors.prefix(5).joined(separator: ", "))\(lockedMentors.count > 5 ? ", …" : "")) "
                    + "cost at least \(Formatting.money(lockedCost)), more than the budget of "
                    + "\(Formatting.money(scenario.budget)); raise the budget or loosen a lock")
        }
        if let maximum = scenario.cohort.maxScholars, lockedScholars > maximum {
            hints.append(
                "locks require \(lockedScholars) scholars but cohort.max_scholars is \(maximum); raise it or loosen a lock")
        }
        if let maximum = scenario.cohort.maxMentors, lockedMentors.count > maximum {
            hints.append(
                "\(lockedMentors.count) mentors are locked in but cohort.max_mentors is \(maximum); raise it or loosen a lock")
        }
        let possible = scenario.mentors.reduce(0) { $0 + ($1.slotLimits.canBeFunded ? $1.slotLimits.highest : 0) }
        if scenario.cohort.minScholars > possible {
            hints.append(
                "cohort.min_scholars is \(scenario.cohort.minScholars) but the mentors can take at most \(possible) "
                    + "scholars in all; lower it or raise caps")
        }
        for agenda in scenario.agendas where agenda.minScholars > 0 {
            let room = scenario.mentors.filter { $0.agenda == agenda.id && $0.slotLimits.canBeFunded }
                .reduce(0) { $0 + $1.slotLimits.highest }
            if room < agenda.minScholars {
                hints.append(
                    "agenda \(agenda.id) needs at least \(agenda.minScholars) scholars but its mentors can take at most "
                        + "\(room); lower its min_scholars or raise caps")
            }
        }
        return hints
    }
}
