import Foundation

/// Golden-file comparison: the text must equal the recorded file byte for byte.
///
/// A missing file, or `ALLOT_RECORD=1`, records the text and fails, so a changed baseline is
/// never accepted silently; CI sets nothing and so fails on any difference.
public enum Golden {
    /// Nil when `text` matches the golden file `name` in `directory`; otherwise why it failed.
    public static func mismatch(_ text: String, name: String, directory: URL) -> String? {
        let file = directory.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["ALLOT_RECORD"] == "1"
        if !record, let expected = try? String(contentsOf: file, encoding: .utf8) {
            if expected == text { return nil }
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = first?.offset ?? min(expectedLines.count, actualLines.count)
            let want = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
            let got = line < actualLines.count ? String(actualLines[line]) : "<end>"
            return "\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n"
                + "(re-record with ALLOT_RECORD=1 if the change is intended)"
        }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        return "recorded \(name); review it and run the tests again"
    }

    /// Replaces what varies between runs (solve times) with fixed placeholders.
    public static func normalized(_ text: String) -> String {
        var result = text
        for (pattern, replacement) in [
            (#"solved in [0-9.]+ s"#, "solved in <time> s"),
            (#""solve_seconds" : [0-9.e-]+"#, #""solve_seconds" : 0"#),
        ] {
            result = result.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return result
    }
}
