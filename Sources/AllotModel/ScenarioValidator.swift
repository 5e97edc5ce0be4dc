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
        checkScholarCosts()
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

    /// Ids written in `list` whose entries failed to decode: their own problems are reported
    /// already, so a reference to one is not also called undefined.
    private func undecoded(_ list: String, decoded: [String]) -> Set<String> {
        Set((writtenIds[list] ?? []).map(\.id)).subtracting(decoded)
    }

    private mutating func checkReferences() {
        let agendaIds = Set(scenario.agendas.map(\.id))
        let brokenAgendas = undecoded("agendas", decoded: scenario.agendas.map(\.id))
        let locationIds = Set(scenario.locations.map(\.id))
        for (mentor, path) in zip(scenario.mentors, fileIndices.mentors) {
            if !agendaIds.contains(mentor.agenda) && !brokenAgendas.contains(mentor.agenda) {
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
        let brokenMentors = undecoded("mentors", decoded: scenario.mentors.map(\.id))
        var seen: [String: Int] = [:]
        for (interaction, index) in zip(scenario.interactions, fileIndices.interactions) {
            let path = "interactions[\(index)]"
            var known = true
            for (position, id) in [interaction.first, interaction.second].enumerated() where mentors[id] == nil {
                known = false
                if brokenMentors.contains(id) { continue }
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

    /// The cost of one scholar as computed (stipend × months + per_scholar + a location's extra)
    /// is money too: each part within the limits can still multiply to more than the largest amount.
    private mutating func checkScholarCosts() {
        let computed = scenario.mentors.filter { $0.costPerScholar == nil }
        var extras: [(place: String, amount: Double)] = []
        if computed.contains(where: { scenario.extraPerScholar(of: $0) == 0 }) { extras.append(("", 0)) }
        for place in scenario.locations where place.extraPerScholar != 0 {
            if computed.contains(where: { $0.location == place.id }) {
                extras.append((" + extra_per_scholar of \(place.id)", place.extraPerScholar))
            }
        }
        let cost = scenario.cost
        let locations = reader.locations
        let at = ["stipend_per_month", "stipend_per_hour", "months", "per_scholar"].compactMap {
            locations["cost.\($0)"]
        }.first
        for (place, extra) in extras {
            let amount = cost.baseCostPerScholar + extra
            guard let problem = FieldReader.moneyProblem(amount) else { continue }
            reader.error(
                "cost", at,
                "one scholar costs stipend_per_month × months + per_scholar\(place) = \(Formatting.number(amount)); "
                    + problem)
            return
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
