/// A GitHub-flavoured Markdown table, padded so that the raw text lines up too.
///
/// Cells are escaped so that no text can break the table: `|` becomes `\|`, a backslash
/// becomes `\\` (otherwise `\|` in the data would end the cell), and a line break (CRLF, LF or
/// CR) becomes `<br>`. Other Markdown in a cell is left as written.
public struct MarkdownTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public private(set) var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]) {
        self.headers = headers
        self.alignments = alignments
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table, one line per row, ending with a newline.
    ///
    /// The alignment row reads `---` for a left column and `---:` for a right (numeric) one.
    public func render() -> String {
        let escapedRows = ([headers] + rows).map { row in
            headers.indices.map { $0 < row.count ? Self.escape(row[$0]) : "" }
        }
        var widths = Array(repeating: 3, count: headers.count)
        for row in escapedRows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], TextTable.displayWidth(cell)) }
        }
        func line(_ cells: [String]) -> String {
            "| " + cells.joined(separator: " | ") + " |"
        }
        func padded(_ row: [String]) -> [String] {
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - TextTable.displayWidth(cell))
                return alignment(column) == .right ? padding + cell : cell + padding
            }
        }
        let rule = widths.indices.map { column in
            alignment(column) == .right
                ? String(repeating: "-", count: widths[column] - 1) + ":" : String(repeating: "-", count: widths[column])
        }
        var lines = [line(padded(escapedRows[0])), line(rule)]
        lines += escapedRows.dropFirst().map { line(padded($0)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func alignment(_ column: Int) -> Alignment { column < alignments.count ? alignments[column] : .left }

    /// Cell text that cannot end its cell or its row early.
    public static func escape(_ text: String) -> String {
        var out = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue  // the LF of a CRLF: its CR already became <br>
            }
            previousWasCarriageReturn = scalar == "\r"
            switch scalar {
            case "\\": out += "\\\\"
            case "|": out += "\\|"
            case "\r", "\n": out += "<br>"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
