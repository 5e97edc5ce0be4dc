import Foundation

/// Runs the real `allot` executable as a separate process and captures what it prints.
public struct AllotProcess {
    public struct Result {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// The built `allot` beside the test bundle (or `$ALLOT_BINARY`).
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["ALLOT_BINARY"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The test runner may sit inside an .xctest bundle directory.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("allot").path),
            directory.path != "/"
        {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("allot")
    }

    /// Runs `allot arguments…` in `directory`, with no standard input, colour off and no `COLUMNS`.
    ///
    /// `environment` sets (or, with nil, removes) variables on top of that.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment changes: [String: String?] = [:]
    ) throws -> Result {
        try run(executable: binary, arguments, in: directory, environment: changes)
    }

    /// Runs any program to completion with no standard input, capturing both outputs.
    ///
    /// `COLUMNS` is removed, so that a test's output does not depend on the terminal it was started from.
    public static func run(
        executable: URL, _ arguments: [String], in directory: URL? = nil, environment changes: [String: String?] = [:]
    ) throws -> Result {
        let (process, output, errors) = prepared(executable: executable, arguments, in: directory, environment: changes)
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let reader = PipeReader(output.fileHandleForReading)
        let errData = (try? errors.fileHandleForReading.readToEnd()) ?? Data()
        let out = reader.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

extension AllotProcess {
    /// A process for `executable arguments…` in `directory`, with no standard input, colour off,
    /// no `COLUMNS` and `changes` to the environment, and pipes for both outputs; not started.
    static func prepared(
        executable: URL, _ arguments: [String], in directory: URL?, environment changes: [String: String?] = [:]
    ) -> (process: Process, output: Pipe, errors: Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = nil
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        return (process, output, errors)
    }
}

/// Drains a pipe on its own thread.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = (try? handle.readToEnd()) ?? Data()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
