import AllotTestSupport
import Foundation
import Testing

/// Every command's `--help` names exactly the `--format` values the command accepts.
@Suite("--help and --format agree")
struct HelpFormatTests {
    static let root = GoldenOutputTests.root
    static let allFormats = ["table", "csv", "json", "markdown"]

    /// Quick arguments for each command that prints a report; a new command with `--format` needs an entry.
    static let quickArguments: [String: [String]] = [
        "solve": ["Tests/AllotCLITests/Fixtures/valid/tiny.yaml", "--ladder", "0"],
        "sweep": ["Tests/AllotCLITests/Fixtures/valid/tiny.yaml", "--budget", "60000,100000"],
        "compare": ["Tests/AllotCLITests/Fixtures/valid/tiny.yaml", "--variant", "budget=60000"],
        "explain": ["Tests/AllotCLITests/Fixtures/valid/tiny.yaml"],
        "robust": ["Tests/AllotCLITests/Fixtures/valid/tiny.yaml", "--samples", "3", "--jobs", "1"],
    ]

    /// The subcommands `allot --help` lists.
    static func subcommands() throws -> [String] {
        let help = try AllotProcess.run(["--help"]).stdout
        let section = try #require(help.components(separatedBy: "SUBCOMMANDS:").last)
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return name.allSatisfy(\.isLowercase) ? String(name) : nil
        }
    }

    /// The formats `allot command --help` offers after "Output format:", or nil when it has no `--format`.
    static func listedFormats(_ command: String) throws -> [String]? {
        let help = try AllotProcess.run([command, "--help"]).stdout
        guard help.contains("--format <format>") else { return nil }
        // Help wraps long lines: read it as one line.
        let text = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let start = try #require(text.range(of: "Output format: "), "\(command) --help does not describe --format")
        let list = text[start.upperBound...].prefix { $0.isLetter || $0 == "," || $0 == " " }
        return list.replacingOccurrences(of: " or ", with: ", ").components(separatedBy: ", ")
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test("each listed format is accepted; every other one is refused with exit 64")
    func formatsMatchHelp() throws {
        let commands = try Self.subcommands()
        #expect(commands.contains("solve") && commands.contains("export"), "read \(commands) from allot --help")
        var checked: [String] = []
        for command in commands {
            guard let listed = try Self.listedFormats(command) else { continue }
            checked.append(command)
            #expect(listed.allSatisfy(Self.allFormats.contains), "\(command) --help lists \(listed)")
            let arguments = try #require(Self.quickArguments[command], "add quick arguments for \(command)")
            for format in Self.allFormats {
                let result = try AllotProcess.run([command] + arguments + ["--format", format], in: Self.root)
                if listed.contains(format) {
                    #expect(result.status == 0, "\(command) --format \(format): \(result.stderr)")
                    #expect(!result.stdout.isEmpty, "\(command) --format \(format) printed nothing")
                } else {
                    #expect(result.status == 64, "\(command) --format \(format) is not in its help but exits \(result.status)")
                    #expect(result.stdout.isEmpty)
                }
            }
        }
        #expect(Set(checked) == Set(Self.quickArguments.keys))
    }

    @Test("README.md's Commands table gives each command the formats its --help lists")
    func readmeMatchesHelp() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        for command in try Self.subcommands() {
            guard let listed = try Self.listedFormats(command) else { continue }
            let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `allot \(command) ") }
            // In the table's Markdown a `|` inside code is written `\|`.
            let documented = rows.compactMap { row in
                row.firstRange(of: "--format ").map { range in
                    row[range.upperBound...].prefix { $0.isLetter || $0 == "\\" || $0 == "|" }
                        .components(separatedBy: "\\|")
                }
            }
            #expect(!documented.isEmpty, "README.md's Commands table does not show \(command) --format")
            for formats in documented { #expect(formats == listed, "README.md: \(command) --format \(formats)") }
        }
    }
}

/// The shell completion scripts the README tells users to install.
@Suite("shell completion")
struct CompletionTests {
    @Test("--generate-completion-script bash exits 0 and completes the subcommands")
    func bash() throws {
        let result = try AllotProcess.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("solve"))
        #expect(result.stdout.contains("robust"))
    }
}
