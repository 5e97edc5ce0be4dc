/// One problem (or warning) found in a scenario, in words an executive understands.
///
/// Printed as `file:line:column: error: path: message`, where `path` is the field path
/// (`mentors[3].values`) and the message says what is wrong and how to fix it.
public struct ScenarioIssue: Sendable, Equatable, CustomStringConvertible, Codable {
    public enum Severity: String, Sendable, Codable { case error, warning }

    public var severity: Severity
    public var file: String
    /// `line:column` in the file, or the `--set` override the value came from.
    public var location: String?
    public var path: String
    public var message: String

    public init(severity: Severity, file: String, location: SourceLocation?, path: String, message: String) {
        self.severity = severity
        self.file = location?.otherFile ?? file
        self.location = location?.description
        self.path = path
        self.message = message
    }

    public var description: String {
        let place: String
        switch location {
        case .some(let location) where location.hasPrefix("--set"): place = "\(file) (\(location))"
        case .some(let location) where location.hasPrefix("row "): place = "\(file), \(location)"
        case .some(let location): place = "\(file):\(location)"
        case .none: place = file
        }
        let subject = path.isEmpty ? "" : "\(path): "
        return "\(place): \(severity.rawValue): \(subject)\(message)"
    }
}

/// Why a scenario could not be loaded.
///
/// Every case's text names the file and says what to do.
public enum ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is missing, unreadable, not UTF-8 text, or too large (exit 66).
    case unreadable(file: String, reason: String)
    /// The file was read but is not a valid scenario; every problem is listed (exit 65).
    case invalid([ScenarioIssue])

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read the scenario: \(reason)"
        case .invalid(let issues):
            issues.map(\.description).joined(separator: "\n")
        }
    }

    public var issues: [ScenarioIssue] {
        if case .invalid(let issues) = self { return issues }
        return []
    }
}
