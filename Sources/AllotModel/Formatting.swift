import Foundation

/// Fixed, locale-independent number formatting for messages and reports (golden files rely on it).
public enum Formatting {
    /// A compact number: whole numbers without decimals, others with up to 4 significant decimals.
    public static func number(_ value: Double, decimals: Int = 4) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.\(decimals)f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Money with thousands separators and no decimals: `1,450,000`.
    public static func money(_ value: Double) -> String {
        guard value.isFinite else { return number(value) }
        let rounded = value.rounded()
        let negative = rounded < 0
        // Printed rather than converted to an integer: a double can exceed every integer type.
        var digits = String(format: "%.0f", abs(rounded))
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",")
    }

    /// A value with a fixed number of decimals (for table columns).
    public static func fixed(_ value: Double, decimals: Int = 2) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// A count with its noun, singular or plural: `1 agenda`, `10 agendas`.
    public static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }

    /// A share as a percentage: `35%`, `17.5%`.
    public static func percent(_ share: Double) -> String { number(share * 100, decimals: 1) + "%" }

    /// A gap as a percentage with two significant digits below 1% (0.0023%), so that a small
    /// but real gap never reads as 0%, which would mean proven.
    public static func gapPercent(_ gap: Double) -> String {
        let percentage = gap * 100
        guard percentage > 0 && percentage < 1 else { return percent(gap) }
        let decimals = min(10, Int((-log10(percentage)).rounded(.down)) + 2)
        return number(percentage, decimals: decimals) + "%"
    }
}
