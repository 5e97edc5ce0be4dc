import Yams

/// Limits that keep a hostile or mistaken file from exhausting memory or the stack.
public enum SourceLimits {
    /// Largest scenario file read, in bytes (DESIGN.md §1).
    public static let maximumFileBytes = 64 * 1024 * 1024
    /// Most nodes a document may expand to, aliases included (an alias bomb expands exponentially).
    public static let maximumNodes = 5_000_000
    /// Most entries in one list, or keys in one mapping (DESIGN.md §1: at most 100,000 mentors).
    public static let maximumEntries = ScenarioDecoder.maximumListLength
    /// Deepest nesting accepted; scenarios need about six levels.
    public static let maximumDepth = 64
}

extension SourceNode {
    /// Parses one YAML (or JSON, which YAML reads too) document into a located tree.
    ///
    /// Throws ``SourceSyntaxError`` for malformed text, duplicate keys, several documents,
    /// excessive nesting or alias expansion, and a non-string mapping key.
    public static func parse(yaml text: String) throws(SourceSyntaxError) -> SourceNode {
        // Counts and nesting are checked first, streamed: the YAML composer recurses once per
        // level, and building the tree of a file over the counts takes gigabytes.
        if let tooLarge = SourceCensus.refusal(in: text) { throw tooLarge }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw SourceSyntaxError(yamlError: error)
        } catch {
            throw SourceSyntaxError(message: "\(error)", location: nil)
        }
        guard let root else { throw SourceSyntaxError(message: "the file is empty", location: .file(line: 1, column: 1)) }
        var budget = SourceLimits.maximumNodes
        return try convert(root, depth: 0, budget: &budget)
    }

    private static func convert(_ node: Node, depth: Int, budget: inout Int) throws(SourceSyntaxError) -> SourceNode {
        budget -= 1
        if budget < 0 {
            throw SourceSyntaxError(
                message: "the document expands to more than \(SourceLimits.maximumNodes) values; "
                    + "shorten the value lists or split the scenario into several files",
                location: node.mark.map(location))
        }
        if depth > SourceLimits.maximumDepth {
            throw SourceSyntaxError(
                message: "values are nested more than \(SourceLimits.maximumDepth) levels deep", location: node.mark.map(location)
            )
        }
        let here = node.mark.map(location)
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return SourceNode(.scalar(scalar.string, quoted: quoted), location: here)
        case .sequence(let sequence):
            var items: [SourceNode] = []
            for item in sequence { items.append(try convert(item, depth: depth + 1, budget: &budget)) }
            return SourceNode(.sequence(items), location: here)
        case .mapping(let mapping):
            var entries: [Entry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw SourceSyntaxError(
                        message: "a mapping key must be a plain name, not a list or mapping", location: key.mark.map(location))
                }
                entries.append(
                    Entry(
                        key: keyScalar.string, keyLocation: key.mark.map(location),
                        value: try convert(value, depth: depth + 1, budget: &budget)))
            }
            return SourceNode(.mapping(entries), location: here)
        case .alias:
            throw SourceSyntaxError(message: "an alias that does not resolve", location: here)
        }
    }

    private static func location(_ mark: Mark) -> SourceLocation { .file(line: mark.line, column: mark.column) }
}

/// The scenario text is not well-formed YAML/JSON, or is too large or deep to read safely.
public struct SourceSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var location: SourceLocation?

    public init(message: String, location: SourceLocation?) {
        self.message = message
        self.location = location
    }

    /// Nesting deeper than ``SourceLimits/maximumDepth``, found while streaming or by libyaml.
    static func tooDeep(at location: SourceLocation) -> SourceSyntaxError {
        SourceSyntaxError(
            message: "values are nested more than \(SourceLimits.maximumDepth) levels deep; a scenario needs about six",
            location: location)
    }

    init(yamlError: YamlError) {
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let lead = context.map { "\($0.text) " } ?? ""
            let text = "\(lead)\(problem)"
            if problem.contains("another document") {
                self.init(
                    message: "the file holds more than one YAML document (a second '---'); keep one scenario per file",
                    location: .file(line: mark.line, column: mark.column))
            } else if text.contains("yaml_set_max_nest_level") {
                // libyaml's own words name a C function; say what the file does wrong instead.
                self = .tooDeep(at: .file(line: mark.line, column: mark.column))
            } else {
                self.init(message: "not valid YAML: \(text)", location: .file(line: mark.line, column: mark.column))
            }
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            self.init(
                message: "the key \(keys) appears twice in the same mapping; keep one",
                location: .file(line: context.mark.line, column: context.mark.column))
        case .reader(let problem, _, _, _):
            self.init(message: "the file is not readable text: \(problem)", location: nil)
        default:
            self.init(message: "not valid YAML: \(yamlError)", location: nil)
        }
    }
}
