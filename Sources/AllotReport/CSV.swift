import AllotModel

/// A CSV file of typed cells, written by RFC 4180's rules.
///
/// - Records end with CRLF (`\r\n`), as RFC 4180 specifies, the last record included, so files
///   concatenate and every spreadsheet and CSV library reads them alike.
/// - A field is quoted when it contains a comma, a double quote, CR or LF; a quote inside a
///   quoted field is doubled. Other fields are written bare.
/// - Text cells are guarded against spreadsheet formula injection: one that begins with `=`,
///   `+`, `-`, `@`, a tab or CR gets a leading `'`, so a mentor named `=HYPERLINK(…)` is shown
///   as text instead of being run. Number cells are never guarded, so `-0.5` stays a number.
/// - Numbers are written the same way on every machine: see ``CSVTable/Cell/number(_:)``.
///
/// Text is UTF-8 without a byte-order mark.
public struct CSVTable: Sendable {
    /// One field, typed so that only text is guarded against formula injection.
    public enum Cell: Sendable, Equatable {
        /// Free text (names, ids, tags); guarded and quoted as needed. An empty string is an empty field.
        case text(String)
        /// A decimal rounded to 9 decimals, without binary noise (0.1 + 0.2 is `0.3`), without an
        /// exponent, and with no negative zero: `-0.5`, `16000`, `0.333333333`.
        case number(Double)
        /// A whole number: `3`, `-2`.
        case integer(Int)
    }

    public let header: [String]
    public private(set) var rows: [[Cell]] = []

    /// Records end with this, as RFC 4180 specifies.
    public static let lineEnding = "\r\n"

    public init(header: [String]) { self.header = header }

    /// Adds a record; it should have as many cells as the header has names.
    public mutating func add(_ row: [Cell]) { rows.append(row) }

    /// The header record, then every added record.
    public func render() -> String {
        var out = header.map { Self.field(.text($0)) }.joined(separator: ",") + Self.lineEnding
        for row in rows { out += row.map(Self.field).joined(separator: ",") + Self.lineEnding }
        return out
    }

    /// One cell as it appears between commas: guarded, formatted and quoted.
    public static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): quoted(guarded(text))
        case .number(let value): number(value)
        case .integer(let value): String(value)
        }
    }

    /// Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, that
    /// some spreadsheets strip before doing so).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Prefixes `'` to text a spreadsheet would otherwise evaluate (OWASP's CSV injection advice).
    static func guarded(_ text: String) -> String {
        // Check the first Unicode scalar: "\r\n" is one Character, which a Character set would miss.
        guard let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return text }
        return "'" + text
    }

    /// Quotes a field that holds a separator, a quote or a line break; doubles inner quotes.
    static func quoted(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Deterministic decimal text, the same on every machine.
    ///
    /// Rounded to 9 decimals, trailing zeros dropped, no exponent, no `-0`. Non-finite values
    /// (which a validated scenario never produces) are written as `NaN`, `inf` and `-inf`.
    static func number(_ value: Double) -> String {
        Formatting.number(value, decimals: 9)
    }
}
