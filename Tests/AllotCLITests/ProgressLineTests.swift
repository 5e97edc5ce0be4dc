import AllotTestSupport
import Foundation
import Testing

/// The progress line of a long search: on a terminal's stderr only, never in a pipe, off with --quiet.
///
/// The terminal is a real pseudo-terminal from `script` (util-linux), which records everything
/// the command writes to it, stdout and stderr together.
@Suite("progress while searching")
struct ProgressLineTests {
    static let slow = ["solve", "valid/slow-subset-sum.yaml", "--time-limit", "2", "--ladder", "0"]

    /// Runs allot under a pseudo-terminal and returns what the terminal received.
    private func underTerminal(_ arguments: [String]) throws -> String {
        let command = ([AllotProcess.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = fixtures
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = (try? output.fileHandleForReading.readToEnd()) ?? Data()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test("on a terminal, a search over a second shows time, best value, bound and gap, then clears the line")
    func shownOnTerminal() throws {
        let screen = try underTerminal(Self.slow)
        let line = try #require(screen.split(separator: "\r").first { $0.hasPrefix("searching") }, "no progress line")
        #expect(line.contains("best allocation 13541.00"))
        #expect(line.contains("bound 13541.31"))
        #expect(line.contains("gap "))
        // Cleared before the report: blanks over the line, then the report's first line.
        #expect(screen.contains(" \rSlow on purpose"))
    }

    @Test("in a pipe there is no progress line, and --quiet turns it off on a terminal")
    func neverInPipeOrQuiet() throws {
        let piped = try AllotProcess.run(Self.slow, in: fixtures)
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("searching"))
        #expect(!piped.stdout.contains("searching"))
        let quiet = try underTerminal(Self.slow + ["--quiet"])
        #expect(!quiet.contains("searching"))
        #expect(quiet.contains("Slow on purpose"))
    }
}
