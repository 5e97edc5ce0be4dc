/// What a scholar and a mentor's stream cost, in the scenario's currency.
///
/// The cost of one scholar is `stipendPerMonth · months + perScholar` plus the location's
/// extra, unless the mentor's own `cost_per_scholar` replaces all of it.
public struct CostModel: Sendable, Equatable, Codable {
    public var stipendPerMonth: Double
    public var months: Double
    public var perScholar: Double
    /// Fixed cost of funding a mentor's stream at all.
    public var perMentor: Double
    /// The hourly form the stipend was given in, if it was; `stipendPerMonth` is then its product.
    public var hourly: HourlyStipend?

    public init(stipendPerMonth: Double = 0, months: Double = 0, perScholar: Double = 0, perMentor: Double = 0) {
        self.stipendPerMonth = stipendPerMonth
        self.months = months
        self.perScholar = perScholar
        self.perMentor = perMentor
    }

    /// Cost of one scholar before any location extra.
    public var baseCostPerScholar: Double { stipendPerMonth * months + perScholar }
}

/// A stipend given per hour: `stipend_per_hour` × `hours_per_month` is the monthly stipend.
public struct HourlyStipend: Sendable, Equatable, Codable {
    public var perHour: Double
    public var hoursPerMonth: Double

    public init(perHour: Double, hoursPerMonth: Double) {
        self.perHour = perHour
        self.hoursPerMonth = hoursPerMonth
    }

    public var perMonth: Double { perHour * hoursPerMonth }
}

extension Scenario {
    /// The cost of one scholar of this mentor.
    public func costPerScholar(of mentor: Mentor) -> Double {
        if let override = mentor.costPerScholar { return override }
        return cost.baseCostPerScholar + extraPerScholar(of: mentor)
    }

    /// The location's extra for one of this mentor's scholars (0 without a location).
    func extraPerScholar(of mentor: Mentor) -> Double {
        mentor.location.flatMap { location(id: $0)?.extraPerScholar } ?? 0
    }

    /// The fixed cost of funding this mentor at all.
    public func fixedCost(of mentor: Mentor) -> Double {
        mentor.fixedCost ?? cost.perMentor
    }

    /// What this mentor costs with `count` scholars (0 when unfunded).
    public func cost(of mentor: Mentor, scholars count: Int) -> Double {
        count == 0 ? 0 : fixedCost(of: mentor) + costPerScholar(of: mentor) * Double(count)
    }
}
