import AllotTestSupport
import Foundation
import Testing

@Suite("allot explain")
struct ExplainCommandTests {
    static let scenarios = [
        "Scenarios/winter-cohort.yaml", "Scenarios/extension-phase.yaml", "Tests/AllotCLITests/Fixtures/valid/tiny.yaml",
    ]

    @Test("output is unchanged", arguments: scenarios, ["table", "json", "markdown"])
    func golden(scenario: String, format: String) throws {
        let result = try AllotProcess.run(["explain", scenario, "--format", format], in: GoldenOutputTests.root)
        #expect(result.status == 0, "\(result.stderr)")
        let stem = scenario.replacingOccurrences(of: ".yaml", with: "").replacingOccurrences(of: "/", with: "_")
        let name = "\(stem).explain.\(["json": "json", "markdown": "md"][format] ?? "txt")"
        if let problem = Golden.mismatch(result.stdout, name: name, directory: GoldenOutputTests.goldenDirectory) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test("an unknown --mentor is a command-line error")
    func unknownMentor() throws {
        let result = try AllotProcess.run(["explain", "Scenarios/tiny.yaml", "--mentor", "nobody"], in: GoldenOutputTests.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("no mentor nobody"))
    }
}
