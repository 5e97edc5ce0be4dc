/// An upper bound on the optimum's value from the scenario alone, for when a limit stops the
/// search before the LP relaxation has given one (a planner with a deadline still learns how
/// far the allocation may be from the optimum).
///
/// A Lagrangian relaxation: the rows that tie mentors together and limit them from above — the
/// budget, the cohort's maximum scholars and mentors, each location's seats, each agenda's
/// maximum head count and maximum share — are moved into the objective at a price each, and
/// every other row tying mentors together (minimums, min shares) is dropped. Each mentor then
/// takes, on its own, the allowed count that maximises its slot values minus the prices of what
/// it uses; interactions and agenda returns add whatever positive value they could reach. For
/// any prices ≥ 0 this is at least the optimum (weak duality), so every price vector gives a
/// valid bound; a subgradient search lowers it. Milliseconds to a few tenths of a second at
/// 10,000 mentors, and looser than the LP relaxation.
public enum LagrangianBound {
    /// The bound; at least the value of every feasible allocation.
    ///
    /// - Parameters:
    ///   - knownValue: the value of a feasible allocation, if one is known; the search aims its
    ///     steps at it (Polyak's rule) and stops when the bound reaches it.
    ///   - seconds: how long the search may lower the bound (it runs after a deadline has
    ///     passed, so it must be short); the bound is valid whenever it stops.
    public static func value(_ scenario: Scenario, knownValue: Double? = nil, seconds: Double = 0.2) -> Double {
        var relaxation = Relaxation(scenario)
        return relaxation.minimise(towards: knownValue, until: .now + .milliseconds(Int(seconds * 1000)))
    }
}

/// The relaxed problem: mentors with their choices, and the priced rows.
private struct Relaxation {
    /// One mentor's allowed counts, with value and cost; the rows it uses per scholar.
    struct Mentor {
        var counts: [Int] = []
        var values: [Double] = []
        var costs: [Double] = []
        /// Indices of the rows each of its scholars counts in (cohort, seats, agenda).
        var perScholarRows: [Int] = []
        /// Agenda index, for the share rows.
        var agenda: Int
    }

    /// A priced row: usage ≤ limit.
    struct Row {
        var limit: Double
    }

    var mentors: [Mentor] = []
    var rows: [Row] = []
    var budgetRow: Int?
    var mentorsRow: Int?
    /// Share rows: n_agenda − share·N ≤ 0, with the agenda and its share.
    var shareRows: [(row: Int, agenda: Int, share: Double)] = []
    /// What interactions and returns could add at most.
    var extra = 0.0
    /// Money is counted in units of a typical scholar's cost, so that every row's usage is of
    /// the same magnitude and one subgradient step suits all prices.
    var moneyUnit = 1.0

    init(_ scenario: Scenario) {
        let agendaIndex = Dictionary(
            scenario.agendas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let costs = scenario.mentors.map { scenario.costPerScholar(of: $0) }.filter { $0 > 0 }.sorted()
        if !costs.isEmpty { moneyUnit = costs[costs.count / 2] }
        func addRow(_ limit: Double) -> Int {
            rows.append(Row(limit: limit))
            return rows.count - 1
        }
        budgetRow = addRow(scenario.budget / moneyUnit)
        let cohortRow = scenario.cohort.maxScholars.map { addRow(Double($0)) }
        mentorsRow = scenario.cohort.maxMentors.map { addRow(Double($0)) }
        var seatRows: [String: Int] = [:]
        for location in scenario.locations { if let seats = location.seats { seatRows[location.id] = addRow(Double(seats)) } }
        var agendaRows: [Int: Int] = [:]
        for (index, agenda) in scenario.agendas.enumerated() {
            if let most = agenda.maxScholars { agendaRows[index] = addRow(Double(most)) }
            if agenda.maxShare < 1 { shareRows.append((addRow(0), index, agenda.maxShare)) }
        }
        var highest: [Int: Int] = [:]
        var canBeFunded = Set<String>()
        for mentor in scenario.mentors {
            let limits = mentor.slotLimits
            guard let agenda = agendaIndex[mentor.agenda] else { continue }
            var entry = Mentor(agenda: agenda)
            if limits.mayBeUnfunded {
                entry.counts.append(0)
                entry.values.append(0)
                entry.costs.append(0)
            }
            if limits.canBeFunded {
                canBeFunded.insert(mentor.id)
                highest[agenda, default: 0] += limits.highest
                let cost = scenario.costPerScholar(of: mentor)
                let fixed = scenario.fixedCost(of: mentor)
                var value = mentor.slotValues.prefix(limits.lowestFunded - 1).reduce(0, +)
                for count in limits.lowestFunded...limits.highest {
                    value += mentor.slotValues[count - 1]
                    entry.counts.append(count)
                    entry.values.append(value)
                    entry.costs.append((fixed + cost * Double(count)) / moneyUnit)
                }
            }
            entry.perScholarRows = [cohortRow, mentor.location.flatMap { seatRows[$0] }, agendaRows[agenda]].compactMap { $0 }
            if !entry.counts.isEmpty { mentors.append(entry) }
        }
        for interaction in scenario.interactions
        where canBeFunded.contains(interaction.first) && canBeFunded.contains(interaction.second) {
            extra += max(0, interaction.value)
        }
        for (index, agenda) in scenario.agendas.enumerated() where !agenda.returns.isEmpty {
            let most = min(highest[index, default: 0], agenda.maxScholars ?? .max)
            if most > 0 { extra += (1...most).reduce(0) { $0 + max(0, agenda.returnOfScholar($1)) } }
        }
    }

    /// The bound at `prices` (one per row, each ≥ 0) and a subgradient (limit − usage per row).
    ///
    /// The bound is a sum of terms that can cancel; it is raised by the worst-case rounding
    /// error of that sum ((terms − 1) · ε · Σ|term|), so that it stays a bound in floating point.
    func evaluate(_ prices: [Double]) -> (bound: Double, subgradient: [Double]) {
        var bound = extra
        var magnitude = abs(extra)
        var terms = 1
        var usage = [Double](repeating: 0, count: rows.count)
        // A scholar anywhere raises N, so every share row gives back share × price per scholar.
        let shareRefund = shareRows.reduce(0) { $0 + prices[$1.row] * $1.share }
        var perAgenda = [Double](repeating: 0, count: (shareRows.map(\.agenda).max() ?? -1) + 1)
        for share in shareRows { perAgenda[share.agenda] += prices[share.row] }
        let moneyPrice = budgetRow.map { prices[$0] } ?? 0
        let mentorPrice = mentorsRow.map { prices[$0] } ?? 0
        for mentor in mentors {
            var perScholar = mentor.perScholarRows.reduce(-shareRefund) { $0 + prices[$1] }
            if mentor.agenda < perAgenda.count { perScholar += perAgenda[mentor.agenda] }
            // Its parts' size, for the rounding margin: the price itself may be a small
            // difference of large prices.
            let perScholarSize = perScholar - 2 * min(0, perScholar) + 2 * shareRefund
            var best = (score: -Double.infinity, choice: 0)
            for choice in mentor.counts.indices {
                let count = mentor.counts[choice]
                let score =
                    mentor.values[choice] - moneyPrice * mentor.costs[choice] - perScholar * Double(count)
                    - (count > 0 ? mentorPrice : 0)
                if score > best.score { best = (score, choice) }
            }
            bound += best.score
            let count = Double(mentor.counts[best.choice])
            magnitude +=
                abs(mentor.values[best.choice]) + moneyPrice * mentor.costs[best.choice] + perScholarSize * count
                + mentorPrice
            terms += 4 + mentor.perScholarRows.count + shareRows.count
            if let budgetRow { usage[budgetRow] += mentor.costs[best.choice] }
            if let mentorsRow, count > 0 { usage[mentorsRow] += 1 }
            for row in mentor.perScholarRows { usage[row] += count }
            for share in shareRows {
                usage[share.row] += (share.agenda == mentor.agenda ? count : 0) - share.share * count
            }
        }
        var subgradient = [Double](repeating: 0, count: rows.count)
        for (index, row) in rows.enumerated() {
            bound += prices[index] * row.limit
            magnitude += abs(prices[index] * row.limit)
            terms += 1
            subgradient[index] = row.limit - usage[index]
        }
        return (bound + Double(terms) * Double.ulpOfOne * magnitude, subgradient)
    }

    /// Lowers the bound by projected subgradient steps (Polyak's rule towards `knownValue`,
    /// halving the step after a run without progress), starting from the best budget price.
    mutating func minimise(towards knownValue: Double?, until deadline: ContinuousClock.Instant) -> Double {
        var prices = [Double](repeating: 0, count: rows.count)
        if let budgetRow { prices[budgetRow] = bestBudgetPrice() }
        var (best, subgradient) = evaluate(prices)
        var current = best
        var scale = 1.0
        var sinceProgress = 0
        for _ in 0..<400 where ContinuousClock.now < deadline {
            let target = knownValue ?? (best - 0.05 * max(1, abs(best)))
            // A row with slack at price 0 stays at 0: leave it out of the step, or a roomy row
            // (money, when seats bind) would shrink every other price's step to nothing. Usage
            // is whole scholars (or money in scholar units): a residue below 1e-9 is rounding
            // (3 − 0.6 × 5), and dividing by it would send a price to 1e15.
            for index in prices.indices
            where abs(subgradient[index]) < 1e-9 || (prices[index] == 0 && subgradient[index] > 0) {
                subgradient[index] = 0
            }
            let norm = subgradient.reduce(0) { $0 + $1 * $1 }
            guard norm > 0, best - target > 1e-9 * max(1, abs(best)) else { break }
            let step = scale * (current - target) / norm
            for index in prices.indices { prices[index] = max(0, prices[index] - step * subgradient[index]) }
            (current, subgradient) = evaluate(prices)
            if current < best - 1e-12 * max(1, abs(best)) {
                best = current
                sinceProgress = 0
            } else {
                sinceProgress += 1
                if sinceProgress >= 20 {
                    scale /= 2
                    sinceProgress = 0
                    if scale < 1e-4 { break }
                }
            }
        }
        return best
    }

    /// The budget's price alone that gives the lowest bound (the bound is convex in it), by a
    /// golden-section search between 0 and the highest value per unit of cost.
    private func bestBudgetPrice() -> Double {
        guard let budgetRow else { return 0 }
        var highestPrice = 0.0
        for mentor in mentors {
            for (value, cost) in zip(mentor.values, mentor.costs) where cost > 0 {
                highestPrice = max(highestPrice, value / cost)
            }
        }
        func bound(at price: Double) -> Double {
            var prices = [Double](repeating: 0, count: rows.count)
            prices[budgetRow] = price
            return evaluate(prices).bound
        }
        var low = 0.0
        var high = highestPrice
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<40 where high - low > 1e-9 * max(1, high) {
            let left = high - ratio * (high - low)
            let right = low + ratio * (high - low)
            if bound(at: left) < bound(at: right) { high = right } else { low = left }
        }
        return bound(at: low) < bound(at: high) ? low : high
    }
}
