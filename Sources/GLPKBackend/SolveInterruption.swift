import Synchronization

/// A process-wide request to stop solving, set by the CLI's signal handler.
///
/// Searches poll it at every branch-and-cut callback and stop with ``Termination/interrupted``;
/// sweeps and other loops stop starting new solves. Lock-free, so a signal handler may set it.
public enum SolveInterruption {
    private static let received = Atomic<Int32>(0)

    public static var isRequested: Bool { received.load(ordering: .relaxed) != 0 }

    /// The signal that asked for the stop (SIGINT 2, SIGTERM 15), or 0.
    public static var signal: Int32 { received.load(ordering: .relaxed) }

    public static func request(signal: Int32 = 2) { received.store(signal, ordering: .relaxed) }
}
