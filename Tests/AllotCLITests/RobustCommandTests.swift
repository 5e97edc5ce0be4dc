import AllotTestSupport
import Foundation
import Testing

@Suite("allot robust")
struct RobustCommandTests {
    static let root = GoldenOutputTests.root

    static func robust(_ arguments: [String]) throws -> AllotProcess.Result {
        try AllotProcess.run(["robust", "Scenarios/winter-cohort.yaml"] + arguments, in: root)
    }

    @Test("the same seed gives a byte-identical report; another seed a different one")
    func sameSeed() throws {
        let arguments = ["--samples", "30", "--seed", "7", "--uncertainty", "0.3"]
        let first = try Self.robust(arguments)
        let second = try Self.robust(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let other = try Self.robust(["--samples", "30", "--seed", "8", "--uncertainty", "0.3"])
        #expect(other.stdout != first.stdout)
    }

    @Test("samples solved on two threads give the same JSON as on one")
    func parallelEqualsSerial() throws {
        let arguments = ["--samples", "40", "--seed", "3", "--uncertainty", "0.3", "--format", "json"]
        let serial = try Self.robust(arguments + ["--jobs", "1"])
        let parallel = try Self.robust(arguments + ["--jobs", "2"])
        #expect(serial.status == 0, "\(serial.stderr)")
        #expect(parallel.status == 0, "\(parallel.stderr)")
        #expect(serial.stdout.contains("\"schema\" : \"allot.robust/1\""))
        #expect(parallel.stdout == serial.stdout)
    }

    @Test("robust output is unchanged", arguments: [[String](), ["--uncertainty", "0.2"]], ["table", "json", "markdown"])
    func golden(extra: [String], format: String) throws {
        let result = try Self.robust(["--samples", "50", "--seed", "1", "--format", format] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("\r"), "no progress bar when stderr is not a terminal")
        let suffix = extra.isEmpty ? "" : "-u20"
        let name = "winter.robust\(suffix).\(["table": "txt", "json": "json", "markdown": "md"][format] ?? format)"
        if let problem = Golden.mismatch(
            Golden.normalized(result.stdout), name: name, directory: GoldenOutputTests.goldenDirectory)
        {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test(
        "bad options are refused with the usage status",
        arguments: [
            ["--samples", "0"], ["--samples", "10", "--jobs", "0"], ["--samples", "10", "--uncertainty", "1.5"],
            ["--samples", "10", "--format", "csv"],
        ])
    func badOptions(arguments: [String]) throws {
        let result = try Self.robust(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
