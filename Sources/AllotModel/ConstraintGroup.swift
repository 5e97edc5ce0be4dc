/// One group of constraints, named with its numbers, that can be lifted as a whole.
///
/// The one place that says how each requirement of a scenario is removed: the conflict finder
/// lifts groups to isolate an infeasibility, `explain` lifts them to price what they hold back.
public struct ConstraintGroup: Sendable {
    public enum Kind: Sendable {
        case budget, lock, minimum, share, agendaBounds, seats, cohortMinimum, cohortMaximum, maxMentors
    }
    public let kind: Kind
    /// The mentor, agenda or location id the group concerns (nil for the budget and cohort).
    public let subject: String?
    public let label: String
    /// For a lock: the money it commits (its mentor's cost at the locked minimum).
    public let committedCost: Double
    /// Removes the group from a scenario (the budget becomes unlimited, a lock goes, a share band
    /// becomes 0–100%…).
    public let lift: @Sendable (inout Scenario) -> Void

    /// Every group the scenario has, in a fixed order: the budget, then per mentor (by id) its lock
    /// and min, per agenda (by id) its shares and bounds, per location its seats, then the cohort.
    public static func all(in scenario: Scenario) -> [ConstraintGroup] {
        var groups: [ConstraintGroup] = [
            ConstraintGroup(
                kind: .budget, subject: nil, label: "the budget of \(Formatting.money(scenario.budget))", committedCost: 0
            ) {
                $0.budget = .greatestFiniteMagnitude / 4
            }
        ]
        for mentor in scenario.mentors.sorted(by: { $0.id < $1.id }) {
            let id = mentor.id
            if let lock = mentor.lock, lock.count > 0 {
                let cost = scenario.cost(of: mentor, scholars: max(lock.count, mentor.minimumIfFunded))
                let label: String
                switch lock {
                case .exactly(let n):
                    label = "the lock on \(id) (exactly \(Formatting.count(n, "scholar")), \(Formatting.money(cost)))"
                case .atLeast(let n): label = "the lock on \(id) (at least \(n), \(Formatting.money(cost)))"
                case .atMost(let n): label = "the lock on \(id) (at most \(n))"
                }
                let commits: Double = if case .atMost = lock { 0 } else { cost }
                groups.append(
                    ConstraintGroup(kind: .lock, subject: id, label: label, committedCost: commits) { scenario in
                        if let index = scenario.mentors.firstIndex(where: { $0.id == id }) { scenario.mentors[index].lock = nil }
                    })
            }
            if mentor.minimumIfFunded > 1 {
                groups.append(
                    ConstraintGroup(
                        kind: .minimum, subject: id, label: "\(id)'s min of \(mentor.minimumIfFunded) if funded", committedCost: 0
                    ) {
                        scenario in
                        if let index = scenario.mentors.firstIndex(where: { $0.id == id }) { scenario.mentors[index].min = 1 }
                    })
            }
        }
        for agenda in scenario.agendas.sorted(by: { $0.id < $1.id }) {
            let id = agenda.id
            if agenda.minShare > 0 || agenda.maxShare < 1 {
                let band: String
                switch (agenda.minShare > 0, agenda.maxShare < 1) {
                case (true, true):
                    band = "share band \(Formatting.percent(agenda.minShare))–\(Formatting.percent(agenda.maxShare))"
                case (true, false): band = "min_share of \(Formatting.percent(agenda.minShare))"
                default: band = "max_share of \(Formatting.percent(agenda.maxShare))"
                }
                groups.append(
                    ConstraintGroup(kind: .share, subject: id, label: "agenda \(id)'s \(band)", committedCost: 0) { scenario in
                        if let index = scenario.agendas.firstIndex(where: { $0.id == id }) {
                            scenario.agendas[index].minShare = 0
                            scenario.agendas[index].maxShare = 1
                        }
                    })
            }
            if agenda.minScholars > 0 || agenda.maxScholars != nil {
                var parts: [String] = []
                if agenda.minScholars > 0 { parts.append("at least \(agenda.minScholars)") }
                if let maximum = agenda.maxScholars { parts.append("at most \(maximum)") }
                groups.append(
                    ConstraintGroup(
                        kind: .agendaBounds, subject: id,
                        label: "agenda \(id)'s bound of \(parts.joined(separator: " and ")) scholars",
                        committedCost: 0
                    ) {
                        scenario in
                        if let index = scenario.agendas.firstIndex(where: { $0.id == id }) {
                            scenario.agendas[index].minScholars = 0
                            scenario.agendas[index].maxScholars = nil
                        }
                    })
            }
        }
        for location in scenario.locations.sorted(by: { $0.id < $1.id }) {
            guard let seats = location.seats else { continue }
            let id = location.id
            groups.append(
                ConstraintGroup(kind: .seats, subject: id, label: "the \(seats) seats at \(id)", committedCost: 0) { scenario in
                    if let index = scenario.locations.firstIndex(where: { $0.id == id }) { scenario.locations[index].seats = nil }
                })
        }
        if scenario.cohort.minScholars > 0 {
            groups.append(
                ConstraintGroup(
                    kind: .cohortMinimum, subject: nil, label: "the cohort minimum of \(scenario.cohort.minScholars) scholars",
                    committedCost: 0
                ) {
                    $0.cohort.minScholars = 0
                })
        }
        if let maximum = scenario.cohort.maxScholars {
            groups.append(
                ConstraintGroup(
                    kind: .cohortMaximum, subject: nil, label: "the cohort maximum of \(maximum) scholars", committedCost: 0
                ) {
                    $0.cohort.maxScholars = nil
                })
        }
        if let maximum = scenario.cohort.maxMentors {
            groups.append(
                ConstraintGroup(
                    kind: .maxMentors, subject: nil, label: "the limit of \(maximum) funded mentors", committedCost: 0
                ) {
                    $0.cohort.maxMentors = nil
                })
        }
        return groups
    }
}
