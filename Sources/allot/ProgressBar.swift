import Foundation
import Synchronization

/// A one-line progress indicator on stderr: count, rate and time left.
///
/// Drawn only when stderr is a terminal (never into a pipe or file, and never on stdout, which
/// carries the report); plain text without colour, so `NO_COLOR` has nothing to turn off.
/// Safe to update from several threads; redraws at most ten times a second.
final class ProgressBar: Sendable {
    private struct State {
        var lastDraw: UInt64 = 0
        var done = 0
        var line = TerminalLine()
    }
    private let total: Int
    private let noun: String
    private let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private let state = Mutex(State())

    init(total: Int, noun: String, enabled: Bool = isatty(2) == 1) {
        self.total = total
        self.noun = noun
        self.enabled = enabled
    }

    /// Records that `done` items are finished (calls may arrive out of order; the largest wins).
    func update(_ done: Int) {
        guard enabled else { return }
        state.withLock { state in
            state.done = max(state.done, done)
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - state.lastDraw >= 100_000_000 || state.done == total else { return }
            state.lastDraw = now
            let seconds = Double(now - start) / 1e9
            let rate = seconds > 0 ? Double(state.done) / seconds : 0
            var line = "\(state.done)/\(total) \(noun)s  \(String(format: "%.1f", rate))/s"
            if rate > 0 && state.done < total {
                line += "  ETA \(Int((Double(total - state.done) / rate).rounded(.up))) s"
            }
            state.line.show(line)
        }
    }

    /// Removes the line, so that what follows on the terminal starts clean.
    func finish() {
        guard enabled else { return }
        state.withLock { $0.line.clear() }
    }
}
