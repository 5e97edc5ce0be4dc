/// One `--set path=value` change to a scenario, applied to the parsed tree before decoding.
///
/// Paths are dotted; list entries with an `id` are addressed by it (`mentors.mentor-a.cap`),
/// others by position (`interactions.0.value`). Ids may contain dots, so at a list the
/// longest id that matches wins. Missing mapping keys are created, so a typo in the last
/// segment is caught by validation as an unknown key.
public struct Override: Sendable, Equatable {
    public let path: [String]
    public let value: String
    /// The text as written, for messages.
    public let text: String

    /// Parses `path=value`; throws a sentence saying what is wrong.
    public init(parsing text: String) throws(OverrideError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw OverrideError("--set \(text): expected path=value, e.g. --set budget=1600000")
        }
        let path = text[..<equals].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.isEmpty, path.allSatisfy({ !$0.isEmpty }) else {
            throw OverrideError("--set \(text): the path before '=' is empty or has an empty part; write e.g. cost.months=3")
        }
        self.path = path
        self.value = String(text[text.index(after: equals)...])
        self.text = text
    }

    /// Applies the override to a tree; throws when the path does not lead to a scalar field.
    public func apply(to root: inout SourceNode) throws(OverrideError) {
        try apply(at: path[...], to: &root, walked: [])
    }

    private func apply(at remaining: ArraySlice<String>, to node: inout SourceNode, walked: [String]) throws(OverrideError) {
        guard let segment = remaining.first else {
            if case .scalar = node.value {
            } else if !node.isNull {
                throw OverrideError(
                    "--set \(text): \(walked.joined(separator: ".")) is a list or mapping, not a single value; "
                        + "set one of its fields")
            }
            node = SourceNode(Self.scalar(value), location: .override(text))
            return
        }
        switch node.value {
        case .mapping(var entries):
            if let index = entries.firstIndex(where: { $0.key == segment }) {
                try apply(at: remaining.dropFirst(), to: &entries[index].value, walked: walked + [segment])
            } else {
                var child = SourceNode(.mapping([]), location: .override(text))
                if remaining.count == 1 { child = SourceNode(.scalar("", quoted: false), location: .override(text)) }
                try apply(at: remaining.dropFirst(), to: &child, walked: walked + [segment])
                entries.append(SourceNode.Entry(key: segment, keyLocation: .override(text), value: child))
            }
            node.value = .mapping(entries)
        case .sequence(var items):
            // The longest run of segments that names an entry's id (ids may contain dots).
            for length in stride(from: remaining.count, through: 1, by: -1) {
                let id = remaining.prefix(length).joined(separator: ".")
                if let index = items.firstIndex(where: { Self.id(of: $0) == id }) {
                    try apply(at: remaining.dropFirst(length), to: &items[index], walked: walked + [id])
                    node.value = .sequence(items)
                    return
                }
            }
            if let index = Int(segment), items.indices.contains(index) {
                try apply(at: remaining.dropFirst(), to: &items[index], walked: walked + [segment])
                node.value = .sequence(items)
                return
            }
            let known = items.compactMap(Self.id(of:)).prefix(6).joined(separator: ", ")
            throw OverrideError(
                "--set \(text): \(walked.joined(separator: ".")) has no entry with id \(segment)"
                    + (known.isEmpty ? "" : " (ids: \(known)\(items.count > 6 ? ", …" : ""))"))
        case .scalar:
            if node.isNull {
                node = SourceNode(.mapping([]), location: .override(text))
                try apply(at: remaining, to: &node, walked: walked)
                return
            }
            throw OverrideError(
                "--set \(text): \(walked.joined(separator: ".")) is a single value with no field \(segment)")
        }
    }

    private static func id(of node: SourceNode) -> String? {
        if case .scalar(let text, _)? = node["id"]?.value { return text }
        return nil
    }

    /// The override's value as a scalar: quotes make it text, as in YAML.
    private static func scalar(_ value: String) -> SourceNode.Value {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return .scalar(String(value.dropFirst().dropLast()), quoted: true)
        }
        return .scalar(value, quoted: false)
    }
}

/// A `--set` that cannot be applied; the text says why (a command-line error, exit 64).
public struct OverrideError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
