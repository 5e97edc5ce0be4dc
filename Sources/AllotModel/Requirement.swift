/// One requirement a scenario places on an allocation, with the numbers that define it.
///
/// A value, not words: the report layer (AllotReport's `RequirementText`) says it in a sentence, and
/// ``ConstraintCatalogue`` is the one place that checks it, measures its slack and lifts it.
public enum Requirement: Sendable, Hashable {
    /// Spending at most this much.
    case budget(Double)
    /// A mentor's own cap on scholars.
    case ownCap(mentor: String, cap: Int)
    /// A mentor's fewest scholars if funded at all (only when above 1).
    case minimumIfFunded(mentor: String, min: Int)
    case lock(mentor: String, Lock)
    case excluded(mentor: String)
    /// An agenda's scholars as a share of the cohort.
    case minShare(agenda: String, share: Double)
    case maxShare(agenda: String, share: Double)
    /// An agenda's absolute bounds on scholars.
    case agendaMinimum(agenda: String, scholars: Int)
    case agendaMaximum(agenda: String, scholars: Int)
    case seats(location: String, seats: Int)
    case cohortMinimum(Int)
    case cohortMaximum(Int)
    /// The most mentors the program funds.
    case maxMentors(Int)

    /// A stable machine name for JSON and CSV (`budget`, `share_max`, `seats`…).
    public var code: String {
        switch self {
        case .budget: "budget"
        case .ownCap: "cap"
        case .minimumIfFunded: "min"
        case .lock: "lock"
        case .excluded: "excluded"
        case .minShare: "share_min"
        case .maxShare: "share_max"
        case .agendaMinimum, .agendaMaximum: "agenda_scholars"
        case .seats: "seats"
        case .cohortMinimum, .cohortMaximum: "cohort_scholars"
        case .maxMentors: "cohort_mentors"
        }
    }

    /// The mentor, agenda or location it concerns (nil for the budget and the cohort).
    public var subject: String? {
        switch self {
        case .budget, .cohortMinimum, .cohortMaximum, .maxMentors: nil
        case .ownCap(let mentor, _), .minimumIfFunded(let mentor, _), .lock(let mentor, _), .excluded(let mentor): mentor
        case .minShare(let agenda, _), .maxShare(let agenda, _), .agendaMinimum(let agenda, _),
            .agendaMaximum(let agenda, _):
            agenda
        case .seats(let location, _): location
        }
    }

    /// The mentor it binds, for a mentor's own requirement.
    public var mentor: String? {
        switch self {
        case .ownCap(let mentor, _), .minimumIfFunded(let mentor, _), .lock(let mentor, _), .excluded(let mentor): mentor
        default: nil
        }
    }
}
