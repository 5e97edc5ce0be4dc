/// An upper bound on the optimum's value from the scenario alone, for when a limit stops the
/// search before the LP relaxation has given one (a planner with a deadline still learns how
/// far the allocation may be from the optimum).
///
/// A Lagrangian relaxation of the budget: at a price λ ≥ 0 per unit of money, every constraint
/// that ties mentors together (shares, seats, cohort limits) is dropped, and each mentor takes
/// the allowed count that maximises its slot values minus λ times its cost; interactions and
/// agenda returns add whatever positive value they could reach. Dropping constraints and
/// pricing the budget can only raise the maximum, so every λ gives a valid bound. The bound is
/// convex in λ; the smallest found by a golden-section search is returned. Looser than the LP
/// relaxation where other constraints bind, but it takes milliseconds at any size.
public enum BudgetBound {
    /// One mentor's allowed counts with their value and cost.
    private struct Choices {
        var values: [Double] = []
        var costs: [Double] = []

        func best(at price: Double) -> (value: Double, cost: Double) {
            var best = (value: -Double.infinity, score: -Double.infinity, cost: 0.0)
            for (value, cost) in zip(values, costs) where value - price * cost > best.score {
                best = (value, value - price * cost, cost)
            }
            return (best.score, best.cost)
        }
    }

    /// The bound; at least the value of every feasible allocation.
    public static func value(_ scenario: Scenario) -> Double {
        var mentors: [Choices] = []
        var highest: [String: Int] = [:]
        var canBeFunded = Set<String>()
        for mentor in scenario.mentors {
            let limits = mentor.slotLimits
            let cost = scenario.costPerScholar(of: mentor)
            let fixed = scenario.fixedCost(of: mentor)
            var choices = Choices()
            if limits.mayBeUnfunded {
                choices.values.append(0)
                choices.costs.append(0)
            }
            if limits.canBeFunded {
                canBeFunded.insert(mentor.id)
                highest[mentor.agenda, default: 0] += limits.highest
                var value = mentor.slotValues.prefix(limits.lowestFunded - 1).reduce(0, +)
                for count in limits.lowestFunded...limits.highest {
                    value += mentor.slotValues[count - 1]
                    choices.values.append(value)
                    choices.costs.append(fixed + cost * Double(count))
                }
            }
            if !choices.values.isEmpty { mentors.append(choices) }
        }
        var extra = 0.0
        for interaction in scenario.interactions
        where canBeFunded.contains(interaction.first) && canBeFunded.contains(interaction.second) {
            extra += max(0, interaction.value)
        }
        for agenda in scenario.agendas where !agenda.returns.isEmpty {
            let most = min(highest[agenda.id, default: 0], agenda.maxScholars ?? .max)
            if most > 0 { extra += (1...most).reduce(0) { $0 + max(0, agenda.returnOfScholar($1)) } }
        }
        func bound(at price: Double) -> Double {
            mentors.reduce(price * scenario.budget + extra) { $0 + $1.best(at: price).value }
        }
        // Past the highest value per unit of cost, no optional slot pays: the minimum lies below.
        var highestPrice = 0.0
        for choices in mentors {
            for (value, cost) in zip(choices.values, choices.costs) where cost > 0 {
                highestPrice = max(highestPrice, value / cost)
            }
        }
        var low = 0.0
        var high = highestPrice
        let ratio = (5.0.squareRoot() - 1) / 2
        var best = min(bound(at: low), bound(at: high))
        for _ in 0..<100 where high - low > 1e-15 * max(1, high) {
            let left = high - ratio * (high - low)
            let right = low + ratio * (high - low)
            let (atLeft, atRight) = (bound(at: left), bound(at: right))
            best = min(best, atLeft, atRight)
            if atLeft < atRight { high = right } else { low = left }
        }
        return best
    }
}
