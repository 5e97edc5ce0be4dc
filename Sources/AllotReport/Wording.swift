/// Small pieces of English shared by every report.
public enum Wording {
    /// `a`, `a and b`, `a, b and c` (or with another conjunction: `table, json or markdown`).
    public static func list(_ items: [String], conjunction: String = "and") -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// The text with its first letter in capitals, to open a sentence.
    public static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The text ending in exactly one full stop, however it ended before.
    public static func fullStop(_ text: String) -> String { text.hasSuffix(".") ? text : text + "." }
}
