import Foundation
import GLPKBackend

/// An output file that cannot be written; the message names it and the reason.
struct OutputError: Error, CustomStringConvertible {
    let description: String
}

/// Writes a whole file or nothing: a temporary file beside the target, flushed, then renamed.
///
/// A symbolic link is written through, existing or dangling: its target gets the new file and
/// the link stays, as a shell's `>` does, so a link kept to publish a report keeps working.
/// A device or FIFO is written into directly; a FIFO that no program reads is refused at once
/// rather than waited on.
enum OutputFile {
    /// Writes `text` to `path` atomically.
    ///
    /// Refuses to overwrite any of `protectedInputs`.
    static func write(_ text: String, to path: String, protecting protectedInputs: [String] = []) throws {
        let target = URL(fileURLWithPath: try linkTarget(of: path))
        let resolvedTarget = canonical(target.path)
        for input in protectedInputs where canonical(input) == resolvedTarget {
            throw OutputError(description: "\(path) is the scenario being read; choose another output file")
        }
        // A device or pipe (/dev/stdout, /dev/null, a FIFO) cannot be replaced by a rename, and
        // replacing it would destroy it: write into it directly.
        var status = stat()
        if stat(target.path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            if (status.st_mode & S_IFMT) == S_IFDIR {
                throw OutputError(description: "cannot write \(path): it is a folder; name a file")
            }
            try writeInto(text, special: target.path, named: path)
            return
        }
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw OutputError(description: "cannot write \(path): the folder \(directory.path) does not exist")
        }
        PartialFiles.removeStale(of: target.lastPathComponent, in: directory)
        let temporary = directory.appendingPathComponent(PartialFiles.name(of: target.lastPathComponent, pid: getpid()))
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw OutputError(description: "cannot write \(path): the folder is not writable")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                throw OutputError(description: "cannot write \(path): \(reason)")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? OutputError { throw error }
            throw OutputError(description: "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Whether two output names end at the same file (through links, `./`, `..`).
    static func isSameFile(_ first: String, _ second: String) -> Bool {
        func resolved(_ path: String) -> String? { (try? linkTarget(of: path)).map(canonical) }
        return resolved(first).map { $0 == resolved(second) } ?? (first == second)
    }

    /// `path` with the links of its existing part resolved, `./` and `..` removed: one spelling per file.
    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }

    /// Where a chain of symbolic links ends, even when its last target does not exist yet.
    static func linkTarget(of path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return current }
            let destination = try FileManager.default.destinationOfSymbolicLink(atPath: current)
            current =
                destination.hasPrefix("/")
                ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        throw OutputError(description: "cannot write \(path): too many levels of symbolic links")
    }

    /// Writes into a device or FIFO, opened without blocking so that a FIFO no program reads
    /// is refused (ENXIO) instead of hanging the command.
    private static func writeInto(_ text: String, special: String, named path: String) throws {
        let descriptor = open(special, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason =
                errno == ENXIO
                ? "it is a FIFO (named pipe) that no program is reading; start the reader first"
                : String(cString: strerror(errno))
            throw OutputError(description: "cannot write \(path): \(reason)")
        }
        // Writes block again from here, so a slow reader gets everything.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do { try handle.write(contentsOf: Data(text.utf8)) } catch {
            throw OutputError(description: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}

/// Prints `text` on stdout, or writes it whole to `output` (exit 73 when that fails).
///
/// After an interrupt, what finished goes to stdout only: no output file is written, so none
/// is ever partial; then the command exits 130 or 143.
func emit(_ text: String, to output: String?, protecting inputs: [String]) throws {
    if SolveInterruption.isRequested {
        if let output { printError("interrupted: nothing was written to \(output)") }
        print(text, terminator: "")
        printError("interrupted: the results above are what finished before the signal")
        throw ExitStatus.interrupted
    }
    try reportingErrors {
        if let output {
            try OutputFile.write(text, to: output, protecting: inputs)
        } else {
            try StandardOutput.send(text)
        }
    }
}
