/// Reading typed fields out of a located tree, recording a problem for each bad one.
///
/// Every reader returns nil after recording an issue, so decoding continues and every
/// problem in a file is reported in one run.
struct FieldReader {
    let file: String
    private(set) var issues: [ScenarioIssue] = []
    /// Locations of the values read, by field path, for checks made after decoding.
    private(set) var locations: [String: SourceLocation] = [:]

    init(file: String) { self.file = file }

    /// Problems past this many get no "did you mean" or key list: nobody reads them (the CLI
    /// shows the first few dozen), and the edit distances took two minutes at 600,000 typos.
    static let issuesWithHints = 1_000

    mutating func error(_ path: String, _ location: SourceLocation?, _ message: String) {
        issues.append(ScenarioIssue(severity: .error, file: file, location: location, path: path, message: message))
    }

    mutating func warning(_ path: String, _ location: SourceLocation?, _ message: String) {
        issues.append(ScenarioIssue(severity: .warning, file: file, location: location, path: path, message: message))
    }

    /// Adds problems found before decoding (a CSV table's header and rows).
    mutating func record(_ found: [ScenarioIssue]) { issues += found }

    mutating func remember(_ path: String, _ node: SourceNode) { locations[path] = node.location }

    /// The entries of a mapping, after reporting keys that are not in `allowed` (typos).
    mutating func mapping(_ node: SourceNode, _ path: String, allowed: [String]) -> [String: SourceNode]? {
        guard let entries = node.entries else {
            error(path, node.location, "expected a mapping of `key: value` lines, found \(Self.kind(of: node))")
            return nil
        }
        var fields: [String: SourceNode] = [:]
        for entry in entries {
            if allowed.contains(entry.key) {
                fields[entry.key] = entry.value
                continue
            }
            let field = path.isEmpty ? Self.shown(entry.key) : "\(path).\(Self.shown(entry.key))"
            guard issues.count < Self.issuesWithHints else {
                error(field, entry.keyLocation, "unknown key")
                continue
            }
            if let suggestion = Self.closest(to: entry.key, in: allowed) {
                error(field, entry.keyLocation, "unknown key; did you mean `\(suggestion)`?")
            } else {
                let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
                error(field, entry.keyLocation, "unknown key; the keys here are \(list)")
            }
        }
        return fields
    }

    mutating func sequence(_ node: SourceNode, _ path: String) -> [SourceNode]? {
        if case .sequence(let items) = node.value { return items }
        error(path, node.location, "expected a list (`- item` lines or `[a, b]`), found \(Self.kind(of: node))")
        return nil
    }

    mutating func string(_ node: SourceNode, _ path: String, maximumLength: Int = 200) -> String? {
        remember(path, node)
        guard case .scalar(let text, _) = node.value else {
            error(path, node.location, "expected text, found \(Self.kind(of: node))")
            return nil
        }
        if text.count > maximumLength {
            error(path, node.location, "is \(text.count) characters long; shorten it to at most \(maximumLength)")
            return nil
        }
        return text
    }

    /// An id of `[a-z0-9._-]{1,64}`.
    mutating func identifier(_ node: SourceNode, _ path: String) -> String? {
        guard let text = string(node, path, maximumLength: 10_000) else { return nil }
        if !Self.isIdentifier(text) {
            let suggestion = Self.identifierSpelling(text).map { "; did you mean `\($0)`?" } ?? ""
            error(
                path, node.location,
                "\(Self.quoted(text)) is not a valid id; use 1 to 64 lowercase letters, digits, '.', '_' or '-'\(suggestion)")
            return nil
        }
        return text
    }

    mutating func number(_ node: SourceNode, _ path: String, nonNegative: Bool = false) -> Double? {
        remember(path, node)
        guard case .scalar(let text, let quoted) = node.value else {
            error(path, node.location, "expected a number, found \(Self.kind(of: node))")
            return nil
        }
        if quoted {
            if Self.parseNumber(text) != nil {
                error(path, node.location, "the number \(Self.quoted(text)) is in quotes; remove the quotes")
            } else {
                error(path, node.location, "expected a number, found the text \(Self.quoted(text))")
            }
            return nil
        }
        if Self.nonFiniteSpellings.contains(text.lowercased()) {
            error(path, node.location, "must be a finite number, not \(text)")
            return nil
        }
        guard let value = Self.parseNumber(text) else {
            let fix = SpreadsheetNumber.fix(text).map { "; \($0)" } ?? ""
            error(path, node.location, "expected a number, found \(Self.quoted(text))\(fix)")
            return nil
        }
        guard value.isFinite else {
            error(path, node.location, "\(Self.quoted(text)) is too large to be a finite number")
            return nil
        }
        if nonNegative && value < 0 {
            error(path, node.location, "must be at least 0, not \(text)")
            return nil
        }
        return value
    }

    /// A whole number ≥ 0, written `2` or `2.0`, at most `maximum`.
    mutating func count(_ node: SourceNode, _ path: String, maximum: Int = Int(Int32.max)) -> Int? {
        guard let value = number(node, path) else { return nil }
        guard value == value.rounded() else {
            error(path, node.location, "must be a whole number, not \(Self.shownNumber(node))")
            return nil
        }
        guard value >= 0 else {
            error(path, node.location, "must be at least 0, not \(Self.shownNumber(node))")
            return nil
        }
        guard value <= Double(maximum) else {
            error(path, node.location, "is \(Self.shownNumber(node)); the most allowed is \(maximum)")
            return nil
        }
        return Int(value)
    }

    /// A share of the cohort, 0…1.
    mutating func fraction(_ node: SourceNode, _ path: String) -> Double? {
        guard let value = number(node, path) else { return nil }
        guard (0...1).contains(value) else {
            error(path, node.location, "must be between 0 and 1 (a share such as 0.35), not \(Self.shownNumber(node))")
            return nil
        }
        return value
    }

    mutating func boolean(_ node: SourceNode, _ path: String) -> Bool? {
        remember(path, node)
        if case .scalar(let text, quoted: false) = node.value {
            switch text {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        error(path, node.location, "expected true or false")
        return nil
    }

    mutating func numbers(_ node: SourceNode, _ path: String) -> [Double]? {
        remember(path, node)
        guard let items = sequence(node, path) else { return nil }
        var values: [Double] = []
        var failed = false
        for (index, item) in items.enumerated() {
            if let value = number(item, "\(path)[\(index)]") { values.append(value) } else { failed = true }
        }
        return failed ? nil : values
    }

    mutating func strings(_ node: SourceNode, _ path: String) -> [String]? {
        remember(path, node)
        guard let items = sequence(node, path) else { return nil }
        var values: [String] = []
        for (index, item) in items.enumerated() {
            guard let value = string(item, "\(path)[\(index)]") else { return nil }
            values.append(value)
        }
        return values
    }

    // MARK: - Text helpers

    static let nonFiniteSpellings: Set<String> = [
        ".inf", "+.inf", "-.inf", ".nan", "inf", "-inf", "+inf", "nan", "infinity", "-infinity",
    ]

    /// Parses YAML/JSON number spellings: `1450000`, `1.45e6`, `1_450_000`, `-0.5`, `.5`.
    static func parseNumber(_ text: String) -> Double? {
        var digits = ""
        var previousWasDigit = false
        for character in text {
            if character == "_" {
                guard previousWasDigit else { return nil }
                continue
            }
            previousWasDigit = character.isASCII && character.isNumber
            digits.append(character)
        }
        if text.hasSuffix("_") { return nil }
        // Only decimal notation: no hex, no leading '+' on nothing, no spaces.
        let allowed = Set("0123456789+-.eE")
        guard !digits.isEmpty, digits.allSatisfy({ allowed.contains($0) }), digits.contains(where: \.isNumber) else {
            return nil
        }
        return Double(digits)
    }

    /// The id a spreadsheet-style name most likely means: `Berkeley` → `berkeley`,
    /// `Mech Interp` → `mech-interp`; nil when that is not a valid id either.
    static func identifierSpelling(_ text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        let candidate = words.joined(separator: "-")
        return isIdentifier(candidate) ? candidate : nil
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard (1...64).contains(text.utf8.count) else { return false }
        return text.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x5F
                || byte == 0x2D
        }
    }

    static func kind(of node: SourceNode) -> String {
        switch node.value {
        case .scalar(let text, _): node.isNull ? "nothing" : "the value \(quoted(text))"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }

    /// A value quoted for a message, shortened so that huge input is never echoed back.
    static func quoted(_ text: String) -> String {
        let limit = 40
        return text.count > limit ? "'\(text.prefix(limit))…' (\(text.count) characters)" : "'\(text)'"
    }

    static func shown(_ key: String) -> String { key.count > 40 ? "\(key.prefix(40))…" : key }

    static func shownNumber(_ node: SourceNode) -> String {
        if case .scalar(let text, _) = node.value { return text.count > 40 ? "\(text.prefix(40))…" : text }
        return "?"
    }

    /// The allowed key nearest to a typo (edit distance at most 2), if any.
    static func closest(to key: String, in allowed: [String]) -> String? {
        guard key.count <= 64 else { return nil }
        let scored = allowed.map { ($0, editDistance(key.lowercased(), $0)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Damerau–Levenshtein distance (adjacent transpositions count once: `valeus` → `values` is 1).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let substitution = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, table[i - 2][j - 2] + 1) }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
