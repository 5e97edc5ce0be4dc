import AllotTestSupport
import Foundation
import Testing

/// `allot init`: a first scenario in a minute, from nothing or from a spreadsheet's mentor table.
@Suite("allot init")
struct InitCommandTests {
    @Test("the starter shows every section, validates and solves to an allocation that has to choose")
    func starter() throws {
        let directory = try scratchDirectory("init")
        let written = try AllotProcess.run(["init"], in: directory)
        #expect(written.status == 0, "\(written.stderr)")
        for key in [
            "name:", "description:", "currency:", "budget:", "cost:", "stipend_per_hour:", "hours_per_month:", "cohort:",
            "max_scholars:", "locations:", "seats:", "agendas:", "max_share:", "returns:", "mentors:", "curve:", "lock:",
            "exclude:", "uncertainty:", "tags:", "interactions:",
        ] {
            #expect(written.stdout.contains(key), "\(key) is missing from the starter")
        }
        try Data(written.stdout.utf8).write(to: directory.appendingPathComponent("s.yaml"))
        #expect(try AllotProcess.run(["validate", "s.yaml"], in: directory).status == 0)
        let solved = try AllotProcess.run(["solve", "s.yaml"], in: directory)
        #expect(solved.status == 0, "\(solved.stderr)")
        #expect(solved.stdout.contains("scholars: 10 from 5 of 5 mentors"), "\(solved.stdout)")
        #expect(solved.stdout.contains("- budget: 0 left"), "the budget binds: the allocation chose")
    }

    @Test("--from a 40-mentor spreadsheet export (BOM, CRLF) writes a scenario naming the table that solves")
    func fromTable() throws {
        let directory = try scratchDirectory("init")
        let data = directory.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: GoldenOutputTests.root.appendingPathComponent("Scenarios/mentors.csv"),
            to: data.appendingPathComponent("mentors.csv"))
        let written = try AllotProcess.run(["init", "--from", "data/mentors.csv", "--output", "plans/s.yaml"], in: directory)
        #expect(written.status == 73, "the folder plans does not exist yet")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("plans"), withIntermediateDirectories: true)
        let retried = try AllotProcess.run(["init", "--from", "data/mentors.csv", "--output", "plans/s.yaml"], in: directory)
        #expect(retried.status == 0, "\(retried.stderr)")
        #expect(retried.stderr.contains("wrote plans/s.yaml: 40 mentors, 6 agendas, budget 980,000"), "\(retried.stderr)")
        let text = try String(contentsOf: directory.appendingPathComponent("plans/s.yaml"), encoding: .utf8)
        #expect(text.contains("mentors_csv: ../data/mentors.csv"))
        #expect(text.contains("  - id: agent-foundations") && text.contains("  - id: london"))
        // Solved from another folder: the table is found relative to the scenario, not the caller.
        let solved = try AllotProcess.run(["solve", "s.yaml", "--format", "json"], in: directory.appendingPathComponent("plans"))
        #expect(solved.status == 0, "\(solved.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(solved.stdout.utf8)) as? [String: Any])
        let funded = try #require(object["mentors_funded"] as? Int)
        #expect(funded > 0 && funded < 40, "the budget has to choose: \(funded) of 40 funded")
        #expect((object["spent"] as? Double ?? .infinity) <= 980_000)
    }

    @Test("an existing --output is left alone unless --force, and a bad table writes nothing")
    func refusals() throws {
        let directory = try scratchDirectory("init")
        let target = directory.appendingPathComponent("s.yaml")
        try Data("keep me\n".utf8).write(to: target)
        let refused = try AllotProcess.run(["init", "--output", "s.yaml"], in: directory)
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("s.yaml exists; choose another name, or pass --force"), "\(refused.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
        #expect(try AllotProcess.run(["init", "--output", "s.yaml", "--force"], in: directory).status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("# A starter scenario"))

        try Data("id,agenda,values\na,interp,10\nb,interp,x\n".utf8).write(to: directory.appendingPathComponent("bad.csv"))
        let bad = try AllotProcess.run(["init", "--from", "bad.csv", "--output", "t.yaml"], in: directory)
        #expect(bad.status == 65)
        #expect(
            bad.stderr.contains("bad.csv, row 3, column C: error: mentors_csv[row 3].values[0]: expected a number"),
            "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("t.yaml").path))
        let missing = try AllotProcess.run(["init", "--from", "nowhere.csv"], in: directory)
        #expect(missing.status == 66, "\(missing.stderr)")
        #expect(missing.stdout.isEmpty)
    }
}
