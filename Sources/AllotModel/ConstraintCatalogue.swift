/// Every requirement of one scenario, and the one place each is checked, measured and lifted.
///
/// Built once from a ``Scenario``. The audit's violations, the binding list of `solve`, the
/// conflict finder, the constraint prices and the per-mentor explanations all come from here,
/// as typed values; the words are the report layer's.
public struct ConstraintCatalogue: Sendable {
    public let scenario: Scenario
    /// In a fixed order, the program's before the mentors': the budget; the cohort; per agenda
    /// (by id) its shares and bounds; per location (by id) its seats; per mentor (by id) its
    /// exclusion, own cap, min-if-funded and lock.
    public let requirements: [Requirement]

    /// The budget and the cohort's limits.
    private let program: [Requirement]
    /// Per agenda, in catalogue order: its shares (which every change in cohort size moves) and its bounds.
    private let agendas: [(id: String, shares: [Requirement], bounds: [Requirement])]
    private let seats: [String: Requirement]
    /// Each mentor's own requirements, by mentor id.
    private let own: [String: [Requirement]]
    /// Each mentor, by id: a search of the list per lock made the binding list quadratic
    /// (seconds at 20,000 mentors, spent after a deadline had passed).
    private let mentorsByID: [String: Mentor]

    public init(_ scenario: Scenario) {
        self.scenario = scenario
        var program: [Requirement] = [.budget(scenario.budget)]
        if scenario.cohort.minScholars > 0 { program.append(.cohortMinimum(scenario.cohort.minScholars)) }
        if let maximum = scenario.cohort.maxScholars { program.append(.cohortMaximum(maximum)) }
        if let maximum = scenario.cohort.maxMentors { program.append(.maxMentors(maximum)) }
        var list = program
        var agendas: [(id: String, shares: [Requirement], bounds: [Requirement])] = []
        for agenda in scenario.agendas.sorted(by: { $0.id < $1.id }) {
            var shares: [Requirement] = []
            if agenda.minShare > 0 { shares.append(.minShare(agenda: agenda.id, share: agenda.minShare)) }
            if agenda.maxShare < 1 { shares.append(.maxShare(agenda: agenda.id, share: agenda.maxShare)) }
            var bounds: [Requirement] = []
            if agenda.minScholars > 0 { bounds.append(.agendaMinimum(agenda: agenda.id, scholars: agenda.minScholars)) }
            if let maximum = agenda.maxScholars { bounds.append(.agendaMaximum(agenda: agenda.id, scholars: maximum)) }
            agendas.append((agenda.id, shares, bounds))
            list += shares + bounds
        }
        var seats: [String: Requirement] = [:]
        for location in scenario.locations.sorted(by: { $0.id < $1.id }) {
            guard let count = location.seats else { continue }
            seats[location.id] = .seats(location: location.id, seats: count)
            list.append(.seats(location: location.id, seats: count))
        }
        var own: [String: [Requirement]] = [:]
        for mentor in scenario.mentors.sorted(by: { $0.id < $1.id }) {
            var mine: [Requirement] = []
            if mentor.exclude { mine.append(.excluded(mentor: mentor.id)) }
            mine.append(.ownCap(mentor: mentor.id, cap: mentor.cap))
            if mentor.minimumIfFunded > 1 { mine.append(.minimumIfFunded(mentor: mentor.id, min: mentor.minimumIfFunded)) }
            if let lock = mentor.lock, lock.count > 0 { mine.append(.lock(mentor: mentor.id, lock)) }
            own[mentor.id] = mine
            list += mine
        }
        requirements = list
        self.program = program
        self.agendas = agendas
        self.seats = seats
        self.own = own
        mentorsByID = Dictionary(scenario.mentors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The requirements a change in one mentor's count alone can break, in catalogue order: the
    /// program's, every agenda's shares (the cohort size moves them all), the bounds of the
    /// mentor's agenda, the seats of their location and their own.
    ///
    /// What a step needs checked, without the rest of a large scenario's requirements.
    public func requirements(affectedBy mentor: Mentor) -> [Requirement] {
        var affected = program
        for agenda in agendas {
            affected += agenda.shares
            if agenda.id == mentor.agenda { affected += agenda.bounds }
        }
        if let location = mentor.location, let seat = seats[location] { affected.append(seat) }
        return affected + (own[mentor.id] ?? [])
    }

    // MARK: - Measuring

    /// What the allocation puts against the requirement: money spent, a head count, or funded mentors.
    public func measure(_ requirement: Requirement, _ tally: AllocationTally) -> Double {
        switch requirement {
        case .budget: tally.spent
        case .ownCap(let mentor, _), .minimumIfFunded(let mentor, _), .lock(let mentor, _), .excluded(let mentor):
            Double(tally.allocation[mentor])
        case .minShare(let agenda, _), .maxShare(let agenda, _), .agendaMinimum(let agenda, _),
            .agendaMaximum(let agenda, _):
            Double(tally.scholarsByAgenda[agenda, default: 0])
        case .seats(let location, _): Double(tally.scholarsByLocation[location, default: 0])
        case .cohortMinimum, .cohortMaximum: Double(tally.scholars)
        case .maxMentors: Double(tally.fundedMentors)
        }
    }

    /// How far the allocation is inside the requirement, in its own unit (money for the budget,
    /// scholars or mentors otherwise); negative when it is broken.
    public func slack(_ requirement: Requirement, _ tally: AllocationTally) -> Double {
        let used = measure(requirement, tally)
        let cohort = Double(tally.scholars)
        switch requirement {
        case .budget(let budget): return budget - used
        case .ownCap(_, let cap): return Double(cap) - used
        case .minimumIfFunded(_, let min): return used == 0 ? .infinity : used - Double(min)
        case .lock(_, .exactly(let n)): return -abs(used - Double(n))
        case .lock(_, .atLeast(let n)): return used - Double(n)
        case .lock(_, .atMost(let n)): return Double(n) - used
        case .excluded: return -used
        case .minShare(_, let share): return used - share * cohort
        case .maxShare(_, let share): return share * cohort - used
        case .agendaMinimum(_, let minimum), .cohortMinimum(let minimum): return used - Double(minimum)
        case .agendaMaximum(_, let maximum), .cohortMaximum(let maximum), .maxMentors(let maximum),
            .seats(_, let maximum):
            return Double(maximum) - used
        }
    }

    /// Whether the allocation breaks the requirement (money and shares within a relative `tolerance`).
    public func isBroken(_ requirement: Requirement, _ tally: AllocationTally, tolerance: Double = 1e-9) -> Bool {
        let slack = slack(requirement, tally)
        switch requirement {
        case .budget(let budget): return slack < -tolerance * max(1, budget)
        case .minShare, .maxShare: return slack < -tolerance
        default: return slack < 0
        }
    }

    /// Every requirement the allocation breaks, in catalogue order.
    public func violations(_ tally: AllocationTally, tolerance: Double = 1e-9) -> [Violation] {
        violations(tally, among: requirements, tolerance: tolerance)
    }

    /// The requirements of `among` the allocation breaks, in their order.
    public func violations(_ tally: AllocationTally, among: [Requirement], tolerance: Double = 1e-9) -> [Violation] {
        among.filter { isBroken($0, tally, tolerance: tolerance) }.map {
            Violation(requirement: $0, measured: measure($0, tally), cohort: tally.scholars)
        }
    }

    /// What moving `mentor` from their count in `tally` to `count` breaks, all else unchanged (a
    /// step `explain` or a sweep's leftover money weighs): only the requirements the move affects.
    public func violations(moving mentor: Mentor, to count: Int, from tally: AllocationTally) -> [Violation] {
        violations(tally.moving(mentor, to: count, in: scenario), among: requirements(affectedBy: mentor))
    }

    /// Whether the requirement leaves less room than one more scholar needs (DESIGN.md §3 "which
    /// constraints bind"): less money than the cheapest next step, a share that one scholar moved
    /// in (or out) would break, a count at its limit, a funded mentor at its cap or lock.
    public func isTight(_ requirement: Requirement, _ tally: AllocationTally) -> Bool {
        let used = measure(requirement, tally)
        let cohort = Double(tally.scholars)
        switch requirement {
        case .budget:
            let steps = scenario.mentors.compactMap { scenario.nextStep(of: $0, from: tally.allocation[$0.id])?.cost }
            guard let cheapest = steps.min() else { return false }
            return slack(requirement, tally) < cheapest - 1e-9
        case .maxShare(_, let share): return used + 1 > share * cohort + 1e-9
        case .minShare(_, let share): return (used > 0 || cohort > 0) && used - 1 < share * cohort - 1e-9
        case .ownCap(_, let cap): return used > 0 && Int(used) == cap
        case .lock(let mentor, let lock):
            return used > 0 && Int(used) == lock.count && Int(used) != mentorsByID[mentor]?.cap
        case .excluded, .minimumIfFunded: return false
        case .agendaMinimum, .agendaMaximum, .seats, .cohortMinimum, .cohortMaximum, .maxMentors:
            return slack(requirement, tally) < 1
        }
    }

    // MARK: - Lifting

    /// Whether lifting it is a question worth asking: a mentor's own cap has no values beyond it,
    /// and an exclusion is the executives' decision, not a limit.
    public static func isNegotiable(_ requirement: Requirement) -> Bool {
        switch requirement {
        case .ownCap, .excluded: false
        default: true
        }
    }

    /// The scenario without the requirement: the budget unlimited, a lock or a bound gone, a share
    /// from 0 or to 100%, a min of 1.
    public static func lift(_ requirement: Requirement, in scenario: inout Scenario) {
        func mentor(_ id: String, _ change: (inout Mentor) -> Void) {
            if let index = scenario.mentors.firstIndex(where: { $0.id == id }) { change(&scenario.mentors[index]) }
        }
        func agenda(_ id: String, _ change: (inout Agenda) -> Void) {
            if let index = scenario.agendas.firstIndex(where: { $0.id == id }) { change(&scenario.agendas[index]) }
        }
        switch requirement {
        case .budget: scenario.budget = .greatestFiniteMagnitude / 4
        case .ownCap: break
        case .minimumIfFunded(let id, _): mentor(id) { $0.min = 1 }
        case .lock(let id, _): mentor(id) { $0.lock = nil }
        case .excluded(let id): mentor(id) { $0.exclude = false }
        case .minShare(let id, _): agenda(id) { $0.minShare = 0 }
        case .maxShare(let id, _): agenda(id) { $0.maxShare = 1 }
        case .agendaMinimum(let id, _): agenda(id) { $0.minScholars = 0 }
        case .agendaMaximum(let id, _): agenda(id) { $0.maxScholars = nil }
        case .seats(let id, _):
            if let index = scenario.locations.firstIndex(where: { $0.id == id }) { scenario.locations[index].seats = nil }
        case .cohortMinimum: scenario.cohort.minScholars = 0
        case .cohortMaximum: scenario.cohort.maxScholars = nil
        case .maxMentors: scenario.cohort.maxMentors = nil
        }
    }

    /// The money a lock commits: its mentor's cost at the locked count (0 for `at_most`).
    public func committedCost(_ requirement: Requirement) -> Double {
        guard case .lock(let id, let lock) = requirement, let mentor = mentorsByID[id] else { return 0 }
        if case .atMost = lock { return 0 }
        return scenario.cost(of: mentor, scholars: max(lock.count, mentor.minimumIfFunded))
    }
}

/// A requirement an allocation breaks, with what the allocation puts against it.
public struct Violation: Sendable, Equatable {
    public let requirement: Requirement
    /// Money spent, the head count, or the funded mentors (see ``ConstraintCatalogue/measure(_:_:)``).
    public let measured: Double
    /// The allocation's cohort size (a share is of it).
    public let cohort: Int
}
