import AllotModel

/// Random small scenarios that use every feature of DESIGN.md §1–§2, valid by construction.
///
/// Small enough (≤ 5 mentors, caps ≤ 4) that ``BruteForce`` can enumerate every allocation.
public enum RandomScenario {
    /// A scenario in which many allocations tie on value but differ in cost: every slot is worth 1
    /// and interactions are dropped, so only the cheapest-among-optimal rule decides.
    public static func makeTieHeavy(seed: UInt64) -> Scenario {
        var scenario = make(seed: seed)
        scenario.interactions = []
        for index in scenario.mentors.indices {
            var mentor = scenario.mentors[index]
            mentor = Mentor(
                id: mentor.id, agenda: mentor.agenda, location: mentor.location, cap: mentor.cap, min: mentor.min,
                curve: .constant(1), costPerScholar: mentor.costPerScholar, fixedCost: mentor.fixedCost,
                lock: mentor.lock, exclude: mentor.exclude)
            scenario.mentors[index] = mentor
        }
        return scenario
    }

    /// A scenario where up to three mentors each have a twin with the same curve, agenda and
    /// location but another cost, so equally valuable allocations differ in cost.
    public static func makeTwins(seed: UInt64) -> Scenario {
        var scenario = make(seed: seed)
        var random = SeededGenerator(seed: seed ^ 0x5EED)
        scenario.mentors = Array(scenario.mentors.prefix(3))
        scenario.interactions = scenario.interactions.filter { interaction in
            scenario.mentors.contains { $0.id == interaction.first } && scenario.mentors.contains { $0.id == interaction.second }
        }
        for mentor in scenario.mentors {
            scenario.mentors.append(
                Mentor(
                    id: mentor.id + "-twin", agenda: mentor.agenda, location: mentor.location, cap: mentor.cap,
                    min: mentor.min, curve: mentor.curve,
                    costPerScholar: Double(Int.random(in: 1...5, using: &random) * 5000),
                    fixedCost: mentor.fixedCost, exclude: mentor.exclude))
        }
        return scenario
    }

    public static func make(seed: UInt64) -> Scenario {
        var random = SeededGenerator(seed: seed)
        let locationCount = Int.random(in: 0...2, using: &random)
        let locations = (0..<locationCount).map { index in
            Location(
                id: "loc\(index)", seats: random.chance(0.6) ? Int.random(in: 1...6, using: &random) : nil,
                extraPerScholar: random.chance(0.5) ? Double(Int.random(in: 0...3, using: &random) * 1000) : 0)
        }
        let agendaCount = Int.random(in: 1...3, using: &random)
        var agendas: [Agenda] = (0..<agendaCount).map { index in
            var agenda = Agenda(id: "agenda\(index)")
            if random.chance(0.3) { agenda.maxShare = Double(Int.random(in: 3...9, using: &random)) / 10 }
            if random.chance(0.2) { agenda.minShare = Double(Int.random(in: 1...3, using: &random)) / 10 }
            if agenda.minShare > agenda.maxShare { agenda.minShare = agenda.maxShare }
            if random.chance(0.15) { agenda.minScholars = Int.random(in: 1...2, using: &random) }
            if random.chance(0.2) { agenda.maxScholars = Int.random(in: agenda.minScholars...5, using: &random) }
            if random.chance(0.3) {
                var current = random.halfStep(-2...2)
                agenda.returns = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                    defer { current -= random.halfStep(0...2) }
                    return current
                }
            }
            return agenda
        }
        // Keep the share rules of DESIGN.md §1 valid.
        if agendas.reduce(0, { $0 + $1.minShare }) > 1 { for index in agendas.indices { agendas[index].minShare = 0 } }
        if agendas.allSatisfy({ $0.maxShare < 1 }), agendas.reduce(0, { $0 + $1.maxShare }) < 1 {
            agendas[0].maxShare = 1
        }
        let mentorCount = Int.random(in: 1...5, using: &random)
        let mentors = (0..<mentorCount).map { index in randomMentor(index, agendas, locations, &random) }
        var interactions: [Interaction] = []
        if mentorCount >= 2 {
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let pair = Array((0..<mentorCount).shuffled(using: &random).prefix(2)).sorted()
                let (first, second) = (mentors[pair[0]].id, mentors[pair[1]].id)
                if interactions.contains(where: { $0.first == first && $0.second == second }) { continue }
                interactions.append(Interaction(first, second, value: random.halfStep(-6...6)))
            }
        }
        var cohort = CohortLimits()
        if random.chance(0.2) { cohort.minScholars = Int.random(in: 1...4, using: &random) }
        if random.chance(0.25) { cohort.maxScholars = Int.random(in: cohort.minScholars...10, using: &random) }
        if random.chance(0.25) { cohort.maxMentors = Int.random(in: 1...4, using: &random) }
        let cost = CostModel(
            stipendPerMonth: Double([4000, 4800][Int.random(in: 0...1, using: &random)]), months: 2.5,
            perScholar: Double(Int.random(in: 0...2, using: &random) * 3000),
            perMentor: random.chance(0.2) ? Double(Int.random(in: 1...3, using: &random) * 5000) : 0)
        let budget = Double(Int.random(in: 0...12, using: &random)) * 15000
        return Scenario(
            name: "random \(seed)", budget: budget, cost: cost, cohort: cohort, locations: locations, agendas: agendas,
            mentors: mentors, interactions: interactions)
    }

    private static func randomMentor(
        _ index: Int, _ agendas: [Agenda], _ locations: [Location], _ random: inout SeededGenerator
    ) -> Mentor {
        let cap = Int.random(in: 0...4, using: &random)
        // Mostly diminishing curves; some rise (a slot that pays off through the next), some negative.
        var values: [Double] = []
        var current = random.halfStep(2...20)
        for _ in 0..<max(cap, 1) {
            values.append(current)
            current += random.chance(0.25) ? random.halfStep(0...8) : -random.halfStep(0...6)
        }
        let min = cap > 0 && random.chance(0.3) ? Int.random(in: 0...cap, using: &random) : 1
        var lock: Lock?
        if cap > 0 && random.chance(0.3) {
            switch Int.random(in: 0...2, using: &random) {
            case 0:
                let n = Int.random(in: 0...cap, using: &random)
                lock = n == 0 || n >= Swift.max(1, min) ? .exactly(n) : .exactly(0)
            case 1: lock = .atLeast(Int.random(in: 0...cap, using: &random))
            default: lock = .atMost(Int.random(in: 0...cap, using: &random))
            }
        }
        var exclude = random.chance(0.08)
        if exclude, let lock, lock.count > 0 {
            if case .atMost = lock {} else { exclude = false }
        }
        let curve: ValueCurve =
            switch Int.random(in: 0...5, using: &random) {
            case 0 where cap > 0: .geometric(first: random.halfStep(4...20), ratio: random.halfStep(0...3))
            case 1 where cap > 0: .linear(first: random.halfStep(0...20), last: random.halfStep(0...20))
            case 2 where cap > 0: .constant(random.halfStep(-2...10))
            default: .values(values)
            }
        return Mentor(
            id: "m\(index)", agenda: agendas[Int.random(in: 0..<agendas.count, using: &random)].id,
            location: locations.isEmpty || random.chance(0.3)
                ? nil : locations[Int.random(in: 0..<locations.count, using: &random)].id,
            cap: cap, min: cap == 0 ? 1 : min, curve: curve,
            costPerScholar: random.chance(0.15) ? Double(Int.random(in: 1...4, using: &random) * 6000) : nil,
            fixedCost: random.chance(0.15) ? Double(Int.random(in: 0...2, using: &random) * 6000) : nil, lock: lock,
            exclude: exclude)
    }
}
