import Foundation
import GLPKBackend

/// An output file that cannot be written; the message names it and the reason.
struct OutputError: Error, CustomStringConvertible {
    let description: String
}

/// Writes a whole file or nothing: a temporary file beside the target, flushed, then renamed.
enum OutputFile {
    /// Writes `text` to `path` atomically.
    ///
    /// Refuses to overwrite any of `protectedInputs`.
    static func write(_ text: String, to path: String, protecting protectedInputs: [String] = []) throws {
        let target = URL(fileURLWithPath: path)
        let resolvedTarget = target.resolvingSymlinksInPath().standardizedFileURL.path
        for input in protectedInputs
        where URL(fileURLWithPath: input).resolvingSymlinksInPath().standardizedFileURL.path == resolvedTarget {
            throw OutputError(description: "\(path) is the scenario being read; choose another output file")
        }
        // A device or pipe (/dev/stdout, /dev/null, a FIFO) cannot be replaced by a rename, and
        // replacing it would destroy it: write into it directly.
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            if (status.st_mode & S_IFMT) == S_IFDIR {
                throw OutputError(description: "cannot write \(path): it is a folder; name a file")
            }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw OutputError(description: "cannot write \(path): permission denied")
            }
            defer { try? handle.close() }
            do { try handle.write(contentsOf: Data(text.utf8)) } catch {
                throw OutputError(description: "cannot write \(path): \(error.localizedDescription)")
            }
            return
        }
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw OutputError(description: "cannot write \(path): the folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).partial")
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
            print(text, terminator: "")
        }
    }
}
