import AllotModel
import Foundation

/// Random scenario text whose numbers span the whole accepted range of ``ScenarioLimits``, its
/// extremes and just past them: for the contract that every scenario either solves or is refused.
///
/// Written as YAML text, not built as a ``Scenario``, so that validation is part of what is tested.
public enum WideRangeScenario {
    /// The YAML text of scenario `seed`; `pastLimits` lets a few numbers step just past a bound.
    public static func text(seed: UInt64, pastLimits: Bool = true) -> String {
        var random = SeededGenerator(seed: seed)
        var numbers = NumberSource(pastLimits: pastLimits)
        let agendaCount = Int.random(in: 1...3, using: &random)
        let mentorCount = Int.random(in: 1...8, using: &random)
        var lines = [
            "name: Wide range \(seed)",
            "budget: \(numbers.money(&random))",
            "cost: {stipend_per_month: \(numbers.money(&random)), months: \(numbers.months(&random)), "
                + "per_scholar: \(numbers.money(&random)), per_mentor: \(numbers.money(&random))}",
            "locations: [{id: here, seats: \(Int.random(in: 0...12, using: &random)), "
                + "extra_per_scholar: \(numbers.money(&random))}, {id: there}]",
            "agendas:",
        ]
        for index in 0..<agendaCount {
            var returns = (0..<Int.random(in: 0...3, using: &random)).map { _ in numbers.valueNumber(&random) }
            returns.sort(by: >)
            // The last agenda takes any share, so the max_share values never add up to less than 1.
            let share =
                index < agendaCount - 1 && random.chance(0.3) ? ", max_share: 0.\(Int.random(in: 4...9, using: &random))" : ""
            lines.append(
                "  - {id: a\(index), returns: [\(returns.map(NumberSource.written).joined(separator: ", "))]\(share)}")
        }
        lines.append("mentors:")
        for index in 0..<mentorCount {
            let cap = Int.random(in: 1...5, using: &random)
            var fields = [
                "id: m\(index)", "agenda: a\(Int.random(in: 0..<agendaCount, using: &random))",
                "location: \(random.chance(0.5) ? "here" : "there")",
                "min: \(Int.random(in: 1...cap, using: &random))",
            ]
            if random.chance(0.2) {
                fields.append(
                    "cap: \(cap), curve: {shape: geometric, first: \(numbers.value(&random)), ratio: \(numbers.ratio(&random))}")
            } else {
                fields.append("values: [\((0..<cap).map { _ in numbers.value(&random) }.joined(separator: ", "))]")
            }
            if random.chance(0.3) { fields.append("cost_per_scholar: \(numbers.money(&random))") }
            if random.chance(0.2) { fields.append("fixed_cost: \(numbers.money(&random))") }
            lines.append("  - {\(fields.joined(separator: ", "))}")
        }
        if mentorCount >= 2 {
            lines.append("interactions:")
            lines.append("  - {mentors: [m0, m1], value: \(numbers.value(&random))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Numbers drawn across each limit's whole range on a log scale, with its extremes and, now and
/// then, a number just past a bound.
private struct NumberSource {
    let pastLimits: Bool

    static func written(_ number: Double) -> String { "\(number)" }

    /// A number with a random count of significant digits (1 to 15), so that many decimals occur.
    static func rounded(_ number: Double, _ random: inout SeededGenerator) -> Double {
        let digits = Int.random(in: 1...15, using: &random)
        return Double(String(format: "%.\(digits)g", number)) ?? number
    }

    mutating func money(_ random: inout SeededGenerator) -> String {
        let limit = ScenarioLimits.money
        let extremes: [Double] = [0, ScenarioLimits.smallestMoney, limit]
        let past: [Double] = [limit * (1 + 1e-9), ScenarioLimits.smallestMoney / 2, 1e19, 1e308]
        return Self.written(
            pick(random: &random, extremes: extremes, past: past) {
                Self.rounded(pow10(Double.random(in: -2...12, using: &$0)), &$0)
            })
    }

    mutating func valueNumber(_ random: inout SeededGenerator) -> Double {
        let limit = ScenarioLimits.value
        let extremes: [Double] = [0, limit, -limit, 1e-9, -1e-300]
        let past: [Double] = [limit * (1 + 1e-9), -9.2e18, 1e308]
        return pick(random: &random, extremes: extremes, past: past) {
            let magnitude = Self.rounded(pow10(Double.random(in: -9...9, using: &$0)), &$0)
            return $0.chance(0.5) ? -magnitude : magnitude
        }
    }

    mutating func value(_ random: inout SeededGenerator) -> String { Self.written(valueNumber(&random)) }

    mutating func months(_ random: inout SeededGenerator) -> String {
        Self.written(
            pick(random: &random, extremes: [0, ScenarioLimits.months], past: [ScenarioLimits.months + 1]) {
                Self.rounded(Double.random(in: 0...12, using: &$0), &$0)
            })
    }

    mutating func ratio(_ random: inout SeededGenerator) -> String {
        Self.written(
            pick(random: &random, extremes: [0, 1], past: [1e6]) {
                Self.rounded(Double.random(in: 0...2, using: &$0), &$0)
            })
    }

    /// Mostly a number from `draw`; 10% an extreme within the limits; 3% (when allowed) one past them.
    private func pick(
        random: inout SeededGenerator, extremes: [Double], past: [Double], _ draw: (inout SeededGenerator) -> Double
    ) -> Double {
        let roll = Double.random(in: 0..<1, using: &random)
        if pastLimits && roll < 0.03 { return past[Int.random(in: 0..<past.count, using: &random)] }
        if roll < 0.13 { return extremes[Int.random(in: 0..<extremes.count, using: &random)] }
        return draw(&random)
    }

    private func pow10(_ exponent: Double) -> Double { pow(10, exponent) }
}
