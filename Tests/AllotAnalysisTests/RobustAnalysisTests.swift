import AllotAnalysis
import AllotModel
import GLPKBackend
import Testing

@Suite("robust analysis")
struct RobustAnalysisTests {
    /// Five mentors competing for a budget of 7 scholars, with curves of different shapes.
    static func scenario(uncertainty: Double) -> Scenario {
        Scenario(
            name: "robust", budget: 70_000, cost: CostModel(perScholar: 10_000),
            agendas: [Agenda(id: "interp", maxShare: 0.6), Agenda(id: "evals")],
            mentors: [
                Mentor(id: "ada", agenda: "interp", cap: 4, curve: .values([10, 9, 6, 3]), uncertainty: uncertainty),
                Mentor(id: "bo", agenda: "interp", cap: 3, curve: .geometric(first: 9, ratio: 0.8), uncertainty: uncertainty),
                Mentor(id: "cy", agenda: "evals", cap: 3, curve: .linear(first: 8, last: 4), uncertainty: uncertainty),
                Mentor(id: "di", agenda: "evals", cap: 2, min: 2, curve: .values([2, 12]), uncertainty: uncertainty),
                Mentor(id: "ed", agenda: "evals", cap: 2, curve: .constant(5), uncertainty: uncertainty),
            ],
            interactions: [Interaction("ada", "cy", value: 1.5)])
    }

    static func run(_ scenario: Scenario, samples: Int = 40, seed: UInt64 = 3, jobs: Int) throws -> RobustAnalysis {
        try RobustAnalysis.run(
            scenario, allocator: Allocator(backend: GLPKBackend()),
            options: RobustOptions(samples: samples, seed: seed, jobs: jobs),
            threadDidFinish: { GLPKBackend.releaseThreadResources() })
    }

    @Test("zero uncertainty reproduces the deterministic plan in every sample, with no regret")
    func zeroUncertainty() throws {
        let analysis = try Self.run(Self.scenario(uncertainty: 0), jobs: 2)
        let plan = try #require(analysis.deterministic.allocation)
        #expect(analysis.samples.count == 40)
        for sample in analysis.samples {
            #expect(sample.status == .optimal, "sample \(sample.index)")
            #expect(sample.allocation == plan, "sample \(sample.index)")
            #expect(sample.regret == 0, "sample \(sample.index)")
            #expect(sample.optimum == analysis.deterministic.audit?.objective, "sample \(sample.index)")
        }
        #expect(analysis.expectedRegret == 0)
        for mentor in analysis.mentors {
            #expect(mentor.counts == [mentor.planSlots: 40], "\(mentor.id)")
            #expect(mentor.contestedSlots.isEmpty, "\(mentor.id)")
            #expect(mentor.stableSlots == mentor.planSlots, "\(mentor.id)")
        }
    }

    @Test("uncertain values move the optimum in some samples, and the regret is never negative")
    func uncertainValues() throws {
        let analysis = try Self.run(Self.scenario(uncertainty: 0.5), jobs: 2)
        #expect(analysis.samples.allSatisfy { $0.status == .optimal })
        #expect(analysis.contestedSlots.count > 0)
        #expect(analysis.samples.allSatisfy { ($0.regret ?? -1) >= -1e-9 })
        #expect((analysis.expectedRegret ?? 0) > 0)
        for mentor in analysis.mentors { #expect(mentor.counts.values.reduce(0, +) == 40, "\(mentor.id)") }
    }

    @Test("samples solved on several threads equal those solved one at a time, index by index")
    func parallelEqualsSerial() throws {
        let scenario = Self.scenario(uncertainty: 0.4)
        let serial = try Self.run(scenario, samples: 60, jobs: 1)
        let parallel = try Self.run(scenario, samples: 60, jobs: 3)
        #expect(serial.samples.map(\.index) == Array(0..<60))
        #expect(parallel.samples.map(\.index) == serial.samples.map(\.index))
        #expect(parallel.samples.map(\.allocation) == serial.samples.map(\.allocation))
        #expect(parallel.samples.map(\.regret) == serial.samples.map(\.regret))
        #expect(parallel.mentors.map(\.counts) == serial.mentors.map(\.counts))
    }

    @Test("a sampled positive curve stays within [1 − u, 1 + u] of the original and keeps its order")
    func sampledValuesStayInRange() {
        let u = 0.3
        let scenario = Self.scenario(uncertainty: u)
        var factors: [Double] = []
        for index in 0..<500 {
            let sampled = ValueSampler.sample(scenario, index: index, seed: 11)
            for (original, mentor) in zip(scenario.mentors, sampled.mentors) {
                let factor = mentor.slotValues[0] / original.slotValues[0]
                factors.append(factor)
                for (value, before) in zip(mentor.slotValues, original.slotValues) {
                    #expect(
                        value >= (1 - u) * before - 1e-12 && value <= (1 + u) * before + 1e-12, "sample \(index) \(mentor.id)")
                    // One factor for the whole curve: every slot moves by the same ratio.
                    #expect(abs(value / before - factor) < 1e-12, "sample \(index) \(mentor.id)")
                }
                for k in mentor.slotValues.indices.dropFirst() {
                    let wasAbove = original.slotValues[k - 1] > original.slotValues[k]
                    #expect(
                        (mentor.slotValues[k - 1] > mentor.slotValues[k]) == wasAbove, "sample \(index) \(mentor.id) slot \(k)")
                }
            }
        }
        // The factors spread over the whole interval, not a corner of it.
        #expect((factors.min() ?? 1) < 1 - u * 0.9 && (factors.max() ?? 1) > 1 + u * 0.9)
        let mean = factors.reduce(0, +) / Double(factors.count)
        #expect(abs(mean - 1) < 0.02)
    }

    @Test("a mentor with uncertainty 0 keeps its values exactly; others' draws do not depend on file order")
    func certainMentorsAndOrder() {
        var scenario = Self.scenario(uncertainty: 0.2)
        scenario.mentors[2].uncertainty = 0
        var reordered = scenario
        reordered.mentors.reverse()
        for index in 0..<50 {
            let sampled = ValueSampler.sample(scenario, index: index, seed: 5)
            #expect(sampled.mentors[2].slotValues == scenario.mentors[2].slotValues)
            let other = ValueSampler.sample(reordered, index: index, seed: 5)
            for mentor in sampled.mentors {
                #expect(other.mentor(id: mentor.id)?.slotValues == mentor.slotValues, "sample \(index) \(mentor.id)")
            }
        }
    }

    @Test("a negative slot value stays negative, scaled by its mentor's factor")
    func negativeValues() {
        let scenario = Scenario(
            name: "negative", budget: 100, agendas: [Agenda(id: "a")],
            mentors: [Mentor(id: "m", agenda: "a", cap: 3, curve: .values([-1, 6, 2]), uncertainty: 1)])
        for index in 0..<200 {
            let values = ValueSampler.sample(scenario, index: index, seed: 2).mentors[0].slotValues
            #expect(values[0] <= 0 && values[0] >= -2, "sample \(index)")
            #expect(abs(values[1] + 6 * values[0]) < 1e-12, "sample \(index)")
        }
    }

    @Test("the seed, and only the seed and index, fix a sample")
    func seeds() {
        let scenario = Self.scenario(uncertainty: 0.2)
        #expect(ValueSampler.sample(scenario, index: 4, seed: 9) == ValueSampler.sample(scenario, index: 4, seed: 9))
        #expect(ValueSampler.sample(scenario, index: 4, seed: 9) != ValueSampler.sample(scenario, index: 5, seed: 9))
        #expect(ValueSampler.sample(scenario, index: 4, seed: 9) != ValueSampler.sample(scenario, index: 4, seed: 10))
    }
}
