import AllotAnalysis
import AllotModel
import Foundation

/// The frontier chart's axes: where each level sits and the ticks of every axis.
extension FrontierChart {
    /// The horizontal axis: where each level sits, the range and its labels.
    struct XAxis {
        /// Each row's position on the axis, in row order.
        let positions: [Double]
        let range: AxisRange
        let tickLabels: [String]
        /// The axis title: "funding (USD)" or the varied field.
        let title: String
        /// What the chart plots against, for its `<title>`.
        let against: String
        /// The chart's heading after the scenario name.
        let headline: String
        /// A level named for a tooltip: "1,175,000 USD" or "cost.stipend_per_month = 4800".
        let level: @Sendable (SweepRow) -> String

        init(_ report: SweepReport, including current: Double?) {
            let rows = report.rows
            if report.varied == "budget" {
                positions = rows.map(\.budget)
                let extent = positions + (current.map { [$0] } ?? [])
                let money = axisRange(extent.min() ?? 0, extent.max() ?? 1)
                range = money
                tickLabels = money.ticks.map { FrontierChart.tickLabel($0, money, grouped: true) }
                title = "funding (\(report.currency))"
                against = "\(report.currency) funding"
                headline = "what funding buys"
                let currency = report.currency
                level = { "\($0.label) \(currency)" }
                return
            }
            let varied = report.varied
            title = varied
            against = varied
            headline = "value and scholars by \(varied)"
            level = { "\(varied) = \($0.label)" }
            let numbers = rows.compactMap { Double($0.label.trimmingCharacters(in: .whitespaces)) }.filter(\.isFinite)
            if numbers.count == rows.count, !rows.isEmpty {
                positions = numbers
                let values = axisRange(numbers.min() ?? 0, numbers.max() ?? 1)
                range = values
                tickLabels = values.ticks.map { FrontierChart.tickLabel($0, values) }
            } else {
                // Not every value is a number: evenly spaced, in the order given, named by the labels.
                positions = rows.indices.map(Double.init)
                range = AxisRange(
                    low: -0.5, high: Double(max(rows.count, 1)) - 0.5, step: 1, ticks: rows.indices.map(Double.init))
                tickLabels = rows.map(\.label)
            }
        }
    }

    struct AxisRange {
        let low: Double
        let high: Double
        let step: Double
        let ticks: [Double]

        /// Decimals enough to tell one tick from the next: 0 for steps of 1 or more, 1 for 0.5 or 0.2.
        var decimals: Int { step >= 1 || step <= 0 ? 0 : Int(-floor(log10(step))) }
    }

    /// A range padded to "nice" tick steps (1, 2 or 5 × 10^k), about five ticks.
    ///
    /// A degenerate range (one value) is widened by 10% of the value on each side (±1 around
    /// zero), not below zero for a value that is not negative, so the ticks stay distinct.
    static func axisRange(_ low: Double, _ high: Double, includeZero: Bool = false) -> AxisRange {
        if let nice = niceRange(low, high, includeZero: includeZero) { return nice }
        // Only magnitudes near the largest double get here (their span overflows): the bare extent.
        let low = low.isFinite ? low : 0
        let high = high.isFinite ? max(high, low) : low
        return AxisRange(low: low, high: high, step: high - low, ticks: low == high ? [low] : [low, high])
    }

    /// ``axisRange(_:_:includeZero:)`` in round steps; nil where the span or a tick is not finite.
    private static func niceRange(_ low: Double, _ high: Double, includeZero: Bool) -> AxisRange? {
        var low = includeZero ? min(0, low) : low
        var high = max(high, low)
        if high - low <= 1e-9 * max(1, abs(low)) {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            let nonNegative = low >= 0
            high = low + pad
            low = nonNegative ? max(0, low - pad) : low - pad
        }
        let raw = (high - low) / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        low = floor(low / step) * step
        high = ceil(high / step) * step
        let count = ((high - low) / step).rounded()
        guard count.isFinite, count >= 1, count <= 100, high.isFinite, low.isFinite else { return nil }
        return AxisRange(low: low, high: high, step: step, ticks: (0...Int(count)).map { low + Double($0) * step })
    }

    /// A tick's text with the decimals its step needs (`0.2`, `1,175,000`), thousands grouped if asked.
    static func tickLabel(_ value: Double, _ range: AxisRange, grouped: Bool = false) -> String {
        let value = abs(value) < range.step * 1e-6 ? 0 : value
        let text = String(format: "%.\(range.decimals)f", value)
        guard grouped else { return text }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var digits = String(parts[0])
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + (parts.count > 1 ? ".\(parts[1])" : "")
    }
}
