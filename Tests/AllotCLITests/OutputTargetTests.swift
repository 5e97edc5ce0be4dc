import AllotTestSupport
import Foundation
import Testing

/// Where results go: stdout that fails, clashing, linked, piped and half-written output files.
@Suite("output targets: every failure is exit 73 with a message, nothing hangs or lingers")
struct OutputTargetTests {
    /// Runs allot with stdout redirected to `target` by a shell.
    func run(_ arguments: [String], stdoutTo target: String) throws -> AllotProcess.Result {
        try AllotProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"),
            ["-c", "exec \"$0\" \"$@\" >\(target)", AllotProcess.binary.path] + arguments,
            in: fixtures)
    }

    @Test(
        "stdout on a full disk is exit 73 with the reason, for results, validate and help",
        .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDisk() throws {
        for arguments in [["solve", "valid/tiny.yaml"], ["validate", "valid/tiny.yaml"], ["--help"]] {
            let result = try run(arguments, stdoutTo: "/dev/full")
            #expect(result.status == 73, "\(arguments)")
            #expect(result.stderr.contains("cannot write the result to stdout: No space left on device"), "\(arguments)")
        }
    }

    @Test("--output and --chart naming one file is a bad command line naming both options")
    func outputIsChart() throws {
        let directory = try scratchDirectory("output-chart")
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = fixtures.appendingPathComponent("valid/tiny.yaml").path
        let result = try AllotProcess.run(
            ["sweep", scenario, "--budget", "20000:40000:10000", "--output", "x.svg", "--chart", "./x.svg"], in: directory)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--output and --chart both name x.svg; give each its own file"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.svg").path))
    }

    @Test("--output through a symbolic link writes its target and keeps the link, dangling or not")
    func symbolicLinks() throws {
        let directory = try scratchDirectory("output-link")
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = fixtures.appendingPathComponent("valid/tiny.yaml").path
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent("site"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("dangling").path, withDestinationPath: "site/new.txt")
        try "old".write(to: directory.appendingPathComponent("site/old.txt"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("existing").path, withDestinationPath: "site/old.txt")
        for (link, target) in [("dangling", "site/new.txt"), ("existing", "site/old.txt")] {
            let result = try AllotProcess.run(["solve", scenario, "--output", link], in: directory)
            #expect(result.status == 0)
            #expect(try manager.destinationOfSymbolicLink(atPath: directory.appendingPathComponent(link).path) == target)
            let written = try String(contentsOf: directory.appendingPathComponent(target), encoding: .utf8)
            #expect(written.hasPrefix("Tiny"), "\(link)")
        }
    }

    @Test("a FIFO that no program reads is refused at once (73), not waited on")
    func fifoWithoutReader() throws {
        let directory = try scratchDirectory("output-fifo")
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Should allot wait for a reader, this late reader releases it, so the test fails instead of hanging.
        DispatchQueue.global().asyncAfter(deadline: .now() + 20) {
            let descriptor = open(fifo, O_RDONLY | O_NONBLOCK)
            if descriptor >= 0 {
                Thread.sleep(forTimeInterval: 2)
                close(descriptor)
            }
        }
        let started = Date()
        let result = try AllotProcess.run(["solve", "valid/tiny.yaml", "--output", fifo], in: fixtures)
        #expect(result.status == 73)
        #expect(result.stderr.contains("it is a FIFO (named pipe) that no program is reading; start the reader first"))
        #expect(Date().timeIntervalSince(started) < 15)
    }

    @Test("a .NAME.PID.partial left by a killed process is removed by the next write; a live one is kept")
    func stalePartialFiles() throws {
        let directory = try scratchDirectory("output-partial")
        defer { try? FileManager.default.removeItem(at: directory) }
        let finished = try AllotProcess.run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", "echo $$"])
        let deadPID = try #require(Int32(finished.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let stale = directory.appendingPathComponent(".out.txt.\(deadPID).partial")
        let live = directory.appendingPathComponent(".out.txt.\(getpid()).partial")
        for file in [stale, live] { try "half".write(to: file, atomically: false, encoding: .utf8) }
        let scenario = fixtures.appendingPathComponent("valid/tiny.yaml").path
        let result = try AllotProcess.run(["solve", scenario, "--output", "out.txt"], in: directory)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
    }

    @Test("negative numbers reach the options' own checks instead of \"Missing value\"")
    func negativeNumbers() throws {
        let cases: [([String], String)] = [
            (["solve", "valid/tiny.yaml", "--gap", "-5"], "--gap must be a fraction from 0 to below 1"),
            (["solve", "valid/tiny.yaml", "--time-limit", "-5"], "--time-limit must be a positive number of seconds"),
            (["robust", "valid/tiny.yaml", "--samples", "-5"], "--samples must be a whole number from 1"),
            (["robust", "valid/tiny.yaml", "--samples", "5", "--jobs", "-2"], "--jobs must be at least 1"),
            (["report", "valid/tiny.yaml", "--html", "r.html", "--samples", "-3"], "--samples must be a whole number from 1"),
        ]
        for (arguments, message) in cases {
            let result = try AllotProcess.run(arguments, in: fixtures)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments)")
            #expect(!result.stderr.contains("Missing value"), "\(arguments)")
        }
    }
}
