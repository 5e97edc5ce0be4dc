import AllotAnalysis
import AllotModel

/// The words for a scenario's requirements: the one place each is named.
public enum RequirementText {
    /// The requirement as a noun phrase: "the budget of 1,175,000", "agenda a's max_share of 25%".
    public static func label(_ requirement: Requirement) -> String {
        switch requirement {
        case .budget(let budget): "the budget of \(Formatting.money(budget))"
        case .ownCap(let mentor, let cap): "\(mentor)'s own cap of \(cap)"
        case .minimumIfFunded(let mentor, let min): "\(mentor)'s min of \(min) if funded"
        case .lock(let mentor, let lock): "the lock on \(mentor) (\(describe(lock)))"
        case .excluded(let mentor): "the exclusion of \(mentor)"
        case .minShare(let agenda, let share): "agenda \(agenda)'s min_share of \(Formatting.percent(share))"
        case .maxShare(let agenda, let share): "agenda \(agenda)'s max_share of \(Formatting.percent(share))"
        case .agendaMinimum(let agenda, let count): "agenda \(agenda)'s min_scholars of \(count)"
        case .agendaMaximum(let agenda, let count): "agenda \(agenda)'s max_scholars of \(count)"
        case .seats(let location, let seats): "the \(seats) seats at \(location)"
        case .cohortMinimum(let count): "the cohort minimum of \(count) scholars"
        case .cohortMaximum(let count): "the cohort maximum of \(count) scholars"
        case .maxMentors(let count): "the limit of \(count) funded mentors"
        }
    }

    /// `exactly 3`, `at least 2`, `at most 1`.
    public static func describe(_ lock: Lock) -> String {
        switch lock {
        case .exactly(let n): "exactly \(n)"
        case .atLeast(let n): "at least \(n)"
        case .atMost(let n): "at most \(n)"
        }
    }

    /// A broken requirement with what the allocation puts against it: "the budget of 1,175,000
    /// (it would spend 1,191,000, 16,000 over)".
    public static func violation(_ violation: Violation) -> String {
        let measured = violation.measured
        let count = Int(measured.rounded())
        let detail: String
        switch violation.requirement {
        case .budget(let budget):
            detail = "it would spend \(Formatting.money(measured)), \(Formatting.money(measured - budget)) over"
        case .minShare, .maxShare: detail = "\(count) of \(violation.cohort) scholars"
        case .cohortMinimum, .cohortMaximum, .agendaMinimum, .agendaMaximum, .maxMentors: detail = "\(count) funded"
        default: detail = "\(count) asked"
        }
        return "\(label(violation.requirement)) (\(detail))"
    }

    /// A requirement that is tight at an allocation, as `solve` lists it: "location berkeley: all
    /// 60 seats used".
    public static func binding(_ binding: BindingConstraint) -> String {
        switch binding.requirement {
        case .budget:
            "budget: \(Formatting.money(binding.slack)) left, less than the cheapest next scholar "
                + "(\(Formatting.money(binding.cheapestStep ?? 0)))"
        case .cohortMaximum(let maximum): "cohort: at max_scholars \(maximum)"
        case .cohortMinimum(let minimum): "cohort: at min_scholars \(minimum)"
        case .maxMentors(let maximum): "cohort: at max_mentors \(maximum)"
        case .maxShare(let agenda, let share):
            "agenda \(agenda): \(Int(binding.measured)) of \(binding.cohort) scholars, at its max_share "
                + "\(Formatting.percent(share)) (one more would exceed it)"
        case .minShare(let agenda, let share):
            "agenda \(agenda): \(Int(binding.measured)) of \(binding.cohort) scholars, at its min_share "
                + "\(Formatting.percent(share)) (one fewer would fall below it)"
        case .agendaMaximum(let agenda, let maximum): "agenda \(agenda): at max_scholars \(maximum)"
        case .agendaMinimum(let agenda, let minimum): "agenda \(agenda): at min_scholars \(minimum)"
        case .seats(let location, let seats): "location \(location): all \(seats) seats used"
        case .ownCap(let mentor, let cap): "\(mentor): at own cap \(cap)"
        case .lock(let mentor, let lock): "\(mentor): held by its lock (\(lock.count))"
        case .minimumIfFunded, .excluded: label(binding.requirement)
        }
    }
}
