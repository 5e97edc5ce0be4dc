import AllotTestSupport
import Foundation
import Testing

/// `--time-limit` bounds the whole command, and a stopped search still answers with its gap.
///
/// `slow-subset-sum.yaml` is a subset sum in disguise (every slot worth its cost, even costs, an
/// odd budget): the LP bound is never reached, so GLPK cannot prove the optimum in any time a
/// test waits. The margins are generous (debug builds, a loaded CI machine); the benchmark holds
/// the exact figures.
@Suite("time limits")
struct TimeLimitTests {
    static let limit = 2.0
    static let margin = 3.0

    /// Runs allot and returns its result with the wall time in seconds.
    private func timed(_ arguments: [String]) throws -> (AllotProcess.Result, Double) {
        let start = ContinuousClock.now
        let result = try AllotProcess.run(arguments, in: fixtures)
        let elapsed = start.duration(to: .now)
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// `allot solve` of the slow fixture with the limit and JSON output: exit 0 within the limit
    /// plus the margin, and the JSON document.
    private func solveSlow(_ extra: [String]) throws -> [String: Any] {
        let (result, seconds) = try timed(
            ["solve", "valid/slow-subset-sum.yaml", "--time-limit", "\(Self.limit)", "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(seconds < Self.limit + Self.margin, "took \(seconds) s")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("a time-limited solve returns a feasible allocation, the best bound and the gap, within the limit")
    func solveStopsWithGap() throws {
        let object = try solveSlow([])
        #expect(object["status"] as? String == "feasible")
        let gap = try #require(object["gap"] as? Double)
        let bound = try #require(object["best_bound"] as? Double)
        let objective = try #require(object["objective"] as? Double)
        #expect(gap > 0 && gap < 0.01)
        #expect(bound > objective)
        #expect(abs((bound - objective) / objective - gap) < 1e-9)
        #expect(object["tie_break"] as? String == "skipped_not_proven")
        #expect((object["status_text"] as? String)?.contains("the best bound is") == true)
    }

    @Test("the limit is for the whole command, not for each solve: three sweep levels share it")
    func sweepSharesOneDeadline() throws {
        let (result, seconds) = try timed([
            "sweep", "valid/slow-subset-sum.yaml", "--budget", "13000001,13541311,14000001", "--time-limit",
            "\(Self.limit)",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(seconds < Self.limit + Self.margin, "took \(seconds) s")
        #expect(result.stdout.contains("feasible"))
    }

    /// GLPK counts a binary within 1e-5 of 1 as whole; at this budget its answer, rounded,
    /// overspent by 3 and allot stopped with an internal error (exit 70) instead of answering.
    @Test("an answer whose binaries are only nearly whole is solved again strictly, never refused")
    func nearlyWholeBinaries() throws {
        let object = try solveSlow(["--set", "budget=12677671", "--ladder", "0"])
        let spent = try #require(object["spent"] as? Double)
        #expect(spent <= 12_677_671)
    }

    @Test("robust stops solving samples at the deadline and leaves the unsolved ones out of the shares")
    func robustStopsAtDeadline() throws {
        let (result, seconds) = try timed([
            "robust", "../../../Scenarios/summer-cohort.yaml", "--samples", "100000", "--time-limit", "1", "--jobs", "1",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(seconds < 1 + Self.margin, "took \(seconds) s")
        #expect(result.stdout.contains(" no_solution, "))
        #expect(result.stdout.contains("samples without an allocation left out of the shares"))
    }

    @Test("a value target still answers when the first solve used the whole limit: the optimum found reaches it")
    func targetValueAfterDeadline() throws {
        let object = try solveSlow(["--target-value", "99%"])
        #expect(object["status"] as? String == "feasible")
        let target = try #require(object["target_value"] as? Double)
        let objective = try #require(object["objective"] as? Double)
        #expect(objective >= target)
    }
}
