/// Builds a validated ``Scenario`` from a located tree, reporting every problem at once.
public enum ScenarioDecoder {
    /// Most entries in any list of the scenario (DESIGN.md §1: at most 100,000 mentors).
    public static let maximumListLength = ScenarioLimits.listLength
    /// Largest mentor cap.
    public static let maximumCap = ScenarioLimits.cap

    /// Decodes and validates.
    ///
    /// Returns the scenario when there is no error, and every issue (errors and warnings) found.
    /// `tableIssues` are the problems of the `mentors_csv` table, whose rows the loader has
    /// already added to `mentors` (see ``ScenarioLoader``).
    public static func decode(_ root: SourceNode, file: String, tableIssues: [ScenarioIssue] = [])
        -> (scenario: Scenario?, issues: [ScenarioIssue])
    {
        var reader = FieldReader(file: file)
        reader.record(tableIssues)
        guard let fields = reader.mapping(root, "", allowed: ScenarioKeys.topLevel) else { return (nil, reader.issues) }
        let name = required(fields, "name", root, &reader, example: "name: Winter cohort") {
            $0.string($1, "name")
        }
        let description = optional(fields, "description") { reader.string($0, "description", maximumLength: 10_000) }
        let currency = optional(fields, "currency") { reader.string($0, "currency", maximumLength: 16) } ?? "USD"
        let budget = required(fields, "budget", root, &reader, example: "budget: 1450000") {
            $0.money($1, "budget")
        }
        let cost = optional(fields, "cost") { decodeCost($0, &reader) } ?? CostModel()
        let cohort = optional(fields, "cohort") { decodeCohort($0, &reader) } ?? CohortLimits()
        let locations = list(fields, "locations", &reader) { decodeLocation($1, $2, &$0) }
        let agendaResult = required(fields, "agendas", root, &reader, example: "agendas: [{id: interpretability}]") {
            reader, node in decodeList(node, "agendas", &reader, nonEmpty: true) { decodeAgenda($1, $2, &$0) }
        }
        let table = optional(fields, "mentors_csv") { reader.string($0, "mentors_csv", maximumLength: 4096) }
        let mentors: [Indexed<Mentor>]?
        if let table, fields["mentors"]?.isNull ?? true {
            // Only a table, and none of its rows made a mentor: say so unless its problems already do.
            if tableIssues.isEmpty {
                reader.error(
                    "mentors_csv", fields["mentors_csv"]?.location,
                    "\(FieldReader.quoted(table)) has no mentor rows and there is no `mentors` list; "
                        + "add a row under the table's header")
            }
            mentors = nil
        } else {
            mentors = required(fields, "mentors", root, &reader, example: "mentors: [{id: mentor-a, agenda: …}]") {
                reader, node in decodeList(node, "mentors", &reader, nonEmpty: true) { decodeMentor($1, $2, &$0) }
            }
        }
        let interactions = list(fields, "interactions", &reader) { decodeInteraction($1, $2, &$0) }

        // Cross-field checks run on whatever decoded, so one run reports every problem.
        let scenario = Scenario(
            name: name ?? "", description: description, currency: currency, budget: budget ?? 0, cost: cost,
            cohort: cohort, locations: (locations ?? []).map(\.value), agendas: (agendaResult ?? []).map(\.value.agenda),
            mentors: (mentors ?? []).map(\.value), interactions: (interactions ?? []).map(\.value))
        var validator = ScenarioValidator(
            scenario: scenario, reader: reader, agendas: (agendaResult ?? []).map(\.value),
            writtenIds: ["locations", "agendas", "mentors"].reduce(into: [:]) { $0[$1] = writtenIds($1, fields[$1]) },
            fileIndices: .init(
                mentors: (mentors ?? []).map(\.path), interactions: (interactions ?? []).map(\.index)))
        validator.run()
        let issues = validator.reader.issues
        let complete =
            name != nil && budget != nil && agendaResult != nil && mentors != nil && locations != nil
            && interactions != nil
        return (complete && !issues.contains { $0.severity == .error } ? scenario : nil, issues)
    }

    /// The `id` of every entry of a list as written, with its position, including entries that
    /// failed to decode (a duplicate id is an error even when the entry has others).
    static func writtenIds(_ key: String, _ list: SourceNode?) -> [WrittenId] {
        guard case .sequence(let items)? = list?.value else { return [] }
        return items.enumerated().compactMap { index, item in
            guard let node = item["id"], case .scalar(let id, _) = node.value, !node.isNull else { return nil }
            return WrittenId(path: entryPath(key, index, item), id: id, location: node.location)
        }
    }

    /// An entry's field path: `mentors[3]`, or `mentors_csv[row 5]` for a row of a CSV table.
    static func entryPath(_ key: String, _ index: Int, _ item: SourceNode) -> String {
        if case .cell(_, let row, _)? = item.location { return "\(key)_csv[row \(row)]" }
        return "\(key)[\(index)]"
    }

    // MARK: - Sections

    private static func decodeCost(_ node: SourceNode, _ reader: inout FieldReader) -> CostModel? {
        guard
            let fields = reader.mapping(node, "cost", allowed: ScenarioKeys.cost)
        else { return nil }
        var cost = CostModel()
        func read(_ key: String) -> Double? {
            fields[key].flatMap { $0.isNull ? nil : reader.money($0, "cost.\(key)") }
        }
        cost.stipendPerMonth = read("stipend_per_month") ?? 0
        cost.hourly = decodeHourlyStipend(fields, &reader)
        if let hourly = cost.hourly { cost.stipendPerMonth = hourly.perMonth }
        cost.months =
            fields["months"].flatMap {
                $0.isNull ? nil : reader.bounded($0, "cost.months", maximum: ScenarioLimits.months, unit: "months")
            } ?? 0
        cost.perScholar = read("per_scholar") ?? 0
        cost.perMentor = read("per_mentor") ?? 0
        return cost
    }

    /// `stipend_per_hour` with `hours_per_month`: the other way to give the stipend, never both.
    private static func decodeHourlyStipend(_ fields: [String: SourceNode], _ reader: inout FieldReader)
        -> HourlyStipend?
    {
        let perHourNode = fields["stipend_per_hour"].flatMap { $0.isNull ? nil : $0 }
        let hoursNode = fields["hours_per_month"].flatMap { $0.isNull ? nil : $0 }
        guard perHourNode != nil || hoursNode != nil else { return nil }
        if let monthly = fields["stipend_per_month"], !monthly.isNull {
            reader.error(
                "cost.stipend_per_month", monthly.location,
                "is given together with the hourly form (stipend_per_hour, hours_per_month); keep one form: "
                    + "remove stipend_per_month, or the hourly pair")
            return nil
        }
        guard let perHourNode, let hoursNode else {
            let (given, missing, example) =
                perHourNode != nil
                ? ("stipend_per_hour", "hours_per_month", "hours_per_month: 160")
                : ("hours_per_month", "stipend_per_hour", "stipend_per_hour: 30")
            reader.error(
                "cost.\(given)", (perHourNode ?? hoursNode)?.location,
                "needs `\(missing)` to make a monthly stipend; add it, e.g. `\(example)`")
            return nil
        }
        let perHour = reader.money(perHourNode, "cost.stipend_per_hour")
        let hours = reader.bounded(
            hoursNode, "cost.hours_per_month", maximum: ScenarioLimits.hoursPerMonth, unit: "hours")
        guard let perHour, let hours else { return nil }
        return HourlyStipend(perHour: perHour, hoursPerMonth: hours)
    }

    private static func decodeCohort(_ node: SourceNode, _ reader: inout FieldReader) -> CohortLimits? {
        guard
            let fields = reader.mapping(node, "cohort", allowed: ScenarioKeys.cohort)
        else { return nil }
        func read(_ key: String) -> Int? {
            fields[key].flatMap { $0.isNull ? nil : reader.count($0, "cohort.\(key)") }
        }
        let limits = CohortLimits(
            minScholars: read("min_scholars") ?? 0, maxScholars: read("max_scholars"), maxMentors: read("max_mentors"))
        if let maximum = limits.maxScholars, limits.minScholars > maximum, let node = fields["min_scholars"] {
            reader.error(
                "cohort.min_scholars", node.location,
                "is \(limits.minScholars) but cohort.max_scholars is \(maximum); lower the minimum or raise the maximum")
        }
        return limits
    }

    private static func decodeLocation(_ node: SourceNode, _ path: String, _ reader: inout FieldReader) -> Location? {
        guard let fields = reader.mapping(node, path, allowed: ScenarioKeys.location) else {
            return nil
        }
        guard let id = requiredIdentifier(fields, node, path, &reader) else { return nil }
        _ = fields["name"].map { reader.string($0, "\(path).name") }
        let seats = fields["seats"].flatMap { $0.isNull ? nil : reader.count($0, "\(path).seats") }
        let extra = fields["extra_per_scholar"].flatMap {
            $0.isNull ? nil : reader.money($0, "\(path).extra_per_scholar")
        }
        return Location(id: id, seats: seats, extraPerScholar: extra ?? 0)
    }

    private static func decodeAgenda(_ node: SourceNode, _ path: String, _ reader: inout FieldReader)
        -> DecodedAgenda?
    {
        guard let fields = reader.mapping(node, path, allowed: ScenarioKeys.agenda) else { return nil }
        guard let id = requiredIdentifier(fields, node, path, &reader) else { return nil }
        var agenda = Agenda(id: id)
        agenda.name = fields["name"].flatMap { $0.isNull ? nil : reader.string($0, "\(path).name") }
        let minShare = fields["min_share"].flatMap { $0.isNull ? nil : reader.fraction($0, "\(path).min_share") }
        let maxShare = fields["max_share"].flatMap { $0.isNull ? nil : reader.fraction($0, "\(path).max_share") }
        agenda.minShare = minShare ?? 0
        agenda.maxShare = maxShare ?? 1
        agenda.minScholars = fields["min_scholars"].flatMap { $0.isNull ? nil : reader.count($0, "\(path).min_scholars") } ?? 0
        agenda.maxScholars = fields["max_scholars"].flatMap { $0.isNull ? nil : reader.count($0, "\(path).max_scholars") }
        if let returnsNode = fields["returns"], !returnsNode.isNull,
            let returns = reader.values(returnsNode, "\(path).returns")
        {
            agenda.returns = returns
            if let rise = zip(returns, returns.dropFirst()).enumerated().first(where: { $0.element.1 > $0.element.0 }) {
                let index = rise.offset + 1
                reader.error(
                    "\(path).returns", returnsNode.location,
                    "must not increase (diminishing returns of a crowded agenda): entry \(index) is "
                        + "\(Formatting.number(returns[index])) after \(Formatting.number(returns[index - 1])); "
                        + "make each entry at most the one before")
            }
        }
        if agenda.minShare > agenda.maxShare, let node = fields["min_share"] {
            reader.error(
                "\(path).min_share", node.location,
                "(\(Formatting.number(agenda.minShare))) is above max_share (\(Formatting.number(agenda.maxShare)))"
                    + "; lower min_share or raise max_share")
        }
        if let maximum = agenda.maxScholars, agenda.minScholars > maximum, let node = fields["min_scholars"] {
            reader.error(
                "\(path).min_scholars", node.location,
                "is \(agenda.minScholars) but max_scholars is \(maximum); lower min_scholars or raise max_scholars")
        }
        return DecodedAgenda(agenda: agenda, path: path, location: node.location, maxShareGiven: maxShare != nil)
    }

    private static func decodeInteraction(_ node: SourceNode, _ path: String, _ reader: inout FieldReader)
        -> Interaction?
    {
        guard let fields = reader.mapping(node, path, allowed: ScenarioKeys.interaction) else { return nil }
        guard let mentorsNode = fields["mentors"], !mentorsNode.isNull else {
            reader.error(path, node.location, "missing `mentors`; name the two mentors, e.g. `mentors: [mentor-a, mentor-b]`")
            return nil
        }
        guard let valueNode = fields["value"], !valueNode.isNull else {
            reader.error(path, node.location, "missing `value`; add the value added when both are funded, e.g. `value: 3`")
            return nil
        }
        let value = reader.value(valueNode, "\(path).value")
        guard let items = reader.sequence(mentorsNode, "\(path).mentors") else { return nil }
        guard items.count == 2 else {
            reader.error(
                "\(path).mentors", mentorsNode.location,
                "names \(items.count) mentor\(items.count == 1 ? "" : "s"); an interaction names exactly two, e.g. `[mentor-a, mentor-b]`"
            )
            return nil
        }
        let first = reader.identifier(items[0], "\(path).mentors[0]")
        let second = reader.identifier(items[1], "\(path).mentors[1]")
        guard let first, let second, let value else { return nil }
        if first == second {
            reader.error("\(path).mentors", mentorsNode.location, "names \(first) twice; name two different mentors")
            return nil
        }
        return Interaction(first, second, value: value)
    }

    // MARK: - Shared shapes

    static func optional<T>(_ fields: [String: SourceNode], _ key: String, _ read: (SourceNode) -> T?) -> T? {
        guard let node = fields[key], !node.isNull else { return nil }
        return read(node)
    }

    static func required<T>(
        _ fields: [String: SourceNode], _ key: String, _ parent: SourceNode, _ reader: inout FieldReader,
        example: String, _ read: (inout FieldReader, SourceNode) -> T?
    ) -> T? {
        guard let node = fields[key], !node.isNull else {
            reader.error(key, parent.location, "missing; add it, e.g. `\(example)`")
            return nil
        }
        return read(&reader, node)
    }

    static func requiredIdentifier(
        _ fields: [String: SourceNode], _ node: SourceNode, _ path: String, _ reader: inout FieldReader
    ) -> String? {
        guard let idNode = fields["id"], !idNode.isNull else {
            reader.error(path, node.location, "missing `id`; add one such as `id: mentor-a`")
            return nil
        }
        return reader.identifier(idNode, "\(path).id")
    }

    private static func list<T>(
        _ fields: [String: SourceNode], _ key: String, _ reader: inout FieldReader,
        _ decode: (inout FieldReader, SourceNode, String) -> T?
    ) -> [Indexed<T>]? {
        guard let node = fields[key], !node.isNull else { return [] }
        return decodeList(node, key, &reader, nonEmpty: false, decode)
    }

    /// Decodes every item (so every problem is found); nil if the list itself is unusable.
    static func decodeList<T>(
        _ node: SourceNode, _ key: String, _ reader: inout FieldReader, nonEmpty: Bool,
        _ decode: (inout FieldReader, SourceNode, String) -> T?
    ) -> [Indexed<T>]? {
        guard let items = reader.sequence(node, key) else { return nil }
        if items.count > maximumListLength {
            reader.error(
                key, node.location, "has \(items.count) entries; at most \(maximumListLength) are supported; split the scenario")
            return nil
        }
        if nonEmpty && items.isEmpty {
            reader.error(key, node.location, "is empty; list at least one")
            return nil
        }
        var decoded: [Indexed<T>] = []
        for (index, item) in items.enumerated() {
            let path = entryPath(key, index, item)
            if let value = decode(&reader, item, path) { decoded.append(Indexed(index: index, path: path, value: value)) }
        }
        return decoded
    }
}

/// A decoded list entry with its position in the file (entries that failed to decode are
/// left out, so positions in the decoded list can differ from the file's).
struct Indexed<T> {
    let index: Int
    /// The entry's field path (`mentors[3]`, `mentors_csv[row 5]`).
    let path: String
    let value: T
}

/// An entry's id as written, with its field path and where it was written.
struct WrittenId {
    let path: String
    let id: String
    let location: SourceLocation?

    /// The path and where it is: `mentors[0] (line 12)`, `mentors_csv[row 5] (mentors.csv)`.
    var place: String {
        switch location {
        case .file(let line, _)?: "\(path) (line \(line))"
        case .cell(let file, _, _)?: "\(path) (\(file))"
        case .override(let text)?: "\(path) (--set \(text))"
        case nil: path
        }
    }
}

/// An agenda with what validation needs to know about how it was written.
struct DecodedAgenda {
    var agenda: Agenda
    var path: String
    var location: SourceLocation?
    var maxShareGiven: Bool
}
