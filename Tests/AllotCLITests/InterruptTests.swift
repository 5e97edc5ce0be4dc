import AllotTestSupport
import Foundation
import Testing

/// Ctrl-C and SIGTERM during a long sweep: prompt stop, what finished on stdout, no output file.
@Suite("interrupts")
struct InterruptTests {
    @Test(
        "a signalled sweep stops promptly, prints what finished, writes no file, exits 128 + signal",
        arguments: [SIGINT, SIGTERM])
    func signalledSweep(signal: Int32) throws {
        let directory = try scratchDirectory("signal")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("sweep.json").path
        let process = Process()
        process.executableURL = AllotProcess.binary
        process.arguments = [
            "sweep", "valid/program-120.yaml", "--budget", "3000000:7000000:100000", "--format", "json", "--output", output,
        ]
        process.currentDirectoryURL = fixtures
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        let sent = Date()
        kill(process.processIdentifier, signal)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(sent) < 5, "did not stop promptly")
        #expect(process.terminationStatus == 128 + signal)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        #expect(err.contains("interrupted: nothing was written to \(output)"))
        let object = try #require(try JSONSerialization.jsonObject(with: out) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count >= 1 && rows.count < 41, "\(rows.count) rows")
    }

    @Test("a signalled report stops promptly, writes no page and exits 130")
    func signalledReport() throws {
        let directory = try scratchDirectory("signal-report")
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html").path
        let process = Process()
        process.executableURL = AllotProcess.binary
        process.arguments = ["report", "valid/program-120.yaml", "--html", page, "--samples", "500"]
        process.currentDirectoryURL = fixtures
        let stderr = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        let sent = Date()
        kill(process.processIdentifier, SIGINT)
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(Date().timeIntervalSince(sent) < 5, "did not stop promptly")
        #expect(process.terminationStatus == 130, "\(err)")
        #expect(err.contains("interrupted: the report was not written (\(page) left as it was)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
