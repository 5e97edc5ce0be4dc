/// A quick allocation that satisfies the scenario, found greedily: the solver's first incumbent
/// and the vertex its LP relaxation starts from.
///
/// Never an answer by itself (the solver improves on it and proves the optimum), so it may be
/// poor or missing without harm. It has to be cheap and usually close to the optimum: GLPK's
/// simplex needs about one iteration for every variable in which its starting vertex differs
/// from the optimum, which from an empty allocation is tens of thousands at field scale.
///
/// Steps (the first `lowestFunded` slots of an unfunded mentor, or further slots of a funded
/// one) are taken in order of value per unit of scarce capacity: money, scholar places, mentor
/// places, seats and agenda places, each weighed only when mentors could ask for more of it than
/// the scenario has. Locks and agenda minimums are met first, min shares are kept as steps are
/// taken, and the cohort minimum is met last. The result is checked by ``AllocationAudit`` and
/// dropped when it breaks anything.
public struct GreedyAllocation {
    private struct Entry {
        let id: String
        let limits: SlotLimits
        let values: [Double]
        let cost: Double
        let fixed: Double
        let agenda: Int
        let location: Int?
        var count = 0
    }

    private struct Step {
        let mentor: Int
        let target: Int
        let efficiency: Double
    }

    /// How far past its current count a mentor's step may reach, so that a rising curve's later,
    /// better slots are seen without making every evaluation as long as the cap.
    private static let lookahead = 32

    private let scenario: Scenario
    private var entries: [Entry] = []
    private var membersOfAgenda: [[Int]]
    private var agendaCount: [Int]
    private var locationCount: [Int]
    private var partners: [[(mentor: Int, value: Double)]]
    private var scholars = 0
    private var funded = 0
    private var spent = 0.0
    // Weight of one unit of each capacity; zero where the capacity cannot run short.
    private var moneyWeight = 0.0
    private var scholarWeight = 0.0
    private var mentorWeight = 0.0
    private var seatWeight: [Double]
    private var agendaWeight: [Double]

    /// A feasible allocation, or nil when the greedy steps could not satisfy every constraint.
    ///
    /// A capacity that could run short may still end with room to spare (money, when the cohort
    /// maximum binds first); weighing it then misorders the steps. So the greedy runs again
    /// without the weights of capacities the previous run left unused, and the best run is kept.
    public static func allocate(_ scenario: Scenario) -> Allocation? {
        var weighed = GreedyAllocation(scenario)
        var best: (allocation: Allocation, value: Double)?
        for _ in 0..<3 {
            var greedy = weighed
            guard let allocation = greedy.run() else { break }
            let audit = AllocationAudit(scenario: scenario, allocation: allocation)
            if audit.isFeasible, best.map({ audit.objective > $0.value }) ?? true {
                best = (allocation, audit.objective)
            }
            guard weighed.dropWeights(unusedBy: greedy) else { break }
        }
        return best?.allocation
    }

    private mutating func run() -> Allocation? {
        guard meetRequirements() else { return nil }
        takeProfitableSteps()
        guard meetCohortMinimum() else { return nil }
        return Allocation(
            slots: Dictionary(
                entries.filter { $0.count > 0 }.map { ($0.id, $0.count) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Zeroes the weight of every capacity `finished` left room in; true when any weight changed.
    private mutating func dropWeights(unusedBy finished: GreedyAllocation) -> Bool {
        var changed = false
        func drop(_ weight: inout Double, when roomy: Bool) {
            if weight > 0 && roomy {
                weight = 0
                changed = true
            }
        }
        let dearest = entries.map(\.cost).max() ?? 0
        drop(&moneyWeight, when: scenario.budget - finished.spent >= dearest)
        drop(&scholarWeight, when: (scenario.cohort.maxScholars ?? .max) - finished.scholars >= 1)
        drop(&mentorWeight, when: (scenario.cohort.maxMentors ?? .max) - finished.funded >= 1)
        for (index, location) in scenario.locations.enumerated() {
            drop(&seatWeight[index], when: (location.seats ?? .max) - finished.locationCount[index] >= 1)
        }
        for (index, agenda) in scenario.agendas.enumerated() {
            drop(&agendaWeight[index], when: (agenda.maxScholars ?? .max) - finished.agendaCount[index] >= 1)
        }
        return changed
    }

    private init(_ scenario: Scenario) {
        self.scenario = scenario
        let agendaIndex = Dictionary(
            scenario.agendas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let locationIndex = Dictionary(
            scenario.locations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        membersOfAgenda = Array(repeating: [], count: scenario.agendas.count)
        agendaCount = Array(repeating: 0, count: scenario.agendas.count)
        locationCount = Array(repeating: 0, count: scenario.locations.count)
        for mentor in scenario.mentors.sorted(by: { $0.id < $1.id }) {
            let limits = mentor.slotLimits
            guard limits.canBeFunded, let agenda = agendaIndex[mentor.agenda] else { continue }
            membersOfAgenda[agenda].append(entries.count)
            entries.append(
                Entry(
                    id: mentor.id, limits: limits, values: mentor.slotValues, cost: scenario.costPerScholar(of: mentor),
                    fixed: scenario.fixedCost(of: mentor), agenda: agenda,
                    location: mentor.location.flatMap { locationIndex[$0] }))
        }
        let entryIndex = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        partners = Array(repeating: [], count: entries.count)
        for interaction in scenario.interactions {
            guard let first = entryIndex[interaction.first], let second = entryIndex[interaction.second] else { continue }
            partners[first].append((second, interaction.value))
            partners[second].append((first, interaction.value))
        }
        seatWeight = Array(repeating: 0, count: scenario.locations.count)
        agendaWeight = Array(repeating: 0, count: scenario.agendas.count)
        weighScarceCapacities()
    }

    private mutating func weighScarceCapacities() {
        func weight(demand: Double, capacity: Double?) -> Double {
            guard let capacity, demand > capacity else { return 0 }
            return 1 / max(capacity, 1)
        }
        let most = entries.map { Double($0.limits.highest) }
        moneyWeight = weight(
            demand: zip(entries, most).reduce(0) { $0 + $1.0.fixed + $1.0.cost * $1.1 }, capacity: scenario.budget)
        scholarWeight = weight(demand: most.reduce(0, +), capacity: scenario.cohort.maxScholars.map(Double.init))
        mentorWeight = weight(demand: Double(entries.count), capacity: scenario.cohort.maxMentors.map(Double.init))
        for (index, location) in scenario.locations.enumerated() {
            let demand = zip(entries, most).filter { $0.0.location == index }.reduce(0) { $0 + $1.1 }
            seatWeight[index] = weight(demand: demand, capacity: location.seats.map(Double.init))
        }
        for (index, agenda) in scenario.agendas.enumerated() {
            let demand = membersOfAgenda[index].reduce(0) { $0 + most[$1] }
            agendaWeight[index] = weight(demand: demand, capacity: agenda.maxScholars.map(Double.init))
        }
    }

    // MARK: - Steps

    /// Value gained by moving a mentor to `target` scholars: slots, agenda returns, interactions.
    private func gain(_ mentor: Int, to target: Int) -> Double {
        let entry = entries[mentor]
        var value = entry.values[entry.count..<target].reduce(0, +)
        let agenda = scenario.agendas[entry.agenda]
        let before = agendaCount[entry.agenda]
        if !agenda.returns.isEmpty, target > entry.count {
            for position in (before + 1)...(before + target - entry.count) { value += agenda.returnOfScholar(position) }
        }
        if entry.count == 0 {
            for partner in partners[mentor] where entries[partner.mentor].count > 0 { value += partner.value }
        }
        return value
    }

    private func efficiency(_ mentor: Int, to target: Int) -> Double {
        let entry = entries[mentor]
        let added = Double(target - entry.count)
        let opening = entry.count == 0
        let cost = added * entry.cost + (opening ? entry.fixed : 0)
        var weight = cost * moneyWeight + added * (scholarWeight + agendaWeight[entry.agenda])
        if let location = entry.location { weight += added * seatWeight[location] }
        if opening { weight += mentorWeight }
        return gain(mentor, to: target) / max(weight, 1e-12)
    }

    /// The mentor's most efficient next step that fits, or nil when none fits.
    private func bestStep(_ mentor: Int, ignoringMaximumShares: Bool = false) -> Step? {
        let entry = entries[mentor]
        let first = entry.count == 0 ? entry.limits.lowestFunded : entry.count + 1
        let last = min(entry.limits.highest, first + Self.lookahead)
        guard first <= last else { return nil }
        var best: Step?
        for target in first...last where fits(mentor, to: target, ignoringMaximumShares: ignoringMaximumShares) {
            let candidate = efficiency(mentor, to: target)
            if best.map({ candidate > $0.efficiency }) ?? true {
                best = Step(mentor: mentor, target: target, efficiency: candidate)
            }
        }
        return best
    }

    /// Whether moving the mentor to `target` keeps every upper limit: budget, cohort, seats,
    /// agenda bounds and (unless ignored) the agenda's max share.
    private func fits(_ mentor: Int, to target: Int, ignoringMaximumShares: Bool = false) -> Bool {
        let entry = entries[mentor]
        let added = target - entry.count
        let opening = entry.count == 0
        let cost = Double(added) * entry.cost + (opening ? entry.fixed : 0)
        guard spent + cost <= scenario.budget else { return false }
        if let maximum = scenario.cohort.maxScholars, scholars + added > maximum { return false }
        if opening, let maximum = scenario.cohort.maxMentors, funded + 1 > maximum { return false }
        if let location = entry.location, let seats = scenario.locations[location].seats,
            locationCount[location] + added > seats
        {
            return false
        }
        let agenda = scenario.agendas[entry.agenda]
        let inAgenda = agendaCount[entry.agenda] + added
        if let maximum = agenda.maxScholars, inAgenda > maximum { return false }
        if !ignoringMaximumShares, Double(inAgenda) > agenda.maxShare * Double(scholars + added) + 1e-9 { return false }
        return true
    }

    private mutating func move(_ mentor: Int, to target: Int) {
        let entry = entries[mentor]
        let added = target - entry.count
        if entry.count == 0 && target > 0 {
            funded += 1
            spent += entry.fixed
        } else if entry.count > 0 && target == 0 {
            funded -= 1
            spent -= entry.fixed
        }
        spent += Double(added) * entry.cost
        scholars += added
        agendaCount[entry.agenda] += added
        if let location = entry.location { locationCount[location] += added }
        entries[mentor].count = target
    }

    /// Takes a step, then steps in any agenda that fell below its min share; undoes all of it
    /// and returns false when some agenda cannot catch up.
    private mutating func takeKeepingShares(_ mentor: Int, to target: Int) -> Bool {
        var undo = [(mentor, entries[mentor].count)]
        move(mentor, to: target)
        while let lagging = laggingAgenda() {
            let step = membersOfAgenda[lagging].compactMap { bestStep($0) }.max { $0.efficiency < $1.efficiency }
            guard let step else {
                for (mentor, count) in undo.reversed() { move(mentor, to: count) }
                return false
            }
            undo.append((step.mentor, entries[step.mentor].count))
            move(step.mentor, to: step.target)
        }
        return true
    }

    /// The agenda furthest below its min share, if any.
    private func laggingAgenda() -> Int? {
        var worst: (agenda: Int, shortfall: Double)?
        for (index, agenda) in scenario.agendas.enumerated() where agenda.minShare > 0 {
            let shortfall = agenda.minShare * Double(scholars) - Double(agendaCount[index])
            if shortfall > 1e-9, worst.map({ shortfall > $0.shortfall }) ?? true { worst = (index, shortfall) }
        }
        return worst?.agenda
    }

    // MARK: - Phases

    /// Locks that require scholars, then agenda minimums, then min shares.
    private mutating func meetRequirements() -> Bool {
        for mentor in entries.indices where !entries[mentor].limits.mayBeUnfunded {
            move(mentor, to: entries[mentor].limits.lowestFunded)
        }
        for (agenda, details) in scenario.agendas.enumerated() {
            while agendaCount[agenda] < details.minScholars {
                let step = membersOfAgenda[agenda].compactMap { bestStep($0, ignoringMaximumShares: true) }
                    .max { $0.efficiency < $1.efficiency }
                guard let step else { return false }
                move(step.mentor, to: step.target)
            }
        }
        while let lagging = laggingAgenda() {
            let step = membersOfAgenda[lagging].compactMap { bestStep($0) }.max { $0.efficiency < $1.efficiency }
            guard let step else { return false }
            move(step.mentor, to: step.target)
        }
        return true
    }

    /// The greedy proper: profitable steps, most efficient first, re-evaluated lazily (a step's
    /// efficiency only falls as agendas fill, except through interactions, whose partners are
    /// re-queued when a mentor is funded).
    private mutating func takeProfitableSteps() {
        var queue = StepQueue()
        for mentor in entries.indices { if let step = bestStep(mentor) { queue.push(step.efficiency, step.mentor) } }
        var waitingForShare: [[Int]] = Array(repeating: [], count: scenario.agendas.count)
        while let (key, mentor) = queue.pop() {
            guard key > 0 else { break }
            guard let step = bestStep(mentor) else {
                // Nothing fits now; a max share may open up as other agendas grow.
                if bestStep(mentor, ignoringMaximumShares: true) != nil {
                    waitingForShare[entries[mentor].agenda].append(mentor)
                }
                continue
            }
            if step.efficiency < key - 1e-12 * max(1, abs(key)), let next = queue.topKey, next > step.efficiency {
                queue.push(step.efficiency, mentor)
                continue
            }
            let opening = entries[mentor].count == 0
            guard takeKeepingShares(mentor, to: step.target) else { continue }
            if let next = bestStep(mentor) { queue.push(next.efficiency, mentor) }
            if opening {
                for partner in partners[mentor] {
                    if let next = bestStep(partner.mentor) { queue.push(next.efficiency, partner.mentor) }
                }
            }
            for (agenda, waiting) in waitingForShare.enumerated() where !waiting.isEmpty {
                let details = scenario.agendas[agenda]
                guard Double(agendaCount[agenda] + 1) <= details.maxShare * Double(scholars + 1) else { continue }
                for waiter in waiting { if let next = bestStep(waiter) { queue.push(next.efficiency, waiter) } }
                waitingForShare[agenda] = []
            }
        }
    }

    /// Adds the least harmful steps until the cohort minimum is met.
    private mutating func meetCohortMinimum() -> Bool {
        var blocked = Set<Int>()
        while scholars < scenario.cohort.minScholars {
            let step = entries.indices.filter { !blocked.contains($0) }.compactMap { bestStep($0) }
                .max { $0.efficiency < $1.efficiency }
            guard let step else { return false }
            if !takeKeepingShares(step.mentor, to: step.target) { blocked.insert(step.mentor) }
        }
        return true
    }
}

/// A max-heap of (efficiency, mentor); among equal efficiencies the lower mentor index (the
/// earlier id) comes first, so the greedy is deterministic.
private struct StepQueue {
    private var items: [(key: Double, mentor: Int)] = []

    var topKey: Double? { items.first?.key }

    private static func before(_ a: (key: Double, mentor: Int), _ b: (key: Double, mentor: Int)) -> Bool {
        a.key > b.key || (a.key == b.key && a.mentor < b.mentor)
    }

    mutating func push(_ key: Double, _ mentor: Int) {
        items.append((key, mentor))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.before(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var first = parent
                if left < items.count, Self.before(items[left], items[first]) { first = left }
                if right < items.count, Self.before(items[right], items[first]) { first = right }
                if first == parent { break }
                items.swapAt(parent, first)
                parent = first
            }
        }
        return (top.key, top.mentor)
    }
}
