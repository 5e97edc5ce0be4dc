import AllotTestSupport
import Foundation
import Testing

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

@Suite("invalid input: exact messages and exit codes")
struct InvalidInputTests {
    @Test(
        "each kind of mistake in DESIGN.md §1 gets its message and exit code", arguments: invalidScenarioExpectations.map(\.file))
    func invalidScenario(file: String) throws {
        let expected = try #require(invalidScenarioExpectations.first { $0.file == file })
        let result = try AllotProcess.run(["validate", file], in: fixtures.appendingPathComponent("invalid"))
        #expect(result.status == expected.status)
        #expect(result.stderr == expected.stderr)
    }

    @Test("solve refuses an invalid scenario with the same message, before any solver call")
    func solveRefusesInvalid() throws {
        let result = try AllotProcess.run(["solve", "typo.yaml"], in: fixtures.appendingPathComponent("invalid"))
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("typo.yaml:10:5: error: mentors[0].valeus: unknown key; did you mean `values`?\n"))
    }

    @Test("a missing file or a folder is unreadable: exit 66")
    func unreadable() throws {
        let missing = try AllotProcess.run(["solve", "no-such-file.yaml"], in: fixtures)
        #expect(missing.status == 66)
        #expect(missing.stderr == "no-such-file.yaml: cannot read the scenario: no such file; check the path\n")
        let folder = try AllotProcess.run(["solve", "invalid"], in: fixtures)
        #expect(folder.status == 66)
        #expect(folder.stderr.contains("this is a directory"))
    }

    @Test("a bad command line exits 64 with the usage")
    func badCommandLine() throws {
        let gap = try AllotProcess.run(["solve", "valid/tiny.yaml", "--gap=-1"], in: fixtures)
        #expect(gap.status == 64)
        #expect(gap.stderr.contains("--gap must be a fraction from 0 to below 1"))
        let set = try AllotProcess.run(["solve", "valid/tiny.yaml", "--set", "budget"], in: fixtures)
        #expect(set.status == 64)
        #expect(set.stderr.contains("--set budget: expected path=value"))
        let unknownMentor = try AllotProcess.run(["solve", "valid/tiny.yaml", "--set", "mentors.nobody.cap=3"], in: fixtures)
        #expect(unknownMentor.status == 64)
        #expect(unknownMentor.stderr.contains("mentors has no entry with id nobody"))
        let format = try AllotProcess.run(["solve", "valid/tiny.yaml", "--format", "xml"], in: fixtures)
        #expect(format.status == 64)
    }

    @Test("an override with a bad value is reported as coming from --set: exit 65")
    func badOverrideValue() throws {
        let result = try AllotProcess.run(["solve", "valid/tiny.yaml", "--set", "mentors.alpha.cap=2.5"], in: fixtures)
        #expect(result.status == 65)
        #expect(
            result.stderr.hasPrefix(
                "valid/tiny.yaml (--set mentors.alpha.cap=2.5): error: mentors[0].cap: must be a whole number, not 2.5\n"))
    }
}
