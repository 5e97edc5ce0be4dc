/// One funding round to allocate: budget, costs, limits, agendas, mentors and interactions.
///
/// A `Scenario` is only built by ``ScenarioDecoder`` after validation, so its invariants hold:
/// ids are unique and well-formed, references resolve, numbers are finite, `cap ≥ min` for
/// every mentor that can be funded, and each mentor's ``Mentor/slotValues`` has `cap` entries.
public struct Scenario: Sendable, Equatable, Codable {
    public var name: String
    public var description: String?
    /// Display only.
    public var currency: String
    /// Total funding for the round, ≥ 0.
    public var budget: Double
    public var cost: CostModel
    public var cohort: CohortLimits
    public var locations: [Location]
    public var agendas: [Agenda]
    public var mentors: [Mentor]
    public var interactions: [Interaction]

    public init(
        name: String, description: String? = nil, currency: String = "USD", budget: Double,
        cost: CostModel = CostModel(), cohort: CohortLimits = CohortLimits(), locations: [Location] = [],
        agendas: [Agenda], mentors: [Mentor], interactions: [Interaction] = []
    ) {
        self.name = name
        self.description = description
        self.currency = currency
        self.budget = budget
        self.cost = cost
        self.cohort = cohort
        self.locations = locations
        self.agendas = agendas
        self.mentors = mentors
        self.interactions = interactions
    }

    public func agenda(id: String) -> Agenda? { agendas.first { $0.id == id } }
    public func location(id: String) -> Location? { locations.first { $0.id == id } }
    public func mentor(id: String) -> Mentor? { mentors.first { $0.id == id } }
}

/// Program-wide limits on the cohort.
public struct CohortLimits: Sendable, Equatable, Codable {
    public var minScholars: Int
    /// nil: no limit.
    public var maxScholars: Int?
    /// nil: no limit.
    public var maxMentors: Int?

    public init(minScholars: Int = 0, maxScholars: Int? = nil, maxMentors: Int? = nil) {
        self.minScholars = minScholars
        self.maxScholars = maxScholars
        self.maxMentors = maxMentors
    }
}

/// A place scholars sit: an office with a seat limit, or remote.
public struct Location: Sendable, Equatable, Codable {
    public var id: String
    /// nil: unlimited.
    public var seats: Int?
    /// Added to the cost of each scholar here (housing, office), ≥ 0.
    public var extraPerScholar: Double

    public init(id: String, seats: Int? = nil, extraPerScholar: Double = 0) {
        self.id = id
        self.seats = seats
        self.extraPerScholar = extraPerScholar
    }
}

/// A research agenda, with the share of the cohort it may take.
///
/// Invariants: `0 ≤ minShare ≤ maxShare ≤ 1`; `returns` is non-increasing.
public struct Agenda: Sendable, Equatable, Codable {
    public var id: String
    public var name: String?
    public var minShare: Double
    public var maxShare: Double
    public var minScholars: Int
    public var maxScholars: Int?
    /// Value added for the j-th scholar of the agenda; the last entry repeats beyond the list.
    public var returns: [Double]

    public init(
        id: String, name: String? = nil, minShare: Double = 0, maxShare: Double = 1, minScholars: Int = 0,
        maxScholars: Int? = nil, returns: [Double] = []
    ) {
        self.id = id
        self.name = name
        self.minShare = minShare
        self.maxShare = maxShare
        self.minScholars = minScholars
        self.maxScholars = maxScholars
        self.returns = returns
    }

    public var displayName: String { name ?? id }

    /// The return of the j-th scholar (1-based) of this agenda.
    public func returnOfScholar(_ j: Int) -> Double {
        guard let last = returns.last else { return 0 }
        return j <= returns.count ? returns[j - 1] : last
    }
}

/// A fixed number of scholars a mentor must, may at most, or must at least receive.
public enum Lock: Sendable, Hashable, Codable {
    case exactly(Int)
    case atLeast(Int)
    case atMost(Int)

    public var count: Int {
        switch self {
        case .exactly(let n), .atLeast(let n), .atMost(let n): n
        }
    }
}

/// A non-additive portfolio effect: `value` is added when both mentors are funded.
public struct Interaction: Sendable, Equatable, Codable {
    public var first: String
    public var second: String
    public var value: Double

    public init(_ first: String, _ second: String, value: Double) {
        self.first = first
        self.second = second
        self.value = value
    }
}
