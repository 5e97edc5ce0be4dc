import AllotModel
import AllotTestSupport
import Foundation
import Testing

/// Whatever a spreadsheet (or a careless hand) puts in a mentor table, loading ends in a
/// scenario or in problems that name the table's file and row; never a crash.
@Suite("mentor tables: any text")
struct MentorTableFuzzTests {
    static let pieces = [
        "a", "b", "ada", "interp", "evals", "1", "2", "2.5", "-3", "10;9", "\"1,200\"", ",", ",", ",", ";", "\"", "\"\"",
        "\n", "\n", "\r\n", " ", "", "v1", "v2", "cap", "values", "id", "agenda", "Tags", "\u{FEFF}", "é", "null", "~",
    ]

    @Test("400 random tables: a scenario with one mentor per filled row, or problems by file and row")
    func randomTables() throws {
        let directory = try scratchDirectory("table-fuzz")
        let scenario = directory.appendingPathComponent("s.yaml")
        try Data("name: F\nbudget: 100\nagendas: [{id: interp}, {id: evals}]\nmentors_csv: m.csv\n".utf8).write(to: scenario)
        var generator = SeededGenerator(seed: 15)
        var loaded = 0
        for seed in 0..<400 {
            let header =
                generator.chance(0.7)
                ? "id,agenda,values"
                : ["id,agenda,v1,v2", "id,cap,agenda,v1", "agenda,id,values"].randomElement(using: &generator) ?? ""
            // Mostly rows of the header's shape, some of them damaged, a few pure noise.
            let rows = (0..<Int.random(in: 0...6, using: &generator)).map { row -> String in
                var cells = ["m\(row)", generator.chance(0.9) ? "interp" : "evals", generator.chance(0.8) ? "3" : "2.5"]
                if header.hasSuffix("v1,v2") { cells.append("1") }
                var line = cells.joined(separator: ",")
                while generator.chance(0.15) {
                    let index = Int.random(in: 0...line.count, using: &generator)
                    line.insert(
                        contentsOf: Self.pieces.randomElement(using: &generator) ?? "",
                        at: line.index(line.startIndex, offsetBy: index))
                }
                return line
            }
            let text = header + "\r\n" + rows.joined(separator: generator.chance(0.5) ? "\n" : "\r\n")
            try Data(text.utf8).write(to: directory.appendingPathComponent("m.csv"))
            do {
                let result = try ScenarioLoader.load(file: scenario.path)
                #expect(!result.scenario.mentors.isEmpty, "seed \(seed): \(text.debugDescription)")
                loaded += 1
            } catch let error as ScenarioError {
                let issues = error.issues
                #expect(!issues.isEmpty, "seed \(seed): \(text.debugDescription)")
                for issue in issues where issue.file.hasSuffix("m.csv") {
                    #expect(issue.location?.hasPrefix("row ") == true, "seed \(seed): \(issue)")
                }
            }
        }
        #expect(loaded > 0, "some random tables are valid")
    }
}
