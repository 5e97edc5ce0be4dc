import AllotModel

/// Words for where a scholar's cost and a mentor's fixed cost come from.
enum CostText {
    /// `19,000 per scholar = stipend 12,000 (4,800 × 2.5 months) + per-scholar 2,000 + berkeley extra 5,000 — 21 mentors, 58 scholars`
    /// or `7,000 per scholar (cost_per_scholar of oversight-06) — 2 scholars`.
    static func scholar(_ cost: ScholarCost) -> String {
        let amount = "\(Formatting.money(cost.amount)) per scholar"
        let scholars = Formatting.count(cost.scholars, "scholar")
        guard let parts = cost.parts else { return "\(amount) (cost_per_scholar of \(names(cost.mentors))) — \(scholars)" }
        var terms: [String] = []
        if parts.stipend != 0 {
            let months = "\(Formatting.number(parts.months)) month\(parts.months == 1 ? "" : "s")"
            let monthly =
                parts.hourly.map { "\(Formatting.money($0.perHour))/h × \(Formatting.number($0.hoursPerMonth)) h" }
                ?? Formatting.money(parts.stipendPerMonth)
            terms.append("stipend \(Formatting.money(parts.stipend)) (\(monthly) × \(months))")
        }
        if parts.perScholar != 0 { terms.append("per-scholar \(Formatting.money(parts.perScholar))") }
        if parts.locationExtra != 0 {
            terms.append("\(Wording.list(parts.locations)) extra \(Formatting.money(parts.locationExtra))")
        }
        let sum = terms.isEmpty ? "" : " = " + terms.joined(separator: " + ")
        return "\(amount)\(sum) — \(Formatting.count(cost.mentors.count, "mentor")), \(scholars)"
    }

    /// `4,000 per funded mentor (cost.per_mentor) — 10 mentors` or `0 per funded mentor (fixed_cost of x)`.
    static func fixed(_ cost: FixedCost) -> String {
        let amount = "\(Formatting.money(cost.amount)) per funded mentor"
        if cost.isOverride { return "\(amount) (fixed_cost of \(names(cost.mentors)))" }
        return "\(amount) (cost.per_mentor) — \(Formatting.count(cost.mentors.count, "mentor"))"
    }

    /// Up to three ids, then how many more.
    private static func names(_ ids: [String]) -> String {
        ids.count <= 3 ? ids.joined(separator: ", ") : ids.prefix(3).joined(separator: ", ") + " and \(ids.count - 3) more"
    }
}
