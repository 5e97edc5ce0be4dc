import Foundation
import GLPKBackend

#if canImport(Glibc)
    import Glibc
#endif

/// Turns Ctrl-C (SIGINT) and SIGTERM into a clean stop.
///
/// The search stops at GLPK's next callback instead of the process dying, so a command can
/// report what finished, write no partial file, and exit 130 or 143. A second signal kills at
/// once (the default action is restored after the first).
enum Interrupts {
    static func install() {
        // A blocked signal stays pending forever, and the mask is inherited from whatever started
        // us (a test runner, a job system): unblock the two we handle.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        sigaddset(&mask, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        for number in [SIGINT, SIGTERM] {
            signal(number) { received in
                SolveInterruption.request(signal: received)
                signal(received, SIG_DFL)
            }
        }
    }
}
