import Foundation

extension ScenarioLoader {
    /// Reads the `mentors_csv` table, if the scenario names one, and appends its rows to the
    /// scenario's `mentors` list; returns the table's problems.
    ///
    /// The table's path is relative to the scenario file. A table that cannot be read is a
    /// problem of the scenario (at its `mentors_csv` line), not an unreadable scenario.
    static func addTableMentors(to root: inout SourceNode, scenarioFile: String) -> [ScenarioIssue] {
        guard let tableNode = root["mentors_csv"], case .scalar(let name, _) = tableNode.value, !tableNode.isNull,
            case .mapping(var entries) = root.value
        else { return [] }
        let path = tablePath(name, scenarioFile: scenarioFile)
        let text: String
        do {
            text = try readText(file: path)
        } catch {
            var reason = if case .unreadable(_, let reason) = error as? ScenarioError { reason } else { "\(error)" }
            if reason.contains("not UTF-8") { reason += " (in Excel: Save As → CSV UTF-8)" }
            return [
                ScenarioIssue(
                    severity: .error, file: scenarioFile, location: tableNode.location, path: "mentors_csv",
                    message: "cannot read the table \(path): \(reason)")
            ]
        }
        // Counted before reading: each row becomes a located mentor, hundreds of bytes apiece.
        let rows = filledRecords(in: text) - 1
        if rows > SourceLimits.maximumEntries {
            let limit = Formatting.money(Double(SourceLimits.maximumEntries))
            return [
                ScenarioIssue(
                    severity: .error, file: scenarioFile, location: tableNode.location, path: "mentors_csv",
                    message: "the table \(path) has \(Formatting.money(Double(rows))) rows; at most \(limit) mentors "
                        + "are supported; split the table into several scenarios")
            ]
        }
        let table = MentorTable.read(text, file: path)
        guard !table.mentors.isEmpty else { return table.issues }
        if let index = entries.firstIndex(where: { $0.key == "mentors" }) {
            // A `mentors` that is not a list is reported by the decoder; the table's rows are left out.
            switch entries[index].value.value {
            case .sequence(let inline): entries[index].value.value = .sequence(inline + table.mentors)
            case _ where entries[index].value.isNull: entries[index].value.value = .sequence(table.mentors)
            default: break
            }
        } else {
            entries.append(
                .init(
                    key: "mentors", keyLocation: tableNode.location,
                    value: .init(.sequence(table.mentors), location: tableNode.location)))
        }
        root.value = .mapping(entries)
        return table.issues
    }

    /// A table named relative to the scenario file (an absolute path as given).
    static func tablePath(_ name: String, scenarioFile: String) -> String {
        if name.hasPrefix("/") { return name }
        let directory = (scenarioFile as NSString).deletingLastPathComponent
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }

    /// CSV records holding anything but separators, counted without building them: a line
    /// break inside quotes continues the record.
    static func filledRecords(in text: String) -> Int {
        var count = 0
        var inQuotes = false
        var filled = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case UInt8(ascii: "\n") where !inQuotes:
                if filled { count += 1 }
                filled = false
            case UInt8(ascii: ","), UInt8(ascii: "\r"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ";"): break
            default: filled = true
            }
        }
        return filled ? count + 1 : count
    }
}
