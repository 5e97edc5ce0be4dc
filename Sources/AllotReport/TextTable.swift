import AllotModel

/// A plain-text table whose columns are aligned by display width, not by character count.
///
/// Cells may contain ANSI colour codes (ignored when measuring) and wide characters (counted
/// as two columns), so alignment survives names like "Jérémy" or CJK text.
public struct TextTable {
    public enum Alignment { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public private(set) var rows: [[String]] = []
    /// Whether a `name` column follows the first (the row's id): see ``add(_:name:dim:)``.
    private let hasNameColumn: Bool

    /// A table; with `nameColumn`, a left-aligned `name` column is put after the first.
    public init(headers: [String], alignments: [Alignment], nameColumn: Bool = false) {
        self.headers = nameColumn ? [headers[0], "name"] + headers.dropFirst() : headers
        self.alignments = nameColumn ? [alignments[0], .left] + alignments.dropFirst() : alignments
        hasNameColumn = nameColumn
    }

    /// Adds a row keyed by its first cell, with `name` (on one line, or "-") after it when the
    /// table has a name column.
    public mutating func add(_ row: [String], name: String?, dim: Bool = false) {
        add(hasNameColumn ? [row[0], name.map(Self.oneLine) ?? "-"] + row.dropFirst() : row, dim: dim)
    }

    /// Rows drawn dim when the style has colour, such as unfunded mentors.
    public private(set) var dimmedRows: Set<Int> = []

    public mutating func add(_ row: [String], dim: Bool = false) {
        if dim { dimmedRows.insert(rows.count) }
        rows.append(row)
    }

    /// The table, fitted to `style.width` and in `style`'s colours; with ``TextStyle/plain``, full and plain.
    ///
    /// A table still too wide after shortening its text columns leaves out its last columns and
    /// says so on a line below it.
    public func render(style: TextStyle = .plain) -> String {
        let all = [headers] + rows
        var widths = Array(repeating: 0, count: headers.count)
        for row in all {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], Self.displayWidth(cell))
            }
        }
        let fit = TableFit(
            widths: widths, headers: headers,
            // Text columns give way first (names, agendas, locations); the first column, the row's
            // key, is never shortened nor left out.
            shrinkable: Set(alignments.indices.dropFirst().filter { alignments[$0] == .left }),
            limit: style.width)
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for column in fit.kept {
                let width = fit.widths[column]
                let cell = TableFit.truncate(column < row.count ? row[column] : "", to: width)
                let padding = String(repeating: " ", count: max(0, width - Self.displayWidth(cell)))
                parts.append(alignments[column] == .left ? cell + padding : padding + cell)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        let rule = fit.kept.map { String(repeating: "-", count: fit.widths[$0]) }.joined(separator: "  ")
        var lines = [style.bold(line(headers)), rule]
        for (index, row) in rows.enumerated() {
            lines.append(dimmedRows.contains(index) ? style.dim(line(row)) : line(row))
        }
        if !fit.dropped.isEmpty, let width = style.width {
            lines.append(
                "(left out to fit \(width) columns: \(Wording.list(fit.dropped.map { headers[$0] }, conjunction: "and")); "
                    + "--wide shows them)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Display names on one line by mentor id, for the mentors that have one.
    static func mentorNames(_ scenario: Scenario) -> [String: String] {
        Dictionary(
            scenario.mentors.compactMap { mentor in mentor.name.map { (mentor.id, oneLine($0)) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// `text` on one line, its line breaks read as spaces: a table cell is one line.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Terminal columns a string takes: ANSI escape sequences take none, wide characters two.
    public static func displayWidth(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" {
                inEscape = true
                continue
            }
            switch scalar.value {
            case 0x300...0x36F, 0x200B...0x200F, 0xFE00...0xFE0F: continue  // combining marks, zero-width
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
                width += 2
            default: width += 1
            }
        }
        return width
    }
}
