import Foundation

/// One line of stderr, redrawn in place (`\r`) and cleared at the end.
///
/// The drawing that ``ProgressBar`` and ``SearchProgressLine`` share. Not thread-safe: its owner
/// serialises calls.
struct TerminalLine {
    private var width = 0

    /// Replaces what the line shows, padding over a longer previous text.
    mutating func show(_ text: String) {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        width = text.count
        Self.write("\r" + text + padding)
    }

    /// Blanks the line and returns to its start, so what follows on the terminal starts clean.
    mutating func clear() {
        if width > 0 { Self.write("\r" + String(repeating: " ", count: width) + "\r") }
        width = 0
    }

    private static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Foundation.write(2, $0.baseAddress, $0.count) }
    }
}
