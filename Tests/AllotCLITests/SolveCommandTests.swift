import AllotTestSupport
import Foundation
import Testing

@Suite("allot solve")
struct SolveCommandTests {
    @Test("the tiny scenario's optimum, as JSON with the documented schema")
    func jsonSchema() throws {
        let result = try AllotProcess.run(["solve", "valid/tiny.yaml", "--format", "json"], in: fixtures)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "optimal")
        #expect(object["objective"] as? Double == 44.5)
        #expect(object["scholars"] as? Int == 5)
        #expect(object["spent"] as? Double == 90_000)
        #expect(object["budget"] as? Double == 100_000)
        let mentors = try #require(object["mentors"] as? [[String: Any]])
        let slots = Dictionary(
            uniqueKeysWithValues: mentors.compactMap { m in (m["id"] as? String).map { ($0, m["slots"] as? Int ?? -1) } })
        #expect(slots == ["alpha": 3, "beta": 2, "gamma": 0])
        for mentor in mentors {
            for key in ["id", "slots", "value", "cost", "cap", "agenda"] { #expect(mentor[key] != nil, "mentor lacks \(key)") }
        }
        let scenario = try #require(object["scenario"] as? [String: Any])
        #expect((scenario["hash"] as? String)?.count == 12)
    }

    @Test("an infeasible scenario exits 3 and says why, in table and JSON")
    func infeasible() throws {
        let table = try AllotProcess.run(["solve", "valid/infeasible.yaml"], in: fixtures)
        #expect(table.status == 3)
        #expect(table.stdout.contains("status: infeasible"))
        #expect(
            table.stderr.contains(
                "the locks on mentor-a (exactly 5 scholars, 60,000) and mentor-b (at least 4, 48,000) cost 108,000, more than the budget of 100,000"
            ))
        let json = try AllotProcess.run(["solve", "valid/infeasible.yaml", "--format", "json"], in: fixtures)
        #expect(json.status == 3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "infeasible")
        #expect((object["explanation"] as? String)?.contains("the locks on mentor-a") == true)
    }

    @Test("--set changes the scenario for one run, and the hash with it")
    func overrides() throws {
        let base = try AllotProcess.run(["solve", "valid/tiny.yaml", "--format", "json"], in: fixtures)
        let richer = try AllotProcess.run(
            ["solve", "valid/tiny.yaml", "--format", "json", "--set", "budget=200000", "--set", "mentors.gamma.cap=2"],
            in: fixtures)
        #expect(richer.status == 0)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(base.stdout.utf8)) as? [String: Any])
        let second = try #require(try JSONSerialization.jsonObject(with: Data(richer.stdout.utf8)) as? [String: Any])
        #expect((second["objective"] as? Double ?? 0) > (first["objective"] as? Double ?? 0))
        #expect(second["budget"] as? Double == 200_000)
        let hash = { (o: [String: Any]) in (o["scenario"] as? [String: Any])?["hash"] as? String }
        #expect(hash(first) != hash(second))
    }

    @Test("--output writes the whole file; an unwritable path exits 73 and leaves nothing")
    func outputFiles() throws {
        let directory = try scratchDirectory("out")
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("plan.json").path
        let written = try AllotProcess.run(["solve", "valid/tiny.yaml", "--format", "json", "--output", target], in: fixtures)
        #expect(written.status == 0)
        #expect(written.stdout == "")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"objective\" : 44.5"))

        let missing = directory.appendingPathComponent("no-such-folder/plan.json").path
        let failed = try AllotProcess.run(["solve", "valid/tiny.yaml", "--output", missing], in: fixtures)
        #expect(failed.status == 73)
        #expect(failed.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["plan.json"])

        let scenarioCopy = directory.appendingPathComponent("copy.yaml")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("valid/tiny.yaml"), to: scenarioCopy)
        let before = try Data(contentsOf: scenarioCopy)
        let overwrite = try AllotProcess.run(["solve", scenarioCopy.path, "--output", scenarioCopy.path])
        #expect(overwrite.status == 73)
        #expect(try Data(contentsOf: scenarioCopy) == before)
    }

    @Test("a device as --output is written into, never replaced")
    func deviceOutput() throws {
        func isDevice() -> Bool {
            var status = stat()
            return stat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR
        }
        // Only meaningful while /dev/null is a device (glpsol -o /dev/null, run as root, replaces it).
        guard isDevice() else { return }
        let result = try AllotProcess.run(
            ["solve", "valid/tiny.yaml", "--output", "/dev/null", "--write-model", "/dev/null"], in: fixtures)
        #expect(result.status == 0)
        #expect(isDevice())
    }
}
