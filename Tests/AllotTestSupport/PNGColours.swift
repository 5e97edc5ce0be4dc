import Foundation

/// Counts the distinct colours in a PNG, to tell a rendered page from a blank one.
///
/// Foundation on Linux has no zlib inflate, so this runs the stdlib-only script
/// `Tools/pngcheck/colours.py` with `python3` (which CI already needs).
public enum PNGColours {
    /// Why the colours could not be counted, with what the script printed.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The script, found from this source file's place in the repository.
    public static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tools/pngcheck/colours.py")

    /// The number of distinct colours (RGB, or RGBA when the PNG has alpha), counted up to `cap`.
    public static func distinctColours(png: URL, cap: Int = 256) throws -> Int {
        let run = try AllotProcess.run(
            executable: URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, "--cap", String(cap), png.path])
        guard run.status == 0, let count = Int(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(
                description:
                    "python3 \(script.lastPathComponent) \(png.path) failed (status \(run.status)): \(run.stderr)\(run.stdout)")
        }
        return count
    }

    /// True when every pixel of the PNG has the same colour, as a blank or failed render does.
    public static func isOneColour(png: URL) throws -> Bool {
        try distinctColours(png: png, cap: 2) == 1
    }
}
