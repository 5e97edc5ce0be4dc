import Foundation
import LinearProgramming

/// Names a minimal set of requirements that cannot hold together (issue 6: infeasibility in words).
///
/// A deletion filter over constraint groups (the budget, each lock, each mentor's min-if-funded,
/// each agenda's shares and bounds, each location's seats, the cohort limits, max mentors): every
/// group is lifted in turn, and stays lifted if the scenario is still infeasible without it. What
/// remains is a conflict from which no group can be dropped.
public struct ConflictFinder: Sendable {
    /// One group of constraints, named with its numbers, that can be lifted as a whole.
    public struct Group: Sendable {
        public enum Kind: Sendable {
            case budget, lock, minimum, share, agendaBounds, seats, cohortMinimum, cohortMaximum, maxMentors
        }
        public let kind: Kind
        public let label: String
        /// For a lock: the money it commits (its mentor's cost at the locked minimum).
        public let committedCost: Double
        let lift: @Sendable (inout Scenario) -> Void
    }

    public let backend: any SolverBackend
    /// Seconds the whole search may take.
    public static let timeBudget = 2.0
    /// Beyond this many groups the filter would take too many solves; hints are given instead.
    public static let maximumGroups = 400

    public init(backend: any SolverBackend) { self.backend = backend }

    /// A sentence naming a minimal conflict, or nil when none can be isolated (too many groups, a
    /// limit reached, or a conflict outside the groups).
    public func explain(_ scenario: Scenario, options: SolveOptions = SolveOptions()) throws -> String? {
        // The search runs after every infeasible solve (sweep rows, explain's locks), so it gets a
        // small budget of its own; past it, the simpler hints stand.
        let deadline =
            DispatchTime.now().uptimeNanoseconds + UInt64(min(options.timeLimit ?? Self.timeBudget, Self.timeBudget) * 1e9)
        func remaining() -> Double? {
            let now = DispatchTime.now().uptimeNanoseconds
            return now >= deadline ? nil : Double(deadline - now) / 1e9
        }
        let groups = Self.groups(in: scenario)
        guard !groups.isEmpty, groups.count <= Self.maximumGroups else { return nil }
        var everythingLifted = scenario
        for group in groups { group.lift(&everythingLifted) }
        guard let budget = remaining(), try isFeasible(everythingLifted, budget) == true else { return nil }
        var lifted: [Int] = []
        var conflict: [Int] = []
        for index in groups.indices {
            var candidate = scenario
            for other in lifted + [index] { groups[other].lift(&candidate) }
            guard let budget = remaining() else { return nil }
            switch try isFeasible(candidate, budget) {
            case false?: lifted.append(index)  // still infeasible without it: not needed for the conflict
            case true?: conflict.append(index)
            case nil: return nil
            }
        }
        return Self.sentence(conflict.map { groups[$0] }, scenario)
    }

    /// True or false when the solver decides, nil when a limit stops it first.
    private func isFeasible(_ scenario: Scenario, _ timeLimit: Double) throws -> Bool? {
        var problem = Formulation(scenario: scenario).problem
        problem.objective = LinearExpression()  // any feasible point is optimal: the search stops at the first
        let outcome = try backend.solve(problem, options: SolveOptions(timeLimit: max(0.001, timeLimit)))
        switch outcome.termination {
        case .optimal, .feasible: return true
        case .infeasible: return false
        default: return nil
        }
    }

    static func groups(in scenario: Scenario) -> [Group] {
        var groups: [Group] = [
            Group(kind: .budget, label: "the budget of \(Formatting.money(scenario.budget))", committedCost: 0) {
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
                    Group(kind: .lock, label: label, committedCost: commits) { scenario in
                        if let index = scenario.mentors.firstIndex(where: { $0.id == id }) { scenario.mentors[index].lock = nil }
                    })
            }
            if mentor.minimumIfFunded > 1 {
                groups.append(
                    Group(kind: .minimum, label: "\(id)'s min of \(mentor.minimumIfFunded) if funded", committedCost: 0) {
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
                    Group(kind: .share, label: "agenda \(id)'s \(band)", committedCost: 0) { scenario in
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
                    Group(
                        kind: .agendaBounds, label: "agenda \(id)'s bound of \(parts.joined(separator: " and ")) scholars",
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
                Group(kind: .seats, label: "the \(seats) seats at \(id)", committedCost: 0) { scenario in
                    if let index = scenario.locations.firstIndex(where: { $0.id == id }) { scenario.locations[index].seats = nil }
                })
        }
        if scenario.cohort.minScholars > 0 {
            groups.append(
                Group(
                    kind: .cohortMinimum, label: "the cohort minimum of \(scenario.cohort.minScholars) scholars", committedCost: 0
                ) {
                    $0.cohort.minScholars = 0
                })
        }
        if let maximum = scenario.cohort.maxScholars {
            groups.append(
                Group(kind: .cohortMaximum, label: "the cohort maximum of \(maximum) scholars", committedCost: 0) {
                    $0.cohort.maxScholars = nil
                })
        }
        if let maximum = scenario.cohort.maxMentors {
            groups.append(
                Group(kind: .maxMentors, label: "the limit of \(maximum) funded mentors", committedCost: 0) {
                    $0.cohort.maxMentors = nil
                })
        }
        return groups
    }

    /// The conflict as a sentence with its numbers and what to change.
    static func sentence(_ conflict: [Group], _ scenario: Scenario) -> String {
        let locks = conflict.filter { $0.kind == .lock && $0.committedCost > 0 }
        if conflict.count == locks.count + 1, conflict.contains(where: { $0.kind == .budget }), !locks.isEmpty {
            let total = locks.reduce(0) { $0 + $1.committedCost }
            let subject =
                locks.count == 1
                ? locks[0].label + " costs"
                : "the locks on " + Self.list(locks.map { $0.label.replacingOccurrences(of: "the lock on ", with: "") }) + " cost"
            return "\(subject) \(Formatting.money(total)), more than the budget of \(Formatting.money(scenario.budget)). "
                + "Raise the budget or loosen \(locks.count == 1 ? "the" : "one") lock."
        }
        if conflict.count == 1 {
            return "\(conflict[0].label) cannot be met by the scenario's mentors. Loosen it."
        }
        let together = conflict.count == 2 ? "cannot both hold" : "cannot all hold together"
        return Self.list(conflict.map(\.label)) + " \(together). Loosen one of them."
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }
}
