import CSV

/// Mentors read from a CSV table (`mentors_csv`), as located scenario nodes.
///
/// Each data row becomes a mentor mapping like one written under `mentors`, each value carrying
/// its cell (`row 5, column D`), so the decoder checks it with the same rules and words as an
/// inline mentor. Problems of the table itself — its header, a row's cell count, a quote never
/// closed — are found here. Rows are counted as a spreadsheet shows them: the header is row 1.
enum MentorTable {
    /// What a header cell names.
    private enum Column: Equatable {
        case field(String)
        /// `v1`, `v2`, …: the value of the n-th scholar.
        case value(Int)
        /// No header: accepted while every cell under it is blank (a spreadsheet's trailing columns).
        case blank
        /// Reported once at the header; its cells are skipped.
        case unknown
    }

    private static let textFields: Set<String> = ["id", "name", "agenda", "location"]

    /// The mentors of a table, and every problem found in it.
    static func read(_ text: String, file: String) -> (mentors: [SourceNode], issues: [ScenarioIssue]) {
        var issues: [ScenarioIssue] = []
        func error(_ location: SourceLocation, _ message: String) {
            issues.append(ScenarioIssue(severity: .error, file: file, location: location, path: "mentors_csv", message: message))
        }
        let records = parse(text)
        guard let header = records.first, header.contains(where: { !isBlank($0) }) else {
            error(
                .cell(file: file, row: 1, column: nil),
                "the table is empty; add a header row naming the columns, e.g. id,agenda,cap,values")
            return ([], issues)
        }
        if header.count == 1, let separator = foreignSeparator(in: header[0]) {
            error(
                .cell(file: file, row: 1, column: nil),
                "the cells are separated by \(separator), not commas; export the sheet as CSV with commas "
                    + "(in Excel: Save As → CSV UTF-8 (Comma delimited)) and numbers with a decimal point")
            return ([], issues)
        }
        let columns = classify(header, file: file, error: error)
        guard issues.isEmpty else { return ([], issues) }

        // An odd number of quotes means one was opened and never closed: the CSV reader then
        // runs that cell to the end of the file, so the last record is where it opened.
        let unclosedRow = text.reduce(0) { $0 + ($1 == "\"" ? 1 : 0) } % 2 == 1 ? records.count : nil
        var mentors: [SourceNode] = []
        for (index, cells) in records.enumerated().dropFirst() where !cells.allSatisfy(isBlank) {
            let row = index + 1
            if row == unclosedRow {
                error(
                    .cell(file: file, row: row, column: nil),
                    "a quote (\") opened in this row is never closed, so the rest of the file reads as one cell; "
                        + "close the quote or remove it")
                continue
            }
            let extra = cells.dropFirst(header.count)
            if cells.count < header.count || extra.contains(where: { !isBlank($0) }) {
                error(
                    .cell(file: file, row: row, column: nil),
                    "has \(cells.count) cells but the header names \(header.count) columns; "
                        + "a cell holding a comma needs quotes (\"1,200\"), and every row needs a cell for each column")
                continue
            }
            if let mentor = mentor(cells, row: row, columns: columns, file: file, error: error) { mentors.append(mentor) }
        }
        return (mentors, issues)
    }

    private static func parse(_ text: String) -> [[String]] {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false, trimFields: false) else { return [] }
        var records: [[String]] = []
        while let record = reader.next() { records.append(record) }
        return records
    }

    /// How a one-cell header is really separated: semicolons (a spreadsheet in a locale with
    /// decimal commas) or tabs (a copy of the cells); nil when it is a single column.
    private static func foreignSeparator(in header: String) -> String? {
        if header.contains(";") { return "semicolons" }
        if header.contains("\t") { return "tabs" }
        return nil
    }

    private static func isBlank(_ cell: String) -> Bool { cell.allSatisfy(\.isWhitespace) }

    private static func trimmed(_ cell: String) -> String {
        String(cell.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// What each header cell names; reports unknown, repeated and missing columns.
    private static func classify(_ header: [String], file: String, error: (SourceLocation, String) -> Void) -> [Column] {
        var seen: [String: Int] = [:]
        let columns = header.enumerated().map { index, cell -> Column in
            let name = trimmed(cell).lowercased()
            let location = SourceLocation.cell(file: file, row: 1, column: index + 1)
            let column: Column
            if name.isEmpty {
                return .blank
            } else if name.hasPrefix("v"), let n = Int(name.dropFirst()), n >= 1, n <= ScenarioDecoder.maximumCap {
                column = .value(n)
            } else if ScenarioKeys.mentorColumns.contains(name) {
                column = .field(name)
            } else {
                let known = ScenarioKeys.mentorColumns.map { "`\($0)`" }.joined(separator: ", ")
                let hint = FieldReader.closest(to: name, in: ScenarioKeys.mentorColumns).map { "did you mean `\($0)`?" }
                error(
                    location,
                    "unknown column \(FieldReader.quoted(trimmed(cell))); "
                        + (hint ?? "the columns are \(known), and the values as `values` or v1, v2, …"))
                return .unknown
            }
            if let earlier = seen[name] {
                error(
                    location,
                    "the column `\(name)` appears twice (also column \(SourceLocation.columnLetters(earlier))); keep one")
            }
            seen[name] = index + 1
            return column
        }
        let row = SourceLocation.cell(file: file, row: 1, column: nil)
        for required in ["id", "agenda"] where !columns.contains(.field(required)) {
            error(row, "the header has no `\(required)` column; add one")
        }
        let numbers = columns.compactMap { if case .value(let n) = $0 { n } else { nil } }.sorted()
        if columns.contains(.field("values")) && !numbers.isEmpty {
            error(row, "give the values either in one `values` column (10;9;8) or in columns v1, v2, …, not both")
        } else if !columns.contains(.field("values")) && numbers.isEmpty {
            error(row, "the header has no values; add a `values` column (10;9;8) or columns v1, v2, …")
        } else if !numbers.isEmpty && numbers != Array(1...numbers.count) {
            error(
                row,
                "the value columns are \(numbers.map { "v\($0)" }.joined(separator: ", ")); "
                    + "number them v1, v2, … without gaps")
        }
        return columns
    }

    /// One data row as a mentor mapping; blank cells are left out, so defaults apply.
    private static func mentor(
        _ cells: [String], row: Int, columns: [Column], file: String, error: (SourceLocation, String) -> Void
    ) -> SourceNode? {
        var entries: [SourceNode.Entry] = []
        var values: [(n: Int, node: SourceNode)] = []
        var failed = false
        for (index, column) in columns.enumerated() {
            let cell = trimmed(cells[index])
            let location = SourceLocation.cell(file: file, row: row, column: index + 1)
            switch column {
            case .unknown: continue
            case .blank:
                if !cell.isEmpty {
                    error(location, "has \(FieldReader.quoted(cell)) under a column with no header; name the column or clear it")
                    failed = true
                }
            case .value(let n):
                values.append((n, SourceNode(.scalar(SpreadsheetNumber.plain(cell), quoted: false), location: location)))
            case .field(let name) where !cell.isEmpty:
                entries.append(.init(key: name, keyLocation: location, value: node(name, cell, location)))
            case .field: continue
            }
        }
        values.sort { $0.n < $1.n }
        if let firstBlank = values.firstIndex(where: \.node.isNull) {
            if let late = values[firstBlank...].first(where: { !$0.node.isNull }), let location = late.node.location {
                error(
                    location, "v\(late.n) is given after a blank v\(values[firstBlank].n); fill the blank or move the values left"
                )
                failed = true
            }
            values.removeSubrange(firstBlank...)
        }
        if let first = values.first {
            entries.append(
                .init(
                    key: "values", keyLocation: first.node.location,
                    value: SourceNode(.sequence(values.map(\.node)), location: first.node.location)))
        }
        return failed ? nil : SourceNode(.mapping(entries), location: .cell(file: file, row: row, column: nil))
    }

    /// A cell as the scenario node the same key takes inline.
    private static func node(_ name: String, _ cell: String, _ location: SourceLocation) -> SourceNode {
        switch name {
        // Quoted, so that text such as `null` or `true` stays text.
        case _ where textFields.contains(name): return SourceNode(.scalar(cell, quoted: true), location: location)
        case "values", "tags":
            var parts = cell.split(separator: ";", omittingEmptySubsequences: false).map { trimmed(String($0)) }
            while parts.last?.isEmpty == true { parts.removeLast() }
            let items = parts.map {
                SourceNode(.scalar(name == "tags" ? $0 : SpreadsheetNumber.plain($0), quoted: name == "tags"), location: location)
            }
            return SourceNode(.sequence(items), location: location)
        default: return SourceNode(.scalar(SpreadsheetNumber.plain(cell), quoted: false), location: location)
        }
    }
}
