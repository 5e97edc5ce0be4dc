/// The column widths of a ``TextTable`` fitted to a terminal: which columns stay and how wide each is.
///
/// First the columns that must go are chosen, last first and never the first column, until
/// the rest fit with their text columns at their narrowest; then the widest text columns give up
/// a column at a time until the table fits, so text is cut only as much as the width demands.
struct TableFit {
    /// Every column's width (those left out keep their natural width, unused).
    private(set) var widths: [Int]
    /// The columns drawn, in order.
    private(set) var kept: [Int]
    /// The columns left out, last column first.
    private(set) var dropped: [Int] = []

    /// A shortened column keeps at least this much text, or its header's width if wider.
    static let narrowestText = 6

    init(widths natural: [Int], headers: [String], shrinkable: Set<Int>, limit: Int?) {
        widths = natural
        kept = Array(natural.indices)
        guard let limit else { return }
        let narrowest = natural.indices.map { column in
            shrinkable.contains(column)
                ? min(natural[column], max(TextTable.displayWidth(headers[column]), Self.narrowestText)) : natural[column]
        }
        func total(_ columns: [Int], _ widths: [Int]) -> Int {
            columns.reduce(0) { $0 + widths[$1] } + 2 * max(0, columns.count - 1)
        }
        while total(kept, narrowest) > limit, kept.count > 1, let last = kept.popLast() { dropped.append(last) }
        while total(kept, widths) > limit {
            let candidates = kept.filter { widths[$0] > narrowest[$0] }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
    }

    /// `text` cut to `width` display columns, ending in "…" when anything was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard TextTable.displayWidth(text) > width else { return text }
        var result = ""
        for character in text {
            let candidate = result + String(character)
            if TextTable.displayWidth(candidate) + 1 > width { break }
            result = candidate
        }
        return result + "…"
    }
}
