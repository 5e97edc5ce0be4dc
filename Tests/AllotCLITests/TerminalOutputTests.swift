import AllotTestSupport
import Foundation
import Testing

/// Table output fits the width it is given, names mentors, and is coloured only where colour is wanted.
@Suite("terminal output")
struct TerminalOutputTests {
    static let root = GoldenOutputTests.root
    static let winter = ["solve", "Scenarios/winter-cohort.yaml"]
    static let escape = "\u{1B}"

    static func run(_ arguments: [String], _ environment: [String: String?] = [:]) throws -> AllotProcess.Result {
        try AllotProcess.run(arguments, in: root, environment: environment)
    }

    @Test("COLUMNS=60 fits every line of solve's table into 60 columns and says what was left out")
    func fitsColumns() throws {
        let result = try Self.run(Self.winter, ["COLUMNS": "60"])
        #expect(result.status == 0)
        let wide = result.stdout.split(separator: "\n").filter { $0.count > 60 }
        #expect(wide.isEmpty, "lines wider than 60: \(wide)")
        #expect(result.stdout.contains("--wide shows them"))
        #expect(result.stdout.contains("…"))
    }

    @Test("Every command's table fits COLUMNS=60, and robust's lists break between items, never inside one")
    func everyTableFits() throws {
        let winter = "Scenarios/winter-cohort.yaml"
        let commands = [
            ["sweep", winter, "--budget", "1000000:1300000:100000"], ["compare", winter, "--variant", "budget=1300000"],
            ["explain", winter], ["robust", winter, "--samples", "20", "--jobs", "1"],
        ]
        for arguments in commands {
            let result = try Self.run(arguments, ["COLUMNS": "60"])
            #expect(result.status == 0, "\(arguments[0])")
            let wide = result.stdout.split(separator: "\n").filter { $0.count > 60 }
            #expect(wide.isEmpty, "\(arguments[0]): \(wide)")
            guard arguments[0] == "robust" else { continue }
            let lines = result.stdout.split(separator: "\n")
            let start = try #require(lines.firstIndex { $0.hasPrefix("contested slots") })
            for line in lines[(start + 1)...].prefix(while: { $0.hasPrefix("  ") }) {
                for item in line.split(separator: ",") {
                    let text = item.trimmingCharacters(in: .whitespaces)
                    #expect(text.wholeMatch(of: /\S+ #\d+ [0-9.]+%/) != nil, "split item: \(line)")
                }
            }
        }
    }

    @Test("--wide brings the full table back, the same as a pipe without COLUMNS")
    func wideIsFull() throws {
        let wide = try Self.run(Self.winter + ["--wide"], ["COLUMNS": "60"])
        let unlimited = try Self.run(Self.winter)
        #expect(wide.stdout.contains("next cost"))
        #expect(wide.stdout.split(separator: "\n").contains { $0.count > 60 })
        #expect(!wide.stdout.contains("--wide shows them"))
        #expect(
            wide.stdout.replacingOccurrences(of: #"solved in [0-9.]+ s"#, with: "", options: .regularExpression)
                == unlimited.stdout.replacingOccurrences(of: #"solved in [0-9.]+ s"#, with: "", options: .regularExpression))
    }

    @Test("COLUMNS changes nothing in JSON, nor a table written with --output")
    func columnsLeavesFilesAlone() throws {
        let json = try Self.run(Self.winter + ["--format", "json", "--ladder", "0"], ["COLUMNS": "40"])
        #expect(json.stdout.split(separator: "\n").contains { $0.count > 40 })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("allot-wide-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try Self.run(Self.winter + ["--output", file.path, "--color", "always"], ["COLUMNS": "40"])
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("next cost"))
        #expect(!text.contains(Self.escape))
    }

    @Test("A mentor's display name appears in solve's table, in a column only named scenarios get")
    func mentorNames() throws {
        let named = try Self.run(["solve", "Tests/AllotCLITests/Fixtures/valid/awkward.yaml", "--ladder", "0"])
        let header = try #require(named.stdout.split(separator: "\n").first { $0.hasPrefix("mentor") })
        #expect(header.split(separator: " ").prefix(2) == ["mentor", "name"])
        #expect(named.stdout.contains(#"Doe, Jane "JD""#))
        #expect(named.stdout.contains("first line second | line"))
        let unnamed = try Self.run(["solve", "Tests/AllotCLITests/Fixtures/valid/tiny.yaml", "--ladder", "0"])
        #expect(!unnamed.stdout.contains("  name  "))
    }

    @Test("robust and compare name mentors in their tables too")
    func mentorNamesElsewhere() throws {
        let file = "Tests/AllotCLITests/Fixtures/valid/awkward.yaml"
        for arguments in [["robust", file, "--samples", "3", "--jobs", "1"], ["compare", file, "--variant", "budget=50000"]] {
            let result = try Self.run(arguments)
            let header = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("mentor") })
            #expect(header.split(separator: " ").prefix(2) == ["mentor", "name"], "\(arguments[0])")
            #expect(result.stdout.contains(#"Doe, Jane "JD""#), "\(arguments[0])")
        }
    }

    @Test("explain's table names a mentor beside its id; its Markdown keeps the id alone")
    func explainNames() throws {
        let file = "Tests/AllotCLITests/Fixtures/valid/awkward.yaml"
        #expect(try Self.run(["explain", file]).stdout.contains(#"  - comma (Doe, Jane "JD") has 2 of 2 slots."#))
        #expect(try Self.run(["explain", file, "--format", "markdown"]).stdout.contains("- comma has 2 of 2 slots."))
    }

    @Test("No colour into a pipe, even without NO_COLOR; no colour with NO_COLOR set")
    func noColourInPipes() throws {
        for environment: [String: String?] in [["NO_COLOR": nil], ["NO_COLOR": "1"]] {
            let result = try Self.run(Self.winter, environment)
            #expect(result.status == 0)
            #expect(!result.stdout.contains(Self.escape))
            #expect(!result.stderr.contains(Self.escape))
        }
    }

    @Test("--color always colours even a pipe, and wins over NO_COLOR; JSON stays plain")
    func colourAlways() throws {
        let always = try Self.run(Self.winter + ["--color", "always"], ["NO_COLOR": "1"])
        #expect(always.stdout.contains(Self.escape + "[32mstatus: optimal"))
        #expect(always.stdout.contains(Self.escape + "[1mmentor"))
        let json = try Self.run(Self.winter + ["--color", "always", "--format", "json"], ["NO_COLOR": nil])
        #expect(!json.stdout.contains(Self.escape))
    }

    /// Runs `allot arguments` with stdout a terminal (a pty from util-linux `script`), or nil without `script`.
    static func onTerminal(_ arguments: [String], _ environment: [String: String?]) throws -> String? {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else { return nil }
        let command = ([AllotProcess.binary.path] + arguments).joined(separator: " ")
        return try AllotProcess.run(executable: script, ["-qec", command, "/dev/null"], in: root, environment: environment)
            .stdout
    }

    @Test("On a terminal, colour unless NO_COLOR is set (non-empty) or --color never")
    func colourOnTerminal() throws {
        let arguments = ["solve", "Tests/AllotCLITests/Fixtures/valid/tiny.yaml", "--ladder", "0"]
        guard let coloured = try Self.onTerminal(arguments, ["NO_COLOR": nil]) else { return }
        #expect(coloured.contains(Self.escape + "[32m"))
        #expect(try Self.onTerminal(arguments, ["NO_COLOR": ""])?.contains(Self.escape) == true)
        #expect(try Self.onTerminal(arguments, ["NO_COLOR": "1"])?.contains(Self.escape) == false)
        #expect(try Self.onTerminal(arguments + ["--color", "never"], ["NO_COLOR": nil])?.contains(Self.escape) == false)
    }
}
