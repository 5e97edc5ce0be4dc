import AllotModel
import Foundation
import LinearProgramming
import Synchronization

/// How a robust analysis samples and solves.
public struct RobustOptions: Sendable {
    /// How many sampled scenarios to solve, ≥ 1.
    public var samples: Int
    /// Fixes every sample: the same seed gives the same samples and the same report.
    public var seed: UInt64
    /// Threads that solve samples concurrently, ≥ 1 (1: on the calling thread).
    public var jobs: Int
    /// Limits for each solve (the deterministic one and every sample).
    public var solve: SolveOptions

    public init(samples: Int, seed: UInt64 = 1, jobs: Int = 1, solve: SolveOptions = SolveOptions()) {
        self.samples = samples
        self.seed = seed
        self.jobs = jobs
        self.solve = solve
    }
}

/// One sampled scenario, solved.
public struct RobustSample: Sendable {
    /// Position of the sample, 0 ..< samples; with the seed it determines the sampled values.
    public let index: Int
    public let status: Termination
    /// The optimum under the sampled values (the best found when not proven optimal).
    public let allocation: Allocation?
    /// Value of ``allocation`` under the sampled values.
    public let optimum: Double?
    /// Value of the deterministic plan under the sampled values.
    public let planValue: Double?
    public let seconds: Double

    /// What the deterministic plan leaves on the table under this sample (≥ 0 when proven optimal).
    public var regret: Double? {
        guard let optimum, let planValue else { return nil }
        return optimum - planValue
    }
}

/// How one mentor fares across the samples that have an allocation.
public struct MentorRobustness: Sendable {
    public let id: String
    public let name: String?
    public let cap: Int
    public let uncertainty: Double
    /// Slots in the deterministic plan.
    public let planSlots: Int
    /// Number of samples per slot count, for the counts that occur.
    public let counts: [Int: Int]
    /// Samples with an allocation (the denominator of every share).
    public let samples: Int

    /// Share of samples in which the mentor gets `count` scholars exactly.
    public func share(of count: Int) -> Double { samples == 0 ? 0 : Double(counts[count] ?? 0) / Double(samples) }

    /// Share of samples in which the mentor's slot number `slot` is funded (count ≥ slot).
    public func share(reaching slot: Int) -> Double {
        samples == 0 ? 0 : Double(samples(reaching: slot)) / Double(samples)
    }

    /// Number of samples in which the mentor gets at least `slot` scholars.
    public func samples(reaching slot: Int) -> Int { counts.filter { $0.key >= slot }.values.reduce(0, +) }

    /// Share of samples in which the mentor is funded at all.
    public var fundedShare: Double { share(reaching: 1) }

    /// The slots reached in at least ``RobustAnalysis/stableShare`` of samples (0 when the
    /// mentor is not in the stable core).
    public var stableSlots: Int {
        guard samples > 0 else { return 0 }
        return (0...cap).last { RobustAnalysis.isStable(samples(reaching: $0), of: samples) } ?? 0
    }

    /// Slots funded in some samples but fewer than ``RobustAnalysis/stableShare`` of them, ascending.
    public var contestedSlots: [Int] {
        guard cap > 0 else { return [] }
        return (1...cap).filter {
            let reached = samples(reaching: $0)
            return reached > 0 && !RobustAnalysis.isStable(reached, of: samples)
        }
    }
}

/// DESIGN.md §3 `robust`: samples the mentors' values within their uncertainty, re-solves each
/// sample, and reports how often each mentor gets each slot count.
///
/// Values are sampled by ``ValueSampler`` (one uniform factor in `[1 − u, 1 + u]` per mentor
/// and sample, applied to the whole curve). Samples are solved on ``RobustOptions/jobs``
/// threads; each sample depends only on `(seed, index)` and results are kept by index, so the
/// analysis is the same whatever the number of threads or the order in which samples finish.
public struct RobustAnalysis: Sendable {
    /// A mentor (or slot) is stable when it is funded in at least this share of samples.
    public static let stableShare = 0.95

    public let scenario: Scenario
    public let options: RobustOptions
    /// The plan solved with the values as written.
    public let deterministic: AllocationResult
    /// Every sample solved, ascending by index (empty when the deterministic solve found no allocation).
    ///
    /// Fewer than ``RobustOptions/samples`` when the run was interrupted: a sample whose solve
    /// the interrupt stopped is not finished and is left out.
    public let samples: [RobustSample]
    /// True when a stop was requested (an interrupt) before every sample was solved.
    public let wasInterrupted: Bool
    /// One entry per mentor, ascending by id.
    public let mentors: [MentorRobustness]
    /// Value per unit of money at the deterministic plan's margin (``MarginalValue``), to say regret in money.
    public var marginPerMoney: Double?

    /// Whether `reached` samples out of `total` make a stable share (exact integer comparison).
    public static func isStable(_ reached: Int, of total: Int) -> Bool { total > 0 && reached * 100 >= 95 * total }

    /// Samples that produced an allocation (optimal or feasible); shares and regret are over these.
    public var samplesWithAllocation: [RobustSample] { samples.filter { $0.allocation != nil } }

    /// Number of samples per status, in the order of ``Termination``'s cases as they occur.
    public var statusCounts: [(status: Termination, count: Int)] {
        var order: [Termination] = []
        var counts: [Termination: Int] = [:]
        for sample in samples {
            if counts[sample.status] == nil { order.append(sample.status) }
            counts[sample.status, default: 0] += 1
        }
        return order.sorted { $0.rawValue < $1.rawValue }.map { ($0, counts[$0] ?? 0) }
    }

    /// Mean over samples with an allocation of (sample optimum − deterministic plan's value under the sample).
    public var expectedRegret: Double? { mean(samplesWithAllocation.compactMap(\.regret)) }
    /// The largest regret over the samples.
    public var worstRegret: Double? { samplesWithAllocation.compactMap(\.regret).max() }
    /// Mean of the samples' optima.
    public var meanOptimum: Double? { mean(samplesWithAllocation.compactMap(\.optimum)) }

    /// Mentors funded in at least 95% of samples, with the slot count reached in at least 95%.
    public var stableCore: [(id: String, slots: Int)] {
        mentors.filter { $0.stableSlots > 0 }.map { ($0.id, $0.stableSlots) }
    }

    /// Slots funded in some but fewer than 95% of samples, by mentor id then slot.
    public var contestedSlots: [(id: String, slot: Int, share: Double)] {
        mentors.flatMap { mentor in mentor.contestedSlots.map { (mentor.id, $0, mentor.share(reaching: $0)) } }
    }

    /// Total seconds spent solving samples (summed over threads).
    public var solveSeconds: Double { samples.reduce(deterministic.seconds) { $0 + $1.seconds } }

    private func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// Solves the scenario as written, then every sample.
    ///
    /// - Parameters:
    ///   - progress: called with the number of samples finished so far, from the solving threads.
    ///   - threadDidFinish: called at the end of each worker thread this function creates (to
    ///     release a solver's per-thread resources); not called on the calling thread.
    ///   - stopRequested: polled before each sample; once it returns true no new sample starts,
    ///     and the analysis covers the samples that finished.
    public static func run(
        _ scenario: Scenario, allocator: Allocator, options: RobustOptions,
        progress: @escaping @Sendable (Int) -> Void = { _ in },
        threadDidFinish: @escaping @Sendable () -> Void = {},
        stopRequested: @escaping @Sendable () -> Bool = { false }
    ) throws -> RobustAnalysis {
        let deterministic = try allocator.solveNamingConflicts(Formulation(scenario: scenario), options: options.solve)
        var samples: [RobustSample] = []
        if let plan = deterministic.allocation, deterministic.status != .interrupted, !stopRequested() {
            let solveOne: @Sendable (Int) throws -> RobustSample = { index in
                // Past the command's deadline a sample would be the quick allocation, not its
                // optimum: it is counted as unsolved and left out of the shares and the regret.
                if options.solve.isPastDeadline {
                    return RobustSample(
                        index: index, status: .noSolution, allocation: nil, optimum: nil, planValue: nil, seconds: 0)
                }
                let sampled = ValueSampler.sample(scenario, index: index, seed: options.seed)
                let result = try allocator.solve(sampled, options: options.solve)
                return RobustSample(
                    index: index, status: result.status, allocation: result.allocation,
                    optimum: result.audit?.objective, planValue: AllocationAudit(scenario: sampled, allocation: plan).objective,
                    seconds: result.seconds)
            }
            samples = try solveAll(
                count: options.samples, jobs: options.jobs, solveOne: solveOne, progress: progress,
                threadDidFinish: threadDidFinish, stopRequested: stopRequested
            ).filter { $0.status != .interrupted }
        }
        let interrupted = stopRequested() || deterministic.status == .interrupted
        var analysis = RobustAnalysis(
            scenario: scenario, options: options, deterministic: deterministic, samples: samples,
            wasInterrupted: interrupted)
        // Its re-solves would be stopped at once and say nothing.
        if !interrupted {
            analysis.marginPerMoney = try MarginalValue.perMoney(
                scenario, base: deterministic, allocator: allocator, options: options.solve)
        }
        return analysis
    }

    init(
        scenario: Scenario, options: RobustOptions, deterministic: AllocationResult, samples: [RobustSample],
        wasInterrupted: Bool = false
    ) {
        self.scenario = scenario
        self.options = options
        self.deterministic = deterministic
        self.wasInterrupted = wasInterrupted
        self.samples = samples.sorted { $0.index < $1.index }
        let solved = self.samples.compactMap(\.allocation)
        mentors = scenario.mentors.sorted { $0.id < $1.id }.map { mentor in
            var counts: [Int: Int] = [:]
            for allocation in solved { counts[allocation[mentor.id], default: 0] += 1 }
            return MentorRobustness(
                id: mentor.id, name: mentor.name, cap: mentor.cap, uncertainty: mentor.uncertainty,
                planSlots: deterministic.allocation?[mentor.id] ?? 0, counts: counts, samples: solved.count)
        }
    }

    /// Solves samples `0 ..< count`, on the calling thread when `jobs` is 1, else on `jobs` new threads.
    ///
    /// Threads take the next unsolved index from a shared counter; results are stored by index.
    /// After an error no new sample is started, and the error of the lowest index is thrown;
    /// once `stopRequested` returns true neither is one, and the samples solved so far are returned.
    static func solveAll(
        count: Int, jobs: Int, solveOne: @escaping @Sendable (Int) throws -> RobustSample,
        progress: @escaping @Sendable (Int) -> Void, threadDidFinish: @escaping @Sendable () -> Void,
        stopRequested: @escaping @Sendable () -> Bool = { false }
    ) throws -> [RobustSample] {
        let threads = max(1, min(jobs, count))
        if threads == 1 {
            var results: [RobustSample] = []
            for index in 0..<count {
                if stopRequested() { break }
                results.append(try solveOne(index))
                progress(index + 1)
            }
            return results
        }
        let state = SharedProgress(count: count, stopRequested: stopRequested)
        let finished = DispatchGroup()
        for _ in 0..<threads {
            finished.enter()
            let thread = Thread {
                while let index = state.claim() {
                    let outcome = Result { try solveOne(index) }
                    progress(state.store(outcome, at: index))
                }
                threadDidFinish()
                finished.leave()
            }
            // GLPK's branch-and-bound recurses; give workers the stack a main thread would have.
            thread.stackSize = 8 << 20
            thread.start()
        }
        finished.wait()
        return try state.results()
    }
}

/// The work queue and results shared by the solving threads.
private final class SharedProgress: Sendable {
    private struct State {
        var next = 0
        var done = 0
        var results: [Int: Result<RobustSample, any Error>] = [:]
        var failed = false
    }
    private let count: Int
    private let stopRequested: @Sendable () -> Bool
    private let state = Mutex(State())

    init(count: Int, stopRequested: @escaping @Sendable () -> Bool) {
        self.count = count
        self.stopRequested = stopRequested
    }

    /// The next index to solve, or nil when every index is taken, a sample failed or a stop was requested.
    func claim() -> Int? {
        if stopRequested() { return nil }
        return state.withLock { state in
            guard state.next < count, !state.failed else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    /// Records a result; returns how many samples are finished.
    func store(_ outcome: Result<RobustSample, any Error>, at index: Int) -> Int {
        state.withLock { state in
            state.results[index] = outcome
            if case .failure = outcome { state.failed = true }
            state.done += 1
            return state.done
        }
    }

    /// Every result by index, or the error of the lowest failed index.
    func results() throws -> [RobustSample] {
        let results = state.withLock { $0.results }
        return try results.sorted { $0.key < $1.key }.map { try $0.value.get() }
    }
}
