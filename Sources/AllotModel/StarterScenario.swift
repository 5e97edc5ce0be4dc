import Foundation

/// What `allot init` fills in: a first scenario, with example mentors or a mentor table.
///
/// The budget is a round share of what every mentor's full cap would cost, so the starter
/// solves to an allocation that has to choose (not every slot fits, and not nothing).
public struct StarterScenario: Sendable, Equatable {
    /// The `mentors_csv` path as the scenario writes it (relative to the scenario); nil for
    /// the example mentors.
    public var table: String?
    /// Agenda ids, in order of first appearance.
    public var agendas: [String]
    /// Location ids, in order of first appearance.
    public var locations: [String]
    public var budget: Double
    /// What every mentor's full cap would cost, when known.
    public var fullCapCost: Double?

    public init(table: String?, agendas: [String], locations: [String], budget: Double = 0, fullCapCost: Double? = nil) {
        self.table = table
        self.agendas = agendas
        self.locations = locations
        self.budget = budget
        self.fullCapCost = fullCapCost
    }

    /// The starter with example mentors (their ids and agendas are the template's).
    public static let example = StarterScenario(
        table: nil, agendas: ["interpretability", "evals", "oversight"], locations: ["berkeley", "remote"])

    /// The share of the full-cap cost the starter's budget funds.
    public static let fundedShare = 0.6

    /// A starter whose mentors are the table at `tablePath`, which the scenario will name as
    /// `writtenAs`; its agendas and locations are the valid ids the table's rows name.
    ///
    /// Throws ``ScenarioError/unreadable(file:reason:)`` when the table cannot be read. The
    /// table's own problems surface when the starter is loaded, by row and column.
    public static func from(table tablePath: String, writtenAs: String) throws -> StarterScenario {
        let text = try ScenarioLoader.readText(file: tablePath)
        let rows = MentorTable.read(text, file: tablePath).mentors
        func ids(_ key: String) -> [String] {
            var seen: [String] = []
            for row in rows {
                if case .scalar(let id, _)? = row[key]?.value, FieldReader.isIdentifier(id), !seen.contains(id) {
                    seen.append(id)
                }
            }
            return seen
        }
        // A table whose agendas are all misspelt still needs one agenda for the scenario to be read.
        let agendas = ids("agenda")
        return StarterScenario(
            table: writtenAs, agendas: agendas.isEmpty ? ["interpretability"] : agendas, locations: ids("location"))
    }

    /// This starter with its budget set from `scenario` (the starter loaded once with any budget):
    /// ``fundedShare`` of every mentor's full cap, rounded up to 10,000.
    public func funded(as scenario: Scenario) -> StarterScenario {
        let full = scenario.mentors.reduce(0) { $0 + scenario.cost(of: $1, scholars: $1.cap) }
        var funded = self
        funded.fullCapCost = full
        funded.budget = (full * Self.fundedShare / 10_000).rounded(.up) * 10_000
        return funded
    }

    /// `target` relative to the folder `directory` (`../data/mentors.csv`), or absolute when they
    /// share nothing but the root; both are made absolute first.
    public static func relativePath(of target: String, from directory: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        func components(_ path: String) -> [String] {
            let absolute = path.hasPrefix("/") ? path : (current as NSString).appendingPathComponent(path)
            return URL(fileURLWithPath: absolute).standardizedFileURL.pathComponents
        }
        let to = components(target)
        let from = components(directory)
        var common = 0
        while common < min(to.count, from.count), to[common] == from[common] { common += 1 }
        // Nothing shared but the root: the absolute path says more than a climb of `..`s.
        if common <= 1 { return to.count > 1 ? "/" + to.dropFirst().joined(separator: "/") : "/" }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...]
        return parts.joined(separator: "/")
    }
}
