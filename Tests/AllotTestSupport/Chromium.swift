import Foundation

/// Runs a real headless Chromium, so tests can check HTML pages the way a browser renders them.
///
/// Each call is a fresh browser process with its own throw-away profile directory, so calls share
/// no cache, cookies or crash state, and a hung browser is killed after `timeout` seconds.
public enum Chromium {
    /// Why a browser call failed, with the tail of what Chromium printed on stderr.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Seconds a single call may take before the browser is killed.
    public static let timeout: TimeInterval = 60

    /// Why a call failed when no browser was found; browser tests then fail with it (see `testsEnabled`).
    public static let installHint =
        "no Chromium found: install Debian's chromium (apt-get install -y chromium) or set ALLOT_SKIP_BROWSER=1"

    /// The browser: `$ALLOT_CHROMIUM`, else the first of chromium, chromium-browser, google-chrome on PATH.
    public static var executable: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["ALLOT_CHROMIUM"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in directories {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// True when a browser was found.
    public static var isAvailable: Bool { executable != nil }

    /// Whether browser tests should run: always, except with no browser and `ALLOT_SKIP_BROWSER=1`.
    ///
    /// Without a browser and without that opt-out they run and fail with `installHint`, so CI
    /// cannot pass by silently skipping them; with the opt-out they show as skipped.
    public static var testsEnabled: Bool {
        isAvailable || ProcessInfo.processInfo.environment["ALLOT_SKIP_BROWSER"] != "1"
    }

    /// Renders `fileURL` in a `width`×`height` window and writes a PNG of the viewport to `png`.
    public static func screenshot(of fileURL: URL, to png: URL, width: Int, height: Int) throws {
        try? FileManager.default.removeItem(at: png)
        let (_, stderr) = try capture(["--window-size=\(width),\(height)", "--screenshot=\(png.path)", fileURL.absoluteString])
        guard FileManager.default.fileExists(atPath: png.path) else {
            throw Failure(
                description: "chromium --screenshot of \(fileURL.path) wrote no \(png.path); stderr ends:\n"
                    + stderrTail(stderr))
        }
    }

    /// The DOM after the page's scripts ran, serialized as HTML; `url` may end in `#fragment`.
    public static func dumpDOM(_ url: String) throws -> String {
        String(decoding: try run(["--dump-dom", url]), as: UTF8.self)
    }

    /// Prints `fileURL` to a PDF at `pdf`, without the date/URL header and footer.
    public static func printToPDF(of fileURL: URL, to pdf: URL) throws {
        try? FileManager.default.removeItem(at: pdf)
        let (_, stderr) = try capture(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", fileURL.absoluteString])
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw Failure(
                description: "chromium --print-to-pdf of \(fileURL.path) wrote no \(pdf.path); stderr ends:\n"
                    + stderrTail(stderr))
        }
    }

    /// Runs the browser with the common flags plus `arguments`; returns stdout or throws with stderr's tail.
    ///
    /// `browser` and `limit` replace the found browser and `timeout`, so tests can check failures fast.
    @discardableResult
    public static func run(_ arguments: [String], browser: URL? = executable, limit: TimeInterval = timeout) throws -> Data {
        try capture(arguments, browser: browser, limit: limit).stdout
    }

    /// `run`, also returning stderr, so a call that exits 0 but writes no file can still say why.
    static func capture(
        _ arguments: [String], browser: URL? = executable, limit: TimeInterval = timeout
    ) throws -> (stdout: Data, stderr: Data) {
        guard let executable = browser else { throw Failure(description: installHint) }
        // One throw-away folder per call: the browser profile, and files for what it prints.
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("allot-chromium-\(getpid())-\(UUID().uuidString)")
        let profile = scratch.appendingPathComponent("profile")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Files, not pipes: a helper process the browser leaves behind could hold a pipe open
        // long after the browser itself exited or was killed, and reading to end-of-file would hang.
        let outFile = scratch.appendingPathComponent("stdout")
        let errFile = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outFile)
        let errors = try FileHandle(forWritingTo: errFile)
        defer {
            try? output.close()
            try? errors.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = commonFlags(profile: profile) + arguments
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        // Kill a hung browser with SIGKILL. Not SIGTERM: a process started from a test-runner thread
        // inherits that thread's blocked signals, SIGTERM among them, so SIGTERM would do nothing.
        // A plain thread waits, so the kill does not depend on a free Dispatch or concurrency worker.
        let pid = process.processIdentifier
        let exited = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if exited.wait(timeout: .now() + limit) == .timedOut { kill(pid, SIGKILL) }
        }
        process.waitUntilExit()
        exited.signal()
        let timedOut = Date().timeIntervalSince(started) >= limit
        let out = try Data(contentsOf: outFile)
        let err = (try? Data(contentsOf: errFile)) ?? Data()

        let command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
        if timedOut || process.terminationStatus != 0 {
            let why = timedOut ? "was killed after \(Int(limit)) s" : "exited with status \(process.terminationStatus)"
            throw Failure(description: "\(command) \(why); stderr ends:\n\(stderrTail(err))")
        }
        return (out, err)
    }

    /// Flags every call uses: headless, no sandbox (CI runs as root), quiet and deterministic.
    static func commonFlags(profile: URL) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--user-data-dir=\(profile.path)",
            // Lets timers and scripts run to completion in virtual time before the dump or capture.
            "--virtual-time-budget=5000",
            "--run-all-compositor-stages-before-draw",
            // The same pixels on every machine: no HiDPI scaling, no font hinting differences.
            "--force-device-scale-factor=1", "--font-render-hinting=none",
            // No network chatter, first-run UI, extensions or sound: the page is the only input.
            "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--disable-component-update",
            "--mute-audio", "--disable-features=Translate,MediaRouter",
        ]
    }

    /// The last lines of stderr, without the D-Bus complaints a headless machine always produces.
    static func stderrTail(_ data: Data, lines: Int = 15) -> String {
        let all = String(decoding: data, as: UTF8.self).split(separator: "\n")
        let useful = all.filter { !$0.contains("dbus") }
        let tail = (useful.isEmpty ? all : useful).suffix(lines)
        return tail.isEmpty ? "(nothing)" : tail.joined(separator: "\n")
    }
}
