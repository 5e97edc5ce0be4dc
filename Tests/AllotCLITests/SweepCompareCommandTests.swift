import AllotTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("allot sweep and allot compare")
struct SweepCompareCommandTests {
    static let root = GoldenOutputTests.root

    static let cases: [(name: String, arguments: [String])] = [
        ("winter.sweep", ["sweep", "Scenarios/winter-cohort.yaml", "--budget", "1000000:1300000:100000"]),
        ("winter.sweep-stipend", ["sweep", "Scenarios/winter-cohort.yaml", "--vary", "cost.stipend_per_month=6400,4800"]),
        (
            "winter.compare",
            ["compare", "Scenarios/winter-cohort.yaml", "--variant", "budget=1275000", "--variant", "budget=1075000"]
        ),
        ("tiny.compare-files", ["compare", "Scenarios/tiny.yaml", "Tests/AllotCLITests/Fixtures/valid/tiny.yaml"]),
    ]

    @Test("output is unchanged", arguments: cases.map(\.name), ["table", "json", "csv", "markdown"])
    func golden(name: String, format: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        let result = try AllotProcess.run(arguments + ["--format", format], in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        let file = "\(name).\(["json": "json", "csv": "csv", "markdown": "md"][format] ?? "txt")"
        if let problem = Golden.mismatch(
            Golden.normalized(result.stdout), name: file, directory: GoldenOutputTests.goldenDirectory)
        {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test("--chart writes a well-formed SVG with labelled axes")
    func chart() throws {
        let directory = try scratchDirectory("chart")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("frontier.svg").path
        let result = try AllotProcess.run(
            ["sweep", "Scenarios/winter-cohort.yaml", "--budget", "900000:1300000:100000", "--chart", path], in: Self.root)
        #expect(result.status == 0)
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        let parser = XMLParser(data: Data(svg.utf8))
        // On Linux, parse() can return true after an error (an unclosed tag): check parserError too.
        #expect(parser.parse() && parser.parserError == nil, "the SVG is not well-formed XML")
        #expect(svg.contains("funding (USD)") && svg.contains("portfolio value (points)") && svg.contains(">scholars<"))
    }

    @Test("an unwritable output leaves nothing behind and exits 73; a bad level list exits 64")
    func failures() throws {
        let missing = "/nonexistent-folder/sweep.json"
        let result = try AllotProcess.run(
            ["sweep", "Scenarios/tiny.yaml", "--budget", "10000,20000", "--output", missing], in: Self.root)
        #expect(result.status == 73)
        #expect(!FileManager.default.fileExists(atPath: missing))
        let bad = try AllotProcess.run(["sweep", "Scenarios/tiny.yaml", "--budget", "5:1:1"], in: Self.root)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("need 0 ≤ FROM ≤ TO and STEP > 0"))
        let neither = try AllotProcess.run(["sweep", "Scenarios/tiny.yaml"], in: Self.root)
        #expect(neither.status == 64)
    }

    @Test("the compare table lists every mentor, also one with 0 slots in every scenario, like the CSV")
    func compareListsUnfundedMentors() throws {
        let arguments = ["compare", "Tests/AllotCLITests/Fixtures/valid/tiny.yaml", "--variant", "budget=60000"]
        let csv = try AllotProcess.run(arguments + ["--format", "csv"], in: Self.root)
        #expect(csv.status == 0, "\(csv.stderr)")
        // Mentor rows come before the "total …" rows; each is `id,slots,slots,delta`.
        let rows = csv.stdout.split(separator: "\r\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let mentors = rows.prefix { !$0[0].hasPrefix("total ") }
        let unfunded = mentors.filter { $0.dropFirst().allSatisfy { $0 == "0" } }.map { String($0[0]) }
        #expect(unfunded == ["gamma"], "the fixture must keep a mentor at 0 slots in both scenarios")

        let table = try AllotProcess.run(arguments, in: Self.root)
        #expect(table.status == 0, "\(table.stderr)")
        let tableIds = table.stdout.split(separator: "\n").compactMap { line in
            line.split(separator: " ").first.map(String.init)
        }
        for row in mentors { #expect(tableIds.contains(String(row[0])), "the table drops mentor \(row[0])") }
    }

    @Test("sweep JSON rows decode with the documented fields")
    func sweepJSON() throws {
        let result = try AllotProcess.run(
            ["sweep", "Scenarios/tiny.yaml", "--budget", "0,30000,50000", "--format", "json"], in: Self.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "allot.sweep/1")
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["budget"] as? Double } == [0, 30_000, 50_000])
        for row in rows {
            for key in ["status", "label", "scholars", "objective", "spent", "changes"] { #expect(row[key] != nil, "\(key)") }
        }
    }
}
