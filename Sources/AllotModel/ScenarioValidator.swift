/// Checks that need the whole scenario: unique ids, references, and program-wide consistency.
struct ScenarioValidator {
    let scenario: Scenario
    var reader: FieldReader
    let agendas: [DecodedAgenda]
    let fileIndices: FileIndices
    /// Ids as written in each list, including entries that failed to decode.
    let writtenIds: [String: [WrittenId]]

    /// The position in the file of each decoded entry, by list.
    struct FileIndices {
        /// Each decoded mentor's field path (`mentors[3]`, `mentors_csv[row 5]`).
        let mentors: [String]
        let interactions: [Int]
    }

    init(
        scenario: Scenario, reader: FieldReader, agendas: [DecodedAgenda], writtenIds: [String: [WrittenId]],
        fileIndices: FileIndices
    ) {
        self.scenario = scenario
        self.reader = reader
        self.agendas = agendas
        self.writtenIds = writtenIds
        self.fileIndices = fileIndices
    }

    mutating func run() {
        for list in ["locations", "agendas", "mentors"] { checkUnique(list) }
        checkReferences()
        checkShares()
        checkInteractions()
    }

    private func location(_ path: String) -> SourceLocation? { reader.locations[path] }

    private mutating func checkUnique(_ list: String) {
        var first: [String: WrittenId] = [:]
        for entry in writtenIds[list] ?? [] {
            if let earlier = first[entry.id] {
                reader.error(
                    "\(entry.path).id", entry.location,
                    "duplicate id \(FieldReader.shown(entry.id)) (also \(earlier.place)); give each entry its own id")
            } else {
                first[entry.id] = entry
            }
        }
    }

    private mutating func checkReferences() {
        let agendaIds = Set(scenario.agendas.map(\.id))
        let locationIds = Set(scenario.locations.map(\.id))
        for (mentor, path) in zip(scenario.mentors, fileIndices.mentors) {
            if !agendaIds.contains(mentor.agenda) {
                let fix =
                    agendaIds.isEmpty
                    ? "add it under `agendas`"
                    : Self.suggestion(mentor.agenda, in: scenario.agendas.map(\.id))
                        ?? "use one of \(Self.list(scenario.agendas.map(\.id))) or add it under `agendas`"
                reader.error(
                    "\(path).agenda", location("\(path).agenda"), "(\(mentor.id)) agenda \(mentor.agenda) is not defined; \(fix)")
            }
            if let place = mentor.location, !locationIds.contains(place) {
                let fix =
                    locationIds.isEmpty
                    ? "add it under `locations`"
                    : Self.suggestion(place, in: scenario.locations.map(\.id))
                        ?? "use one of \(Self.list(scenario.locations.map(\.id))) or add it under `locations`"
                reader.error(
                    "\(path).location", location("\(path).location"), "(\(mentor.id)) location \(place) is not defined; \(fix)")
            }
        }
    }

    private mutating func checkShares() {
        let minimumTotal = scenario.agendas.reduce(0) { $0 + $1.minShare }
        if minimumTotal > 1 + 1e-12 {
            reader.error(
                "agendas", agendas.first?.location,
                "the min_share values add up to \(Formatting.number(minimumTotal)), above 1; lower some so they total at most 1")
        }
        if !agendas.isEmpty, agendas.allSatisfy(\.maxShareGiven) {
            let maximumTotal = scenario.agendas.reduce(0) { $0 + $1.maxShare }
            if maximumTotal < 1 - 1e-12 {
                reader.error(
                    "agendas", agendas.first?.location,
                    "every agenda has a max_share and they add up to \(Formatting.number(maximumTotal)), below 1, "
                        + "so only an empty cohort fits; raise some so they total at least 1")
            }
        }
    }

    private mutating func checkInteractions() {
        let mentors = Dictionary(scenario.mentors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: Int] = [:]
        for (interaction, index) in zip(scenario.interactions, fileIndices.interactions) {
            let path = "interactions[\(index)]"
            var known = true
            for (position, id) in [interaction.first, interaction.second].enumerated() where mentors[id] == nil {
                known = false
                reader.error(
                    "\(path).mentors[\(position)]", location("\(path).mentors[\(position)]"),
                    "mentor \(id) is not defined; name a mentor listed under `mentors`")
            }
            let key = [interaction.first, interaction.second].sorted().joined(separator: "\u{0}")
            if let earlier = seen[key] {
                reader.error(
                    "\(path).mentors", location("\(path).mentors[0]"),
                    "the pair \(interaction.first), \(interaction.second) is already given in interactions[\(earlier)]; "
                        + "merge them into one value")
            } else {
                seen[key] = index
            }
            guard known else { continue }
            for id in [interaction.first, interaction.second] where mentors[id]?.exclude == true {
                reader.warning(
                    "\(path).mentors", location("\(path).mentors[0]"),
                    "mentor \(id) is excluded, so this interaction never applies")
            }
        }
    }

    /// "did you mean `berkeley`?" for a near miss among the defined ids.
    static func suggestion(_ id: String, in ids: [String]) -> String? {
        FieldReader.closest(to: id, in: ids).map { "did you mean `\($0)`?" }
    }

    static func list(_ ids: [String]) -> String {
        let shown = ids.prefix(8).joined(separator: ", ")
        return ids.count > 8 ? "\(shown), …" : shown
    }
}
