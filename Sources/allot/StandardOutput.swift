import Foundation

/// Writes results on stdout and checks that they arrived (a full disk, a closed file).
///
/// `print` buffers, and a failed write shows only when the buffer is flushed, by default at
/// exit, too late to change the exit status. So results are written unbuffered, and an exit
/// handler flushes whatever else was printed (help, validate) and exits 73 if that fails.
enum StandardOutput {
    /// Writes `text` on stdout, throwing ``OutputError`` when it could not be written.
    static func send(_ text: String) throws {
        // Anything printed before goes first, and a failure there is this result's failure too.
        if fflush(nil) != 0 { throw failure() }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            bytes = bytes.dropFirst(written)
        }
    }

    private static func failure() -> OutputError {
        OutputError(description: "cannot write the result to stdout: \(String(cString: strerror(errno)))")
    }

    /// Makes every exit flush stdout first and exit 73 (with the reason on stderr) if that fails.
    static func checkAtExit() {
        atexit {
            // stderr is unbuffered, so only stdout can fail here.
            guard fflush(nil) != 0 else { return }
            printError("error: cannot write the result to stdout: \(String(cString: strerror(errno)))")
            _exit(73)
        }
    }
}
