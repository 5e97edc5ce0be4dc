import AllotReport
import ArgumentParser
import Foundation

/// `--color`: whether the table output is coloured.
enum ColourChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

/// The one place that decides how terminal output looks: its width and whether it has colour.
///
/// Only the table format printed on stdout is ever fitted or coloured; JSON, CSV, Markdown and
/// any `--output` file are always plain and full width, so they stay stable to read by programs.
enum TerminalStyle {
    /// The style of a command's output in `format`, written to `output` (nil for stdout).
    ///
    /// Colour follows no-color.org: with `auto`, only on a terminal and only while `NO_COLOR` is
    /// unset or empty; an explicit `--color always` is the user's later word and wins over it.
    static func style(
        format: OutputFormat, output: String?, wide: Bool, colour: ColourChoice,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TextStyle {
        guard format == .table, output == nil else { return .plain }
        let terminal = isatty(1) == 1
        let coloured: Bool
        switch colour {
        case .always: coloured = true
        case .never: coloured = false
        case .auto: coloured = terminal && (environment["NO_COLOR"] ?? "").isEmpty
        }
        return TextStyle(width: wide ? nil : width(terminal: terminal, environment: environment), colour: coloured)
    }

    /// The terminal's columns when stdout is one, else a positive `COLUMNS`, else no limit.
    static func width(terminal: Bool, environment: [String: String]) -> Int? {
        if terminal {
            var size = winsize()
            if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        return nil
    }
}
