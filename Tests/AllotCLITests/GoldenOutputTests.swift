import AllotTestSupport
import Foundation
import Testing

/// Whole-output snapshots of `allot solve` for every bundled scenario and the tiny fixture.
@Suite("golden output")
struct GoldenOutputTests {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    static var scenarios: [String] {
        let bundled = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Scenarios").path)) ?? []
        return ["Tests/AllotCLITests/Fixtures/valid/tiny.yaml"]
            + bundled.filter { $0.hasSuffix(".yaml") }.sorted().map { "Scenarios/\($0)" }
    }

    @Test("solve output is unchanged", arguments: scenarios, ["table", "json"])
    func solveOutput(scenario: String, format: String) throws {
        let result = try AllotProcess.run(["solve", scenario, "--format", format], in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        // The whole relative path names the golden file: two folders may hold a tiny.yaml.
        let stem = scenario.replacingOccurrences(of: ".yaml", with: "").replacingOccurrences(of: "/", with: "_")
        let name = stem + ".solve.\(format == "json" ? "json" : "txt")"
        if let problem = Golden.mismatch(Golden.normalized(result.stdout), name: name, directory: Self.goldenDirectory) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    /// Scenarios whose CSV, Markdown and export files are recorded: the tiny fixture, names that
    /// need quoting and escaping, and a realistic cohort.
    static let exportScenarios = [
        "Tests/AllotCLITests/Fixtures/valid/tiny.yaml", "Tests/AllotCLITests/Fixtures/valid/awkward.yaml",
        "Scenarios/winter-cohort.yaml",
    ]

    static func stem(_ scenario: String) -> String {
        scenario.replacingOccurrences(of: ".yaml", with: "").replacingOccurrences(of: "/", with: "_")
    }

    @Test("solve --format csv and markdown are unchanged", arguments: exportScenarios, ["csv", "markdown"])
    func solveDocuments(scenario: String, format: String) throws {
        let result = try AllotProcess.run(["solve", scenario, "--format", format], in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        let name = Self.stem(scenario) + ".solve.\(format == "csv" ? "csv" : "md")"
        if let problem = Golden.mismatch(Golden.normalized(result.stdout), name: name, directory: Self.goldenDirectory) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test("export files are unchanged", arguments: exportScenarios, ["csv", "json"])
    func exportFiles(scenario: String, format: String) throws {
        let directory = try scratchDirectory("golden")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(Self.stem(scenario)).\(format)")
        let result = try AllotProcess.run(["export", scenario, "--slots", file.path], in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        if let problem = Golden.mismatch(text, name: Self.stem(scenario) + ".export.\(format)", directory: Self.goldenDirectory) {
            Issue.record(Comment(rawValue: problem))
        }
    }
}
