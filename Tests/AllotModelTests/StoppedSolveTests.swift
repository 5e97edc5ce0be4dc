import AllotModel
import AllotTestSupport
import Foundation
import GLPKBackend
import Synchronization
import Testing

/// A stop request reaches GLPK's simplex, which has no callback of its own.
@Suite("stopping inside the simplex")
struct StoppedSolveTests {
    @Test("a stop requested during a long LP relaxation ends the solve within a slice")
    func stopDuringRelaxation() throws {
        let file = try generatedScenario(mentors: 2000)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let scenario = try ScenarioLoader.load(file: file.path).scenario
        let formulation = Formulation(scenario: scenario)
        // Without the greedy start the relaxation begins at GLPK's own basis: about ten thousand
        // simplex iterations, seconds, before branch-and-cut's first callback.
        let stopAt = Mutex<ContinuousClock.Instant?>(nil)
        let backend = GLPKBackend(stopRequested: { stopAt.withLock { $0.map { .now >= $0 } ?? false } })
        stopAt.withLock { $0 = .now + .milliseconds(300) }
        let result = try Allocator(backend: backend, startsFromGreedy: false).solve(formulation)
        let late = try #require(stopAt.withLock { $0 }).duration(to: .now)
        #expect(result.status == .interrupted)
        #expect(late < .seconds(1), "the solve ended \(late) after the stop was requested")
    }
}
