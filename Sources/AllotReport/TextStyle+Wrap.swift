extension TextStyle {
    /// `text` with every line wider than ``width`` wrapped at spaces, continuation lines indented
    /// like the line's text (past a leading `- ` bullet); unchanged when there is no limit.
    ///
    /// Fitted tables are already narrow enough, so this only touches prose; a word longer than
    /// the width stays whole on its own line rather than being split.
    public func wrap(_ text: String) -> String {
        guard let width else { return text }
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out += Self.wrapLine(String(line), width: width)
        }
        return out.joined(separator: "\n")
    }

    static func wrapLine(_ line: String, width: Int) -> [String] {
        let leading = String(line.prefix { $0 == " " })
        let body = line.dropFirst(leading.count)
        let indent = leading + (body.hasPrefix("- ") ? "  " : "")
        var lines: [String] = []
        var prefix = leading
        var rest = body
        // Break at the last space that fits, keeping the spacing inside each line as it was.
        while TextTable.displayWidth(prefix + rest) > width {
            let spaces = rest.indices.filter { rest[$0] == " " && $0 > rest.startIndex }
            let fitting = spaces.last { TextTable.displayWidth(prefix + rest[..<$0]) <= width }
            guard let cut = fitting ?? spaces.first else { break }
            var head = rest[..<cut]
            while head.hasSuffix(" ") { head = head.dropLast() }
            lines.append(prefix + head)
            rest = rest[cut...].drop { $0 == " " }
            prefix = indent
        }
        lines.append(prefix + rest)
        return lines
    }
}
