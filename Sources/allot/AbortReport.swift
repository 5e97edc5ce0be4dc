#if canImport(Glibc)
    import Glibc
#endif

/// Turns an abort into exit 70 with a message that says what to do.
///
/// GLPK calls `abort()` when one of its internal checks fails (seen once: `teta_lim >= 0.0` in
/// its primal simplex, on badly scaled data). Validation keeps every input GLPK rejects out, and
/// the magnitudes bounded, but an internal check of the solver cannot be ruled out by input
/// checks alone; the process then ends with the documented "internal error" status instead of a
/// bare SIGABRT (134). GLPK's own last words go to stderr first (``GLPKTerminal``).
enum AbortReport {
    static func install() {
        _ = message.count  // built now: the handler may not allocate
        // abort() unblocks SIGABRT itself, but a SIGABRT sent from outside would stay pending under
        // a mask inherited from whatever started us (a test runner, a job system).
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGABRT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        signal(SIGABRT) { _ in
            AbortReport.message.withUnsafeBufferPointer { _ = write(2, $0.baseAddress, $0.count) }
            _exit(70)
        }
    }

    static let message = Array(
        ("internal error: the solver stopped on a failed internal check (its words, if any, are above); "
            + "nothing was written; please report this scenario\n").utf8)
}
