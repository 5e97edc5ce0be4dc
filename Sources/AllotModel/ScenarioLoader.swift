import Foundation

/// A scenario read from a file, after any overrides, with its warnings and hash.
public struct LoadedScenario: Sendable {
    public let scenario: Scenario
    /// The file as named on the command line.
    public let file: String
    public let warnings: [ScenarioIssue]
    /// Short hash of the scenario as solved (after overrides), for tracing exports to inputs.
    public let hash: String
}

/// Reads, parses, overrides, decodes and validates scenario files.
public enum ScenarioLoader {
    /// Loads a scenario file (YAML, or JSON) and applies `overrides` in order.
    ///
    /// Throws ``ScenarioError/unreadable(file:reason:)`` for a missing, unreadable, non-UTF-8 or
    /// oversized file, ``ScenarioError/invalid(_:)`` with every problem found, and
    /// ``OverrideError`` for an override that does not fit the file.
    public static func load(file: String, overrides: [Override] = []) throws -> LoadedScenario {
        let text = try readText(file: file)
        return try load(text: text, file: file, overrides: overrides)
    }

    /// Loads scenario text; `file` is only used in messages.
    public static func load(text: String, file: String, overrides: [Override] = []) throws -> LoadedScenario {
        var root: SourceNode
        do throws(SourceSyntaxError) {
            if file.lowercased().hasSuffix(".json"), let comma = Self.jsonTrailingComma(in: text) { throw comma }
            root = try SourceNode.parse(yaml: Self.isJSON(text, file: file) ? Self.tabsToSpaces(text) : text)
        } catch {
            throw ScenarioError.invalid([
                ScenarioIssue(severity: .error, file: file, location: error.location, path: "", message: error.message)
            ])
        }
        // `--set mentors_csv=…` first, so the table read is the one named; then the table's rows
        // join `mentors`, so `--set mentors.ID.cap=…` reaches a mentor from the table too.
        for override in overrides where override.path.first == "mentors_csv" { try override.apply(to: &root) }
        let tableIssues = addTableMentors(to: &root, scenarioFile: file)
        for override in overrides where override.path.first != "mentors_csv" { try override.apply(to: &root) }
        let (scenario, issues) = ScenarioDecoder.decode(root, file: file, tableIssues: tableIssues)
        guard let scenario else {
            throw ScenarioError.invalid(issues.filter { $0.severity == .error } + issues.filter { $0.severity == .warning })
        }
        return LoadedScenario(scenario: scenario, file: file, warnings: issues, hash: scenario.contentHash)
    }

    static func readText(file: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw ScenarioError.unreadable(file: file, reason: "no such file; check the path")
        }
        if isDirectory.boolValue {
            throw ScenarioError.unreadable(file: file, reason: "this is a directory; name a .yaml or .json scenario file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        if size > SourceLimits.maximumFileBytes {
            throw ScenarioError.unreadable(
                file: file,
                reason: "the file is \(size / 1_048_576) MiB; scenario files are limited to "
                    + "\(SourceLimits.maximumFileBytes / 1_048_576) MiB")
        }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw ScenarioError.unreadable(file: file, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit, so a growing or special file cannot exhaust memory.
        let data = (try? handle.read(upToCount: SourceLimits.maximumFileBytes + 1)) ?? Data()
        if data.count > SourceLimits.maximumFileBytes {
            throw ScenarioError.unreadable(
                file: file, reason: "the file is larger than \(SourceLimits.maximumFileBytes / 1_048_576) MiB")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw ScenarioError.unreadable(file: file, reason: "the file is not UTF-8 text; save it as UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
