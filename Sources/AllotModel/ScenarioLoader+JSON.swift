extension ScenarioLoader {
    /// JSON is read by the YAML parser, which refuses tabs where JSON allows them as spacing.
    static func isJSON(_ text: String, file: String) -> Bool {
        file.lowercased().hasSuffix(".json") || text.first(where: { !$0.isWhitespace }) == "{"
    }

    /// Valid JSON has no literal tab inside a string, so every tab is spacing; one space keeps columns.
    static func tabsToSpaces(_ text: String) -> String { text.replacingOccurrences(of: "\t", with: " ") }

    /// The refusal of a comma before `}` or `]`, which YAML accepts but JSON does not.
    ///
    /// A `.json` file is read by the YAML parser, which would take `{"a": 1,}` silently; a file
    /// that says it is JSON must be JSON, since other tools will read it too.
    static func jsonTrailingComma(in text: String) -> SourceSyntaxError? {
        var line = 1
        var column = 0
        var inString = false
        var escaped = false
        var pendingComma: SourceLocation?
        for byte in text.utf8 {
            column += 1
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                column = 0
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: ","):
                pendingComma = .file(line: line, column: column)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let pendingComma {
                    let closer = byte == UInt8(ascii: "}") ? "}" : "]"
                    return SourceSyntaxError(
                        message: "not valid JSON: a comma after the last entry, before `\(closer)`; remove this comma",
                        location: pendingComma)
                }
            case UInt8(ascii: "\""):
                inString = true
                pendingComma = nil
            default:
                pendingComma = nil
            }
        }
        return nil
    }
}
