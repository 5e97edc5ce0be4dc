/// One distinct cost of a scholar, split into where it comes from, with the mentors it applies to.
///
/// Either computed from the cost model (stipend, per-scholar overheads and a location's extra)
/// or a mentor's own `cost_per_scholar`, which replaces all of it.
public struct ScholarCost: Sendable, Equatable {
    /// The parts of a computed cost: `stipendPerMonth · months + perScholar + locationExtra`.
    public struct Parts: Sendable, Equatable {
        public let stipendPerMonth: Double
        public let months: Double
        /// `cost.per_scholar`: overheads paid for every scholar.
        public let perScholar: Double
        /// The location's `extra_per_scholar` (0 without a location or extra).
        public let locationExtra: Double
        /// The locations of the mentors this cost applies to, ascending (none for mentors without one).
        public let locations: [String]
        /// The hourly form the stipend was given in, if it was.
        public let hourly: HourlyStipend?

        public var stipend: Double { stipendPerMonth * months }

        public init(
            stipendPerMonth: Double, months: Double, perScholar: Double, locationExtra: Double, locations: [String],
            hourly: HourlyStipend? = nil
        ) {
            self.hourly = hourly
            self.stipendPerMonth = stipendPerMonth
            self.months = months
            self.perScholar = perScholar
            self.locationExtra = locationExtra
            self.locations = locations
        }
    }

    /// The cost of one scholar.
    public let amount: Double
    /// How the amount is made up; nil when it is the mentors' own `cost_per_scholar`.
    public let parts: Parts?
    /// Every mentor whose scholars cost this, funded or not, ascending by id.
    public let mentors: [String]
    /// Scholars funded at this cost in the allocation.
    public let scholars: Int

    public init(amount: Double, parts: Parts?, mentors: [String], scholars: Int) {
        self.amount = amount
        self.parts = parts
        self.mentors = mentors
        self.scholars = scholars
    }

    /// The mentors' own `cost_per_scholar`, when it replaces the computed cost.
    public var override: Double? { parts == nil ? amount : nil }
}

extension Scenario {
    /// The cost of one scholar, once per distinct origin, most expensive first.
    ///
    /// Computed costs are grouped by their location extra (locations with the same extra share
    /// one entry); overrides by their amount. On equal amounts a computed cost comes first.
    public func scholarCosts(for allocation: Allocation) -> [ScholarCost] {
        var computed: [Double: [Mentor]] = [:]
        var overridden: [Double: [Mentor]] = [:]
        for mentor in mentors {
            if let override = mentor.costPerScholar {
                overridden[override, default: []].append(mentor)
            } else {
                computed[extraPerScholar(of: mentor), default: []].append(mentor)
            }
        }
        let scholars = { (group: [Mentor]) in group.reduce(0) { $0 + allocation[$1.id] } }
        let ids = { (group: [Mentor]) in group.map(\.id).sorted() }
        var costs = computed.map { extra, group in
            ScholarCost(
                amount: cost.baseCostPerScholar + extra,
                parts: .init(
                    stipendPerMonth: cost.stipendPerMonth, months: cost.months, perScholar: cost.perScholar,
                    locationExtra: extra, locations: Array(Set(group.compactMap(\.location))).sorted(),
                    hourly: cost.hourly),
                mentors: ids(group), scholars: scholars(group))
        }
        costs += overridden.map { amount, group in
            ScholarCost(amount: amount, parts: nil, mentors: ids(group), scholars: scholars(group))
        }
        return costs.sorted { a, b in
            if a.amount != b.amount { return a.amount > b.amount }
            if (a.parts == nil) != (b.parts == nil) { return a.parts != nil }
            return a.mentors.first ?? "" < b.mentors.first ?? ""
        }
    }
}
