/// Where a value came from: a line and column in the scenario file, or a `--set` override.
public enum SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line and column in the scenario file.
    case file(line: Int, column: Int)
    /// A `--set path=value` override given on the command line.
    case override(String)
    /// A cell (or, without a column, a whole row) of a CSV table such as `mentors_csv`, counted
    /// as a spreadsheet shows it: the header is row 1, the first column is A.
    case cell(file: String, row: Int, column: Int?)

    public var description: String {
        switch self {
        case .file(let line, let column): "\(line):\(column)"
        case .override(let text): "--set \(text)"
        case .cell(_, let row, let column?): "row \(row), column \(Self.columnLetters(column))"
        case .cell(_, let row, nil): "row \(row)"
        }
    }

    /// The file a value came from, when it is not the scenario file itself.
    public var otherFile: String? {
        if case .cell(let file, _, _) = self { return file }
        return nil
    }

    /// A spreadsheet's name for a 1-based column: A…Z, AA, AB, ….
    public static func columnLetters(_ column: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }
}

/// A parsed YAML or JSON document that keeps the location of every value.
///
/// Scenario decoding walks this tree instead of `Codable` so that every problem can be
/// reported at once, each with its line and column, and unknown keys can be caught.
public struct SourceNode: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        /// A scalar's text; `quoted` is true for '…' and "…" scalars (a quoted number is an error).
        case scalar(String, quoted: Bool)
        /// Keys in file order. Keys are unique (the YAML parser rejects duplicates).
        case mapping([Entry])
        case sequence([SourceNode])
    }

    public struct Entry: Sendable, Equatable {
        public var key: String
        public var keyLocation: SourceLocation?
        public var value: SourceNode

        public init(key: String, keyLocation: SourceLocation?, value: SourceNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var value: Value
    public var location: SourceLocation?

    public init(_ value: Value, location: SourceLocation?) {
        self.value = value
        self.location = location
    }

    /// True for YAML's null spellings (`~`, `null`, or nothing after the colon).
    public var isNull: Bool {
        if case .scalar(let text, quoted: false) = value {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    public var entries: [Entry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    public subscript(key: String) -> SourceNode? {
        entries?.first { $0.key == key }?.value
    }
}
