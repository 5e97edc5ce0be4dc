import AllotTestSupport
import Foundation
import Testing

/// Files over the size limits are refused by counting, early, with the real cause.
@Suite("large and malformed input: refused early, in our own words")
struct LargeInputTests {
    static let head = """
        name: big
        budget: 50000
        cost: {stipend_per_month: 4000, months: 2, per_scholar: 2000}
        agendas:
          - id: interp

        """

    /// Runs `validate` on `text` saved as `name` in a scratch folder.
    func validate(_ text: String, name: String = "big.yaml", extra: [String: String] = [:]) throws -> AllotProcess.Result {
        let directory = try scratchDirectory("large-input")
        defer { try? FileManager.default.removeItem(at: directory) }
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        for (file, content) in extra {
            try content.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return try AllotProcess.run(["validate", name], in: directory)
    }

    @Test("100,001 mentor rows: refused as too many mentors at the list, not blamed on aliases")
    func tooManyMentors() throws {
        var text = Self.head + "mentors:\n"
        for index in 0...100_000 { text += "  - {id: m\(index), agenda: interp, values: [1]}\n" }
        let result = try validate(text)
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                big.yaml:7:3: error: `mentors` has more than 100,000 entries; at most 100,000 are supported; \
                split the scenario into several files
                1 problem found; nothing was solved.

                """)
    }

    @Test("100,001 unknown keys: one refusal of the mapping, not 100,001 problems")
    func tooManyKeys() throws {
        var text = Self.head + "mentors: [{id: a, agenda: interp, values: [1]}]\n"
        for index in 0...100_000 { text += "zz\(index): 1\n" }
        let result = try validate(text)
        #expect(result.status == 65)
        #expect(
            result.stderr.hasPrefix(
                "big.yaml:1:1: error: the top-level mapping has more than 100,000 keys; at most 100,000 are supported"))
        #expect(!result.stderr.contains("unknown key"))
    }

    @Test("more than 5,000,000 values written out: the count is the cause, not aliases")
    func tooManyValues() throws {
        let values = "[" + Array(repeating: "1", count: 90_000).joined(separator: ",") + "]"
        var text = Self.head + "mentors:\n"
        for index in 0..<56 { text += "  - {id: m\(index), agenda: interp, cap: 1000, values: \(values)}\n" }
        let result = try validate(text)
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: the file holds more than 5,000,000 values"))
        #expect(!result.stderr.contains("alias"))
    }

    @Test("a mentors_csv table of 100,001 rows is refused before its rows are built")
    func tooManyTableRows() throws {
        var table = "id,agenda,values\n"
        for index in 0...100_000 { table += "m\(index),interp,1\n" }
        let result = try validate(Self.head + "mentors_csv: big.csv\n", extra: ["big.csv": table])
        #expect(result.status == 65)
        #expect(
            result.stderr.hasPrefix(
                "big.yaml:6:14: error: mentors_csv: the table big.csv has 100,001 rows; at most 100,000 mentors are "
                    + "supported"))
    }

    @Test("nesting past libyaml's own limit is refused in our words, without libyaml's function name")
    func deepBlockNesting() throws {
        let result = try validate(Self.head + "mentors:\n" + String(repeating: "- ", count: 1_100) + "x\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("values are nested more than 64 levels deep"))
        #expect(!result.stderr.contains("yaml_set_max_nest_level"))
    }

    @Test("a .json scenario with a trailing comma is not JSON: refused at the comma")
    func jsonTrailingComma() throws {
        let text = """
            {"name": "t", "budget": 50000, "cost": {"stipend_per_month": 4000, "months": 2},
             "agendas": [{"id": "a"}],
             "mentors": [{"id": "m", "agenda": "a", "values": [1, 2,]}]}
            """
        let result = try validate(text, name: "t.json")
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                t.json:3:56: error: not valid JSON: a comma after the last entry, before `]`; remove this comma
                1 problem found; nothing was solved.

                """)
        let fixed = try validate(text.replacingOccurrences(of: "2,]", with: "2]"), name: "t.json")
        #expect(fixed.status == 0)
    }
}
