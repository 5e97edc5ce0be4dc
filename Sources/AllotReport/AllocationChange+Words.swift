import AllotAnalysis

extension AllocationChange {
    /// `mentor-a +2, mentor-b −1` (a minus sign, so it reads well in a table).
    public static func describe(_ changes: [AllocationChange], limit: Int = 6) -> String {
        guard !changes.isEmpty else { return "-" }
        let shown = changes.prefix(limit).map { "\($0.mentor) \($0.delta > 0 ? "+" : "−")\(abs($0.delta))" }
        return shown.joined(separator: ", ") + (changes.count > limit ? ", … (\(changes.count - limit) more)" : "")
    }
}
