import AllotModel
import Foundation

/// Parses funding levels given on the command line: `FROM:TO:STEP` or `A,B,C`.
public enum FundingLevels {
    /// The most levels one sweep may ask for.
    public static let maximumCount = 1_000

    /// The levels, ascending and without repeats; throws a sentence saying how to fix the text.
    public static func parse(_ text: String) throws(FundingLevelsError) -> [Double] {
        let compact = text.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: " ", with: "")
        if compact.contains(":") {
            let parts = compact.split(separator: ":", omittingEmptySubsequences: false).map { Double($0) }
            guard parts.count == 3, let from = parts[0], let to = parts[1], let step = parts[2],
                from.isFinite, to.isFinite, step.isFinite
            else { throw FundingLevelsError("\(text): expected FROM:TO:STEP, e.g. 1000000:2000000:100000") }
            guard step > 0, to >= from, from >= 0 else {
                throw FundingLevelsError("\(text): need 0 ≤ FROM ≤ TO and STEP > 0")
            }
            try checkMoney([from, to], text)
            // Counted in doubles: a tiny STEP makes more levels than any integer holds.
            let count = ((to - from) / step).rounded(.down) + 1
            guard count <= Double(maximumCount) else {
                let shown = count < 1e15 ? "\(Formatting.money(count)) levels" : "far too many levels"
                throw FundingLevelsError("\(text): \(shown); at most \(maximumCount) — use a larger STEP")
            }
            var levels = (0..<Int(count)).map { min(to, from + Double($0) * step) }
            if let last = levels.last, to - last > step * 1e-9 { levels.append(to) }
            try checkMoney(levels, text)
            return Array(Set(levels)).sorted()
        }
        let values = compact.split(separator: ",").map { Double($0) }
        guard !values.isEmpty, values.allSatisfy({ value in value.map { $0.isFinite && $0 >= 0 } ?? false }) else {
            throw FundingLevelsError("\(text): expected numbers ≥ 0 separated by commas, e.g. 1200000,1450000,1600000")
        }
        let levels = Array(Set(values.compactMap { $0 })).sorted()
        guard levels.count <= maximumCount else { throw FundingLevelsError("\(text): at most \(maximumCount) levels") }
        try checkMoney(levels, text)
        return levels
    }

    /// Every level is a budget a scenario may hold (``ScenarioLimits``).
    private static func checkMoney(_ levels: [Double], _ text: String) throws(FundingLevelsError) {
        guard let wrong = levels.first(where: { !ScenarioLimits.isMoney($0) }) else { return }
        throw FundingLevelsError(
            "\(text): the level \(String(format: "%g", wrong)) is not a budget a scenario may hold; use levels of 0 or from "
                + "\(Formatting.number(ScenarioLimits.smallestMoney)) to \(Formatting.money(ScenarioLimits.money))")
    }
}

extension FundingLevels {
    /// Levels from about 60% to 140% of `budget` in round steps (a 1, 2 or 5 followed by zeros,
    /// the nearest to a tenth of the budget), with `budget` itself among them: what a report shows when no
    /// levels are given.
    public static func around(_ budget: Double) -> [Double] {
        guard budget.isFinite, budget > 0 else { return [max(0, budget.isFinite ? budget : 0)] }
        let raw = budget / 10
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.min { abs(log($0 / raw)) < abs(log($1 / raw)) } ?? magnitude
        let low = max(0, (budget * 0.6 / step).rounded(.down) * step)
        let high = (budget * 1.4 / step).rounded(.up) * step
        let count = Int(((high - low) / step).rounded())
        return Array(Set((0...count).map { low + Double($0) * step } + [budget])).sorted()
    }
}

/// Funding levels that cannot be parsed (a command-line error).
public struct FundingLevelsError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
