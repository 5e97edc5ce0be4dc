import AllotModel
import Foundation

/// The words for a ``Diagnosis``: why there is no allocation, or why the optimum funds nobody.
public enum DiagnosisText {
    public static func sentence(_ diagnosis: Diagnosis) -> String {
        switch diagnosis {
        case .timeLimitReached:
            "the time limit was reached before any allocation satisfying every constraint was found; raise --time-limit"
        case .interrupted: "the search was interrupted before any allocation was found"
        case .unbounded: "internal error: the model is unbounded; please report this scenario"
        case .infeasible(let hints) where hints.isEmpty:
            "no allocation satisfies every constraint together (budget, locks, mins, shares, seats and cohort "
                + "limits); loosen one of them"
        case .infeasible(let hints): "no allocation satisfies every constraint: " + hints.map(hint).joined(separator: "; ")
        case .conflict(let conflict): sentence(conflict)
        case .targetUnreachable(let target):
            "no allocation reaches a value of \(Formatting.number(target)) within the budget and constraints"
        case .noMentorFundable:
            "no mentor can be funded (every mentor is excluded, capped at 0, or locked at most below their min)"
        case .budgetBelowCheapest(let budget, let cheapest):
            "the budget of \(Formatting.money(budget)) is below the cheapest mentor's first scholars "
                + "(\(Formatting.money(cheapest))); raise the budget"
        case .shareUnfillable(let agenda, let share):
            "agenda \(agenda) must hold at least \(Formatting.percent(share)) of the cohort but no mentor of it can be "
                + "funded, so only an empty cohort satisfies it; lower its min_share"
        case .nothingPays:
            "no funded allocation is worth more than funding nobody (values, interactions and agenda returns "
                + "of every affordable option add up to at most 0)"
        }
    }

    static func hint(_ hint: InfeasibilityHint) -> String {
        switch hint {
        case .locksOverBudget(let mentors, let cost, let budget):
            "the locked mentors (\(mentors.prefix(5).joined(separator: ", "))\(mentors.count > 5 ? ", …" : "")) "
                + "cost at least \(Formatting.money(cost)), more than the budget of \(Formatting.money(budget)); "
                + "raise the budget or loosen a lock"
        case .locksOverCohortMaximum(let scholars, let maximum):
            "locks require \(scholars) scholars but cohort.max_scholars is \(maximum); raise it or loosen a lock"
        case .locksOverMaxMentors(let mentors, let maximum):
            "\(mentors) mentors are locked in but cohort.max_mentors is \(maximum); raise it or loosen a lock"
        case .cohortMinimumUnreachable(let minimum, let possible):
            "cohort.min_scholars is \(minimum) but the mentors can take at most \(possible) scholars in all; "
                + "lower it or raise caps"
        case .agendaMinimumUnreachable(let agenda, let minimum, let room):
            "agenda \(agenda) needs at least \(minimum) scholars but its mentors can take at most \(room); "
                + "lower its min_scholars or raise caps"
        }
    }

    /// The conflict as a sentence with its numbers and what to change.
    public static func sentence(_ conflict: Conflict) -> String {
        let parts = Array(zip(conflict.requirements, conflict.committedCosts))
        let locks = parts.filter { if case .lock = $0.0 { $0.1 > 0 } else { false } }
        let label = { (part: (Requirement, Double)) -> String in
            if case .lock(let mentor, let lock) = part.0, part.1 > 0 {
                return "the lock on \(mentor) (\(lockPhrase(lock)), \(Formatting.money(part.1)))"
            }
            return RequirementText.label(part.0)
        }
        if parts.count == locks.count + 1,
            conflict.requirements.contains(where: { if case .budget = $0 { true } else { false } }),
            !locks.isEmpty
        {
            let total = locks.reduce(0) { $0 + $1.1 }
            let subject =
                locks.count == 1
                ? label(locks[0]) + " costs"
                : "the locks on "
                    + Wording.list(locks.map { label($0).replacingOccurrences(of: "the lock on ", with: "") }) + " cost"
            return "\(subject) \(Formatting.money(total)), more than the budget of \(Formatting.money(conflict.budget)). "
                + "Raise the budget or loosen \(locks.count == 1 ? "the" : "one") lock."
        }
        if parts.count == 1 { return "\(label(parts[0])) cannot be met by the scenario's mentors. Loosen it." }
        let together = parts.count == 2 ? "cannot both hold" : "cannot all hold together"
        return Wording.list(parts.map(label)) + " \(together). Loosen one of them."
    }

    /// A lock as the conflict names it: "exactly 3 scholars", "at least 2".
    private static func lockPhrase(_ lock: Lock) -> String {
        if case .exactly(let n) = lock { return "exactly \(Formatting.count(n, "scholar"))" }
        return RequirementText.describe(lock)
    }
}
