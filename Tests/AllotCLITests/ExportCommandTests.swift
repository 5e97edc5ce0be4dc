import AllotTestSupport
import CSV
import Foundation
import Testing

@Suite("allot export")
struct ExportCommandTests {
    static let root = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The CSV columns README.md documents, in order.
    static let csvColumns = [
        "mentor", "mentor_name", "slot", "marginal_value", "cost", "mentor_fixed_cost", "agenda", "location", "tags",
        "status", "scenario_hash",
    ]

    /// What `solve --format json` says about a scenario (with an optional `--set`): slots by
    /// mentor, slot value, spending, hash.
    static func solved(_ scenario: String, set override: String? = nil) throws -> (
        slots: [String: Int], slotValue: Double, spent: Double, hash: String
    ) {
        let overrides = override.map { ["--set", $0] } ?? []
        let result = try AllotProcess.run(["solve", scenario, "--format", "json"] + overrides, in: root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let mentors = try #require(object["mentors"] as? [[String: Any]])
        var slots: [String: Int] = [:]
        for mentor in mentors {
            slots[try #require(mentor["id"] as? String)] = try #require(mentor["slots"] as? Int)
        }
        let breakdown = try #require(object["value_breakdown"] as? [String: Any])
        let hash = try #require((object["scenario"] as? [String: Any])?["hash"] as? String)
        return (
            slots, try #require(breakdown["slots"] as? Double), try #require(object["spent"] as? Double), hash
        )
    }

    static let roundTripScenarios = [
        "Scenarios/winter-cohort.yaml", "Scenarios/extension-phase.yaml", "Tests/AllotCLITests/Fixtures/valid/awkward.yaml",
    ]

    @Test("a real CSV parser reads the export back: one row per funded slot of the allocation", arguments: roundTripScenarios)
    func csvRoundTrip(scenario: String) throws {
        let directory = try scratchDirectory("export-csv")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("slots.csv")
        let result = try AllotProcess.run(["export", scenario, "--slots", file.path], in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")

        let reader = try CSVReader(string: try String(contentsOf: file, encoding: .utf8), hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        #expect(header == Self.csvColumns)
        var rows: [[String]] = []
        while let row = reader.next() {
            // An unterminated quote is not a parse error: a short or long row is how it shows.
            #expect(row.count == header.count, "row \(rows.count + 1) has \(row.count) fields: \(row)")
            rows.append(row)
        }
        #expect(reader.error == nil)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }

        let allocation = try Self.solved(scenario)
        let expected = allocation.slots.keys.sorted().flatMap { mentor in
            (0..<(allocation.slots[mentor] ?? 0)).map { "\(mentor)#\($0 + 1)" }
        }
        let (mentor, slot) = (try column("mentor"), try column("slot"))
        #expect(rows.map { "\($0[mentor])#\($0[slot])" } == expected)
        let sum = { (name: String) in try rows.map { Double($0[try column(name)]) ?? .nan }.reduce(0, +) }
        #expect(abs(try sum("marginal_value") - allocation.slotValue) < 1e-6)
        #expect(abs(try sum("cost") + sum("mentor_fixed_cost") - allocation.spent) < 1e-6)
        let (status, hash) = (try column("status"), try column("scenario_hash"))
        #expect(rows.allSatisfy { $0[status] == "optimal" && $0[hash] == allocation.hash })
    }

    /// The documented `allot.slots/1` schema, decoded strictly: a missing or mistyped key fails.
    struct SlotsDocument: Decodable, Equatable {
        struct Scenario: Decodable, Equatable {
            let name: String
            let file: String
            let hash: String
        }
        struct Slot: Decodable, Equatable {
            let mentor: String
            let mentorName: String?
            let slot: Int
            let marginalValue: Double
            let cost: Double
            let mentorFixedCost: Double
            let agenda: String
            let location: String?
            let tags: [String]
        }
        let schema: String
        let scenario: Scenario
        let status: String
        let currency: String
        let slots: [Slot]
    }

    @Test("the JSON export has the documented allot.slots/1 schema and the same slots as the CSV")
    func jsonSchema() throws {
        let directory = try scratchDirectory("export-json")
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = "Tests/AllotCLITests/Fixtures/valid/awkward.yaml"
        let json = directory.appendingPathComponent("slots.json")
        let csv = directory.appendingPathComponent("slots.CSV")
        #expect(try AllotProcess.run(["export", scenario, "--slots", json.path], in: Self.root).status == 0)
        #expect(try AllotProcess.run(["export", scenario, "--slots", csv.path], in: Self.root).status == 0)

        let data = try Data(contentsOf: json)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "scenario", "status", "currency", "slots"])
        let rawSlots = try #require(object["slots"] as? [[String: Any]])
        let documented: Set<String> = [
            "mentor", "mentor_name", "slot", "marginal_value", "cost", "mentor_fixed_cost", "agenda", "location", "tags",
        ]
        for slot in rawSlots { #expect(Set(slot.keys).isSubset(of: documented), "undocumented keys in \(slot)") }

        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let document = try decoder.decode(SlotsDocument.self, from: data)
        #expect(document.schema == "allot.slots/1")
        #expect(document.status == "optimal")
        #expect(document.scenario.file == scenario)
        #expect(document.scenario.hash == (try Self.solved(scenario)).hash)
        let formula = try #require(document.slots.first { $0.mentor == "formula" })
        #expect(formula.mentorName == "=HYPERLINK(\"http://example.invalid\",\"click\")", "JSON is not guarded")
        #expect(document.slots.map(\.marginalValue).contains(-0.5))
        #expect(document.slots.first { $0.mentor == "multiline" }?.location == nil)

        // The CSV holds the same slots, with only its text cells guarded.
        let reader = try CSVReader(string: try String(contentsOf: csv, encoding: .utf8), hasHeaderRow: true)
        var index = 0
        while let row = reader.next() {
            let slot = try #require(index < document.slots.count ? document.slots[index] : nil)
            let name = slot.mentorName ?? ""
            let guardedName = ["=", "+", "-", "@"].contains { name.hasPrefix($0) } ? "'" + name : name
            let tags = slot.tags.joined(separator: ";")
            let guardedTags = ["=", "+", "-", "@"].contains { tags.hasPrefix($0) } ? "'" + tags : tags
            #expect(row[0] == slot.mentor && row[1] == guardedName && row[2] == "\(slot.slot)")
            #expect(Double(row[3]) == slot.marginalValue && Double(row[4]) == slot.cost)
            #expect(Double(row[5]) == slot.mentorFixedCost && row[6] == slot.agenda && row[7] == (slot.location ?? ""))
            #expect(row[8] == guardedTags)
            index += 1
        }
        #expect(index == document.slots.count)
    }

    @Test("after writing, one summary line on stderr (rows, scholars, spent, file); stdout stays empty")
    func summary() throws {
        let directory = try scratchDirectory("export-summary")
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = fixtures.appendingPathComponent("valid/tiny.yaml").path
        let allocation = try Self.solved(scenario)
        let scholars = allocation.slots.values.reduce(0, +)
        #expect(scholars == 5 && allocation.spent == 90_000, "the fixture's optimum changed: \(allocation)")
        for file in ["slots.csv", "slots.json"] {
            let result = try AllotProcess.run(["export", scenario, "--slots", file], in: directory)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "")
            #expect(result.stderr == "wrote 5 rows (5 scholars, 90,000 spent) to \(file)\n")
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path))
        }
    }

    @Test("a folder that does not exist: exit 73, nothing written")
    func missingFolder() throws {
        let result = try AllotProcess.run(["export", "valid/tiny.yaml", "--slots", "/nonexistent-dir/x.csv"], in: fixtures)
        #expect(result.status == 73)
        // Only the error: no summary line for a file that was not written.
        #expect(result.stderr == "error: cannot write /nonexistent-dir/x.csv: the folder /nonexistent-dir does not exist\n")
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-dir"))
    }

    @Test("an extension other than .csv or .json is a command-line error: exit 64, nothing written or solved")
    func wrongExtension() throws {
        let directory = try scratchDirectory("export-extension")
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = fixtures.appendingPathComponent("valid/tiny.yaml").path
        for name in ["out.txt", "out", "csv", "out.csv.bak"] {
            let result = try AllotProcess.run(["export", scenario, "--slots", name], in: directory)
            #expect(result.status == 64, "\(name)")
            #expect(
                result.stderr.contains("--slots must name a .csv or .json file (the extension picks the format), not \(name)"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let missing = try AllotProcess.run(["export", scenario], in: directory)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Missing expected argument '--slots <file>'"))
    }

    @Test("without an allocation nothing is written and the reason is on stderr: exit 3")
    func infeasible() throws {
        let directory = try scratchDirectory("export-infeasible")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("slots.json").path
        let result = try AllotProcess.run(["export", "valid/infeasible.yaml", "--slots", file], in: fixtures)
        #expect(result.status == 3)
        #expect(result.stdout == "")
        #expect(
            result.stderr.hasPrefix(
                "infeasible: the locks on mentor-a (exactly 5 scholars, 60,000) and mentor-b (at least 4, 48,000) cost 108,000"))
        #expect(result.stderr.hasSuffix("no allocation to export; \(file) was not written\n"))
        #expect(!result.stderr.contains("wrote"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test("refuses to overwrite the scenario it reads: exit 73, the scenario unchanged")
    func protectsScenario() throws {
        let directory = try scratchDirectory("export-protect")
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = directory.appendingPathComponent("plan.json")
        let text =
            #"{"name": "json plan", "budget": 50000, "cost": {"per_scholar": 10000}, "agendas": [{"id": "a"}], "#
            + #""mentors": [{"id": "m", "agenda": "a", "values": [3, 2]}]}"#
        try text.write(to: scenario, atomically: true, encoding: .utf8)
        let result = try AllotProcess.run(["export", "plan.json", "--slots", "plan.json"], in: directory)
        #expect(result.status == 73)
        #expect(result.stderr.contains("plan.json is the scenario being read"))
        #expect(try String(contentsOf: scenario, encoding: .utf8) == text)
    }
}
