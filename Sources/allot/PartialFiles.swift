import Foundation

/// The temporary `.NAME.PID.partial` files that atomic writes rename into place.
///
/// A process killed outright (SIGKILL, power loss) cannot remove its own; the next write of
/// the same name removes those whose process is gone and which this user owns.
enum PartialFiles {
    /// The temporary name for `name` written by process `pid`.
    static func name(of name: String, pid: pid_t) -> String { ".\(name).\(pid).partial" }

    /// Removes `.NAME.PID.partial` files in `directory` left by processes no longer running.
    static func removeStale(of name: String, in directory: URL) {
        let prefix = ".\(name)."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".partial") {
            let middle = entry.dropFirst(prefix.count).dropLast(".partial".count)
            guard let pid = pid_t(middle), pid > 0, pid != getpid() else { continue }
            // ESRCH: no such process. EPERM means it runs under another user: leave it.
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            let file = directory.appendingPathComponent(entry).path
            var status = stat()
            guard lstat(file, &status) == 0, status.st_uid == getuid(), (status.st_mode & S_IFMT) == S_IFREG else { continue }
            unlink(file)
        }
    }
}
