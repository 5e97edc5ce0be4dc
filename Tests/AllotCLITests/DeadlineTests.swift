import AllotTestSupport
import Foundation
import Testing

/// `--time-limit` is the whole command's deadline and a signal stops everything, at any size:
/// inside GLPK's simplex, between an explanation's re-solves, between robust samples.
@Suite("deadlines and signals hold")
struct DeadlineTests {
    @Test("Ctrl-C during a 2,000-mentor solve stops it at once, with the allocation found so far")
    func signalInsideSimplex() throws {
        let file = try generatedScenario(mentors: 2000)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        // --verbose prints "scenario …" once the file is loaded; a second later the relaxation is running.
        let outcome = try WatchedProcess.run(
            ["solve", file.path, "--verbose", "--ladder", "0"], signal: SIGINT, after: "scenario ", delay: 1,
            killAfter: 120)
        #expect(outcome.status == 130, "\(outcome.stderr.suffix(400))")
        // About 0.5 s alone on this machine (a debug build's report of 2,000 mentors); the margin is
        // for a loaded CI machine. Left running, the search goes on for half a minute.
        #expect((outcome.secondsAfterSignal ?? 99) < 5, "stopped \(outcome.secondsAfterSignal ?? 0) s after the signal")
        #expect(outcome.stdout.contains("status: interrupted"))
        #expect(outcome.stderr.contains("interrupted: the results above are what finished before the signal"))
    }

    @Test("a sweep starts no level past the deadline: those levels are no_solution")
    func sweepPastDeadline() throws {
        let file = try generatedScenario(mentors: 2000)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        // 41 levels; the first solve alone takes longer than the limit, so 40 start past it.
        let outcome = try WatchedProcess.run(
            ["sweep", file.path, "--budget", "60000000:80000000:500000", "--time-limit", "4", "--format", "csv"],
            killAfter: 120)
        #expect(outcome.status == 0, "\(outcome.stderr.suffix(400))")
        // CSV rows end in CRLF, one Character in Swift.
        let rows = outcome.stdout.split(whereSeparator: \.isNewline)
        #expect(rows.count == 42)
        #expect(rows.last?.contains(",no_solution,") == true, "\(rows.last ?? "")")
        // Solved quickly anyway, each level past the deadline cost a greedy pass, a model and a bound.
        #expect(outcome.seconds < 4 + 3, "took \(outcome.seconds) s with --time-limit 4")
    }

    @Test("an abort (GLPK's failed internal check) ends in exit 70 with what to do, not a bare SIGABRT")
    func abortIsInternalError() throws {
        let file = try generatedScenario(mentors: 2000)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let output = file.deletingLastPathComponent().appendingPathComponent("plan.json").path
        let outcome = try WatchedProcess.run(
            ["solve", file.path, "--verbose", "--output", output], signal: SIGABRT, after: "scenario ", delay: 0.5,
            killAfter: 120)
        #expect(outcome.status == 70, "\(outcome.stderr.suffix(300))")
        #expect(outcome.stderr.hasSuffix("nothing was written; please report this scenario\n"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("explain stops its re-solves at the deadline and says so")
    func explainHonoursDeadline() throws {
        // In full, explaining 120 mentors takes minutes (two or three re-solves each).
        let outcome = try WatchedProcess.run(
            ["explain", "valid/program-120.yaml", "--time-limit", "1", "--format", "json"], in: fixtures,
            killAfter: 60)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.seconds < 2.5, "took \(outcome.seconds) s with --time-limit 1")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(object["stopped_early"] as? Bool == true)
        let table = try WatchedProcess.run(
            ["explain", "valid/program-120.yaml", "--time-limit", "1"], in: fixtures, killAfter: 60)
        #expect(table.stdout.contains("note: the time limit (or an interrupt) stopped the re-solves part way"))
    }

    @Test("a signalled robust run starts no new sample and reports the finished ones", arguments: [SIGINT, SIGTERM])
    func signalledRobust(signal: Int32) throws {
        let outcome = try WatchedProcess.run(
            [
                "robust", "valid/program-120.yaml", "--samples", "100000", "--jobs", "2", "--uncertainty", "0.2",
                "--verbose",
            ],
            // --verbose logs every solve: by the eighth, samples have finished.
            in: fixtures, signal: signal, after: "solve 8:", delay: 0.2, killAfter: 60)
        #expect(outcome.status == 128 + signal, "\(outcome.stderr.suffix(400))")
        #expect((outcome.secondsAfterSignal ?? 99) < 3, "stopped \(outcome.secondsAfterSignal ?? 0) s after the signal")
        let header = try #require(outcome.stdout.split(separator: "\n").first { $0.hasPrefix("interrupted: ") })
        let finished = try #require(Int(header.dropFirst("interrupted: ".count).prefix { $0.isNumber }))
        #expect(finished >= 1 && finished < 100_000, "\(header)")
        #expect(header.contains(" of 100000 samples finished, seed 1"))
        #expect(outcome.stdout.contains("samples: \(finished) optimal"), "\(outcome.stdout.prefix(600))")
    }

    @Test("--jobs is capped at the samples and four threads per processor, and says so")
    func jobsCapped() throws {
        let processors = ProcessInfo.processInfo.activeProcessorCount
        let many = try AllotProcess.run(
            ["robust", "valid/program-120.yaml", "--samples", "100", "--jobs", "100000", "--time-limit", "3"], in: fixtures)
        let cap = min(100, 4 * processors)
        #expect(many.stderr.contains("note: --jobs 100000 capped at \(cap) (at most one thread per sample"), "\(many.stderr)")
        let few = try AllotProcess.run(["robust", "valid/program-120.yaml", "--samples", "3", "--jobs", "50"], in: fixtures)
        #expect(few.status == 0)
        #expect(few.stderr.contains("capped at 3"), "\(few.stderr)")
        #expect(few.stderr.contains("on 3 threads"), "\(few.stderr)")
    }
}
