import AllotModel
import Foundation
import LinearProgramming
import Synchronization

/// One line on stderr while a long search runs: elapsed time, the best allocation's value, the
/// bound and the gap.
///
/// Drawn only when stderr is a terminal (never on stdout, into a file or into a pipe) and only
/// once the search has run for a second, so quick solves print nothing. Its own thread redraws
/// it four times a second: GLPK reports nothing while it solves the LP relaxation, which takes
/// seconds at field scale, and the clock must keep moving then. ``finish()`` clears it.
final class SearchProgressLine: Sendable {
    private struct State {
        var latest = SearchProgress()
        var line = TerminalLine()
        var finished = false
    }
    private let enabled: Bool
    private let state = Mutex(State())
    private let started = ContinuousClock.now
    private let stop = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    /// Starts the redrawing thread when enabled (stderr a terminal, `--quiet` not given).
    init(enabled: Bool) {
        self.enabled = enabled
        guard enabled else { return }
        Thread.detachNewThread { [self] in
            while stop.wait(timeout: .now() + .milliseconds(250)) == .timedOut { draw() }
            state.withLock { $0.line.clear() }
            stopped.signal()
        }
    }

    /// What the search knows now; called from the solving thread.
    func record(_ progress: SearchProgress) {
        guard enabled else { return }
        state.withLock { $0.latest = progress }
    }

    /// Stops redrawing and removes the line, so what follows on the terminal starts clean.
    ///
    /// Safe to call more than once (before the report is printed, and again on the way out).
    func finish() {
        guard enabled,
            state.withLock({ state in
                defer { state.finished = true }; return !state.finished
            })
        else { return }
        stop.signal()
        stopped.wait()
    }

    private func draw() {
        let elapsed = started.duration(to: .now).seconds
        guard elapsed >= 1 else { return }
        state.withLock { state in state.line.show(Self.text(elapsed: elapsed, state.latest)) }
    }

    /// The line's words: `searching 3.2 s · best allocation 512.40 · bound 515.00 · gap 0.51%`.
    static func text(elapsed: Double, _ progress: SearchProgress) -> String {
        var parts = ["searching \(Formatting.fixed(elapsed, decimals: 1)) s"]
        if let incumbent = progress.incumbent {
            parts.append("best allocation \(Formatting.fixed(incumbent))")
        } else {
            parts.append(progress.bound == nil ? "solving the LP relaxation" : "no allocation yet")
        }
        if let bound = progress.bound { parts.append("bound \(Formatting.fixed(bound))") }
        if let gap = progress.gap { parts.append("gap \(Formatting.gapPercent(gap))") }
        return parts.joined(separator: " · ")
    }
}
