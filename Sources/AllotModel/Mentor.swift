/// A mentor who may take scholars, with the value of each additional scholar.
///
/// Invariants after validation: `slotValues.count == cap`; `cap ≤ 1000`; when `cap > 0`,
/// `max(1, min) ≤ cap`; a lock's count is within `0…cap`.
public struct Mentor: Sendable, Equatable, Codable {
    public var id: String
    public var name: String?
    public var agenda: String
    public var location: String?
    /// The mentor's own cap on scholars.
    public var cap: Int
    /// Fewest scholars if funded at all, as written (0 and 1 mean the same).
    public var min: Int
    /// How the values were given (a list or a generated curve).
    public var curve: ValueCurve
    /// Marginal value of the 1st, 2nd, … scholar, exactly `cap` entries.
    public var slotValues: [Double]
    /// Replaces the computed cost of one scholar.
    public var costPerScholar: Double?
    /// Replaces `cost.per_mentor`.
    public var fixedCost: Double?
    public var lock: Lock?
    public var exclude: Bool
    /// Relative spread of the values, 0…1 (robust analysis).
    public var uncertainty: Double
    public var tags: [String]

    public init(
        id: String, name: String? = nil, agenda: String, location: String? = nil, cap: Int, min: Int = 1,
        curve: ValueCurve, costPerScholar: Double? = nil, fixedCost: Double? = nil, lock: Lock? = nil,
        exclude: Bool = false, uncertainty: Double = 0, tags: [String] = []
    ) {
        self.id = id
        self.name = name
        self.agenda = agenda
        self.location = location
        self.cap = cap
        self.min = min
        self.curve = curve
        self.slotValues = curve.values(count: cap)
        self.costPerScholar = costPerScholar
        self.fixedCost = fixedCost
        self.lock = lock
        self.exclude = exclude
        self.uncertainty = uncertainty
        self.tags = tags
    }

    public var displayName: String { name ?? id }

    /// Fewest scholars a funded mentor has (`min: 0` means 1).
    public var minimumIfFunded: Int { Swift.max(1, min) }

    /// The scholar counts this mentor may receive.
    ///
    /// A range of funded counts plus whether zero is allowed, derived from cap, min, lock and exclude.
    public var slotLimits: SlotLimits {
        var upper = exclude ? 0 : cap
        var required = 0
        switch lock {
        case .exactly(let n):
            upper = Swift.min(upper, n)
            required = n
        case .atLeast(let n): required = n
        case .atMost(let n): upper = Swift.min(upper, n)
        case nil: break
        }
        return SlotLimits(
            lowestFunded: Swift.max(minimumIfFunded, required), highest: upper, mayBeUnfunded: required == 0)
    }

    /// Sum of the values of the first `count` slots.
    public func value(ofSlots count: Int) -> Double {
        slotValues.prefix(count).reduce(0, +)
    }
}

/// The scholar counts a mentor may receive: 0 (when allowed) or `lowestFunded…highest`.
public struct SlotLimits: Sendable, Equatable {
    /// Fewest scholars when funded (min-if-funded, raised by an `at_least`/`exactly` lock).
    public let lowestFunded: Int
    /// Most scholars (cap, lowered by an `at_most`/`exactly` lock or exclusion).
    public let highest: Int
    /// False when a lock requires scholars.
    public let mayBeUnfunded: Bool

    /// True when some positive count is allowed.
    public var canBeFunded: Bool { lowestFunded <= highest }

    /// Every allowed count, ascending.
    public var allowedCounts: [Int] {
        (mayBeUnfunded ? [0] : []) + (canBeFunded ? Array(lowestFunded...highest) : [])
    }

    public func allows(_ count: Int) -> Bool {
        (count == 0 && mayBeUnfunded) || (canBeFunded && count >= lowestFunded && count <= highest)
    }
}
