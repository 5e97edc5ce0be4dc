/// The value, cost and constraint check of an allocation, computed straight from the scenario.
///
/// Deliberately independent of ``Formulation``: it restates DESIGN.md §2 in domain terms, so
/// it can check what the solver returned and score the allocations a brute force enumerates.
public struct AllocationAudit: Sendable, Equatable {
    /// Sum of the funded slots' marginal values.
    public let slotValue: Double
    /// Sum of interaction values whose two mentors are both funded.
    public let interactionValue: Double
    /// Sum over agendas of the returns of their scholars.
    public let returnsValue: Double
    /// The full §2 objective.
    public var objective: Double { slotValue + interactionValue + returnsValue }
    /// Money spent (per-scholar costs plus fixed costs of funded mentors).
    public let spent: Double
    public let scholars: Int
    public let fundedMentors: Int
    public let scholarsByAgenda: [String: Int]
    public let scholarsByLocation: [String: Int]
    /// Every constraint the allocation breaks, named as a reader would ("the budget of 1,175,000
    /// (it would spend 1,191,000, 16,000 over)"); empty when feasible.
    public let violations: [String]

    public var isFeasible: Bool { violations.isEmpty }

    public init(scenario: Scenario, allocation: Allocation, tolerance: Double = 1e-9) {
        var violations: [String] = []
        var slotValue = 0.0
        var spent = 0.0
        var byAgenda: [String: Int] = [:]
        var byLocation: [String: Int] = [:]
        let known = Set(scenario.mentors.map(\.id))
        for id in allocation.slots.keys.sorted() where !known.contains(id) {
            violations.append("\(id) is not a mentor of the scenario")
        }
        for mentor in scenario.mentors {
            let count = allocation[mentor.id]
            guard count != 0 else {
                if Self.requiredScholars(mentor) > 0 {
                    violations.append("\(mentor.id) is locked to at least \(Self.requiredScholars(mentor)) but unfunded")
                }
                continue
            }
            if count < 0 { violations.append("\(mentor.id) has a negative count \(count)") }
            if mentor.exclude { violations.append("\(mentor.id) is excluded but has \(count)") }
            if count > mentor.cap { violations.append("\(mentor.id)'s own cap of \(mentor.cap) (\(count) asked)") }
            if count < max(1, mentor.min) {
                violations.append("\(mentor.id)'s min of \(max(1, mentor.min)) if funded (\(count) asked)")
            }
            switch mentor.lock {
            case .exactly(let n) where count != n: violations.append("\(mentor.id)'s lock at exactly \(n) (\(count) asked)")
            case .atLeast(let n) where count < n: violations.append("\(mentor.id)'s lock at least \(n) (\(count) asked)")
            case .atMost(let n) where count > n: violations.append("\(mentor.id)'s lock at most \(n) (\(count) asked)")
            default: break
            }
            slotValue += mentor.slotValues.prefix(max(0, count)).reduce(0, +)
            spent += scenario.cost(of: mentor, scholars: count)
            byAgenda[mentor.agenda, default: 0] += count
            if let location = mentor.location { byLocation[location, default: 0] += count }
        }
        let scholars = allocation.slots.filter { known.contains($0.key) }.values.reduce(0, +)
        let funded = allocation.slots.filter { known.contains($0.key) && $0.value > 0 }.count
        if spent > scenario.budget + tolerance * max(1, scenario.budget) {
            violations.append(
                "the budget of \(Formatting.money(scenario.budget)) (it would spend \(Formatting.money(spent)), "
                    + "\(Formatting.money(spent - scenario.budget)) over)")
        }
        if scholars < scenario.cohort.minScholars {
            violations.append("the cohort minimum of \(scenario.cohort.minScholars) scholars (\(scholars) funded)")
        }
        if let maximum = scenario.cohort.maxScholars, scholars > maximum {
            violations.append("the cohort maximum of \(maximum) scholars (\(scholars) funded)")
        }
        if let maximum = scenario.cohort.maxMentors, funded > maximum {
            violations.append("the limit of \(maximum) funded mentors (\(funded) funded)")
        }
        var returnsValue = 0.0
        for agenda in scenario.agendas {
            let count = byAgenda[agenda.id, default: 0]
            let total = Double(scholars)
            if Double(count) < agenda.minShare * total - tolerance {
                violations.append(
                    "agenda \(agenda.id)'s min_share of \(Formatting.percent(agenda.minShare)) (\(count) of \(scholars) scholars)"
                )
            }
            if Double(count) > agenda.maxShare * total + tolerance {
                violations.append(
                    "agenda \(agenda.id)'s max_share of \(Formatting.percent(agenda.maxShare)) (\(count) of \(scholars) scholars)"
                )
            }
            if count < agenda.minScholars {
                violations.append("agenda \(agenda.id)'s min_scholars of \(agenda.minScholars) (\(count) funded)")
            }
            if let maximum = agenda.maxScholars, count > maximum {
                violations.append("agenda \(agenda.id)'s max_scholars of \(maximum) (\(count) funded)")
            }
            if count > 0 { returnsValue += (1...count).reduce(0) { $0 + agenda.returnOfScholar($1) } }
        }
        for location in scenario.locations {
            if let seats = location.seats, byLocation[location.id, default: 0] > seats {
                violations.append(
                    "the \(seats) seats at \(location.id) (\(byLocation[location.id, default: 0]) asked)")
            }
        }
        var interactionValue = 0.0
        for interaction in scenario.interactions
        where allocation[interaction.first] > 0 && allocation[interaction.second] > 0 {
            interactionValue += interaction.value
        }
        self.slotValue = slotValue
        self.interactionValue = interactionValue
        self.returnsValue = returnsValue
        self.spent = spent
        self.scholars = scholars
        self.fundedMentors = funded
        self.scholarsByAgenda = byAgenda
        self.scholarsByLocation = byLocation
        self.violations = violations
    }

    private static func requiredScholars(_ mentor: Mentor) -> Int {
        switch mentor.lock {
        case .exactly(let n), .atLeast(let n): n
        default: 0
        }
    }
}
