import Foundation

/// Runs `allot` as a real process under a watchdog, optionally sending it a signal once it
/// has said a given line on stderr, and measures how long it takes to stop.
///
/// For deadline and signal tests: a regression must fail the test, not hang the test run, so the
/// child is killed (SIGKILL) when it outlives `killAfter`.
public struct WatchedProcess {
    public struct Outcome {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// Seconds from the start to the exit.
        public let seconds: Double
        /// Seconds from the signal to the exit (nil when no signal was sent).
        public let secondsAfterSignal: Double?
    }

    /// Runs `allot arguments…` in `directory`; when `signal` is given, sends it `delay` seconds
    /// after a line of stderr starts with `after` (at once when `after` is nil).
    public static func run(
        _ arguments: [String], in directory: URL? = nil, signal: Int32? = nil, after marker: String? = nil,
        delay: Double = 0, killAfter limit: Double = 60
    ) throws -> Outcome {
        let (process, output, errors) = AllotProcess.prepared(executable: AllotProcess.binary, arguments, in: directory)
        let started = Date()
        try process.run()
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + limit, execute: watchdog)
        let stdout = PipeReader(output.fileHandleForReading)
        // stderr is read line by line here, to see the marker as soon as it is printed.
        var stderr = Data()
        var signalled: Date?
        let handle = errors.fileHandleForReading
        if let signal {
            var seen = marker == nil
            while !seen, case let chunk = handle.availableData, !chunk.isEmpty {
                stderr.append(chunk)
                seen = String(decoding: stderr, as: UTF8.self).split(separator: "\n").contains { $0.hasPrefix(marker ?? "") }
            }
            Thread.sleep(forTimeInterval: delay)
            signalled = Date()
            kill(process.processIdentifier, signal)
        }
        stderr.append((try? handle.readToEnd()) ?? Data())
        let out = stdout.wait()
        process.waitUntilExit()
        let ended = Date()
        watchdog.cancel()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
            seconds: ended.timeIntervalSince(started), secondsAfterSignal: signalled.map { ended.timeIntervalSince($0) })
    }
}
