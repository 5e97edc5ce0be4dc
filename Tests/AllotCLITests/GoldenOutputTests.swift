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
}
