import Synchronization

/// A process-wide request to stop solving (set by a signal handler in the CLI).
///
/// Searches poll it at every branch-and-cut callback and stop with ``Termination/interrupted``.
public enum SolveInterruption {
    private static let flag = Atomic<Bool>(false)

    public static var isRequested: Bool { flag.load(ordering: .relaxed) }

    public static func request() { flag.store(true, ordering: .relaxed) }

    public static func reset() { flag.store(false, ordering: .relaxed) }
}
