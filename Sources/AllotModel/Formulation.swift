import LinearProgramming

/// The integer program of DESIGN.md §2 for one scenario, in solver-neutral form.
///
/// Per mentor (in ascending id order, so file order changes nothing): a binary `funded`;
/// the first `lowestFunded` slots are funded together with it, so their value and cost sit
/// on `funded`. The remaining slots are continuous `slot ≤ funded` with one integer
/// `extra` counting them when their values do not increase (the LP then fills them in
/// order by itself), and ordered binaries `slot[k] ≤ slot[k-1]` only where the curve rises.
/// Agenda returns use one variable per listed return (the last one absorbs the repeats),
/// and shares refer to one `cohort_size` variable so that share rows stay sparse.
public struct Formulation: Sendable {
    public private(set) var scenario: Scenario
    public private(set) var problem: Problem
    /// One entry per mentor that can be funded, ascending by id.
    public private(set) var mentors: [MentorVariables] = []
    /// Money spent, as an expression over the variables.
    public private(set) var spend = LinearExpression()
    /// Total scholars, as an expression over the variables.
    public private(set) var scholars = LinearExpression()
    /// The index of the budget row.
    public private(set) var budgetRow: Int?
    // Variables defined by the mentors' counts, kept to write an allocation as an assignment.
    private var cohortSize: Variable?
    private var agendaSizes: [(agenda: String, variable: Variable)] = []
    private var returnPieces: [(agenda: String, pieces: [Variable])] = []
    private var interactionPairs: [(first: String, second: String, both: Variable)] = []

    public struct MentorVariables: Sendable {
        public let id: String
        public let funded: Variable
        /// Scholars that come with funding (min-if-funded, raised by a lock).
        public let block: Int
        public let tail: Tail
        /// Scholars of this mentor as an expression.
        public let count: LinearExpression
    }

    public enum Tail: Sendable {
        case none
        /// Non-increasing values: continuous slots and an integer count of them.
        case concave(slots: [Variable], extra: Variable)
        /// Values that rise somewhere: ordered binary slots.
        case ordered(slots: [Variable])
    }

    public init(scenario: Scenario) {
        self.scenario = scenario
        problem = Problem(name: "allot")
        problem.objectiveName = "portfolio_value"
        problem.sense = .maximize
        for mentor in scenario.mentors.sorted(by: { $0.id < $1.id }) { addMentor(mentor) }
        addBudget()
        let agendaCounts = agendaExpressions()
        addCohortRows(agendaCounts)
        addSeats()
        addReturns(agendaCounts)
        addInteractions()
        if problem.variables.isEmpty {
            // Nobody can be funded; one fixed variable keeps the problem well-formed for a backend.
            problem.addVariable("nobody_fundable", kind: .continuous, lowerBound: 0, upperBound: 0)
        }
    }

    // MARK: - Mentors

    private mutating func addMentor(_ mentor: Mentor) {
        let limits = mentor.slotLimits
        guard limits.canBeFunded else {
            if !limits.mayBeUnfunded {
                // A lock requires scholars the mentor cannot have: infeasible by construction.
                let stuck = problem.addVariable("impossible_lock(\(mentor.id))", kind: .binary, lowerBound: 1, upperBound: 1)
                problem.addConstraint("impossible_lock(\(mentor.id))", LinearExpression([(stuck, 1)]), upperBound: 0)
            }
            return
        }
        let cost = scenario.costPerScholar(of: mentor)
        let fixed = scenario.fixedCost(of: mentor)
        let block = limits.lowestFunded
        let funded = problem.addVariable(
            "funded(\(mentor.id))", kind: .binary, lowerBound: limits.mayBeUnfunded ? 0 : 1, upperBound: 1)
        problem.objective.add(mentor.value(ofSlots: block), funded)
        var count = LinearExpression([(funded, Double(block))])
        spend.add(Double(block) * cost + fixed, funded)

        let tailValues = Array(mentor.slotValues[block..<limits.highest])
        var tail = Tail.none
        if !tailValues.isEmpty {
            let concave = zip(tailValues, tailValues.dropFirst()).allSatisfy { $0.1 <= $0.0 }
            var slots: [Variable] = []
            for (offset, value) in tailValues.enumerated() {
                let number = block + offset + 1
                let slot = problem.addVariable(
                    "slot(\(mentor.id),\(number))", kind: concave ? .continuous : .binary, lowerBound: 0, upperBound: 1)
                problem.objective.add(value, slot)
                let previous = concave || slots.isEmpty ? funded : slots[slots.count - 1]
                problem.addConstraint(
                    "slot_order(\(mentor.id),\(number))", LinearExpression([(slot, 1), (previous, -1)]), upperBound: 0)
                slots.append(slot)
            }
            if concave {
                let extra = problem.addVariable(
                    "extra(\(mentor.id))", kind: .integer, lowerBound: 0, upperBound: Double(slots.count))
                var definition = LinearExpression(slots.map { ($0, 1) })
                definition.add(-1, extra)
                problem.addConstraint("extra_count(\(mentor.id))", definition, lowerBound: 0, upperBound: 0)
                count.add(1, extra)
                spend.add(cost, extra)
                tail = .concave(slots: slots, extra: extra)
            } else {
                for slot in slots {
                    count.add(1, slot)
                    spend.add(cost, slot)
                }
                tail = .ordered(slots: slots)
            }
        }
        scholars.add(count)
        mentors.append(MentorVariables(id: mentor.id, funded: funded, block: block, tail: tail, count: count))
    }

    // MARK: - Program-wide rows

    private mutating func addBudget() {
        guard !spend.isEmpty else { return }
        problem.addConstraint("budget", spend, upperBound: scenario.budget)
        budgetRow = problem.constraints.count - 1
    }

    private func agendaExpressions() -> [String: LinearExpression] {
        let agendaOf = Dictionary(scenario.mentors.map { ($0.id, $0.agenda) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: LinearExpression] = [:]
        for entry in mentors { counts[agendaOf[entry.id] ?? "", default: LinearExpression()].add(entry.count) }
        return counts
    }

    private mutating func addCohortRows(_ agendaCounts: [String: LinearExpression]) {
        let cohort = scenario.cohort
        if cohort.minScholars > 0 || cohort.maxScholars != nil {
            problem.addConstraint(
                "cohort_scholars", scholars, lowerBound: Double(cohort.minScholars),
                upperBound: cohort.maxScholars.map(Double.init) ?? .infinity)
        }
        if let maximum = cohort.maxMentors {
            problem.addConstraint(
                "cohort_mentors", LinearExpression(mentors.map { ($0.funded, 1) }), upperBound: Double(maximum))
        }
        // Shares compare each agenda with the whole cohort; one size variable keeps those rows sparse.
        // Head counts are integer variables so that branching can act on them directly: with the
        // cohort size fixed, a share band becomes a plain integer range for each agenda.
        var cohortSize: Variable?
        if scenario.agendas.contains(where: { $0.minShare > 0 || $0.maxShare < 1 }) {
            let size = problem.addVariable("cohort_size", kind: .integer, lowerBound: 0)
            var definition = scholars
            definition.add(-1, size)
            problem.addConstraint("cohort_size", definition, lowerBound: 0, upperBound: 0)
            cohortSize = size
        }
        self.cohortSize = cohortSize
        for agenda in scenario.agendas.sorted(by: { $0.id < $1.id }) {
            let members = agendaCounts[agenda.id] ?? LinearExpression()
            let constrained = agenda.minShare > 0 || agenda.maxShare < 1 || agenda.minScholars > 0 || agenda.maxScholars != nil
            var count = members
            if constrained, !members.isEmpty {
                let headCount = problem.addVariable(
                    "agenda_size(\(agenda.id))", kind: .integer, lowerBound: Double(agenda.minScholars),
                    upperBound: agenda.maxScholars.map(Double.init) ?? .infinity)
                var definition = members
                definition.add(-1, headCount)
                problem.addConstraint("agenda_size(\(agenda.id))", definition, lowerBound: 0, upperBound: 0)
                agendaSizes.append((agenda.id, headCount))
                count = LinearExpression([(headCount, 1)])
            }
            if let size = cohortSize, agenda.minShare > 0 {
                var row = count
                row.add(-agenda.minShare, size)
                problem.addConstraint("share_min(\(agenda.id))", row, lowerBound: 0)
            }
            if let size = cohortSize, agenda.maxShare < 1 {
                var row = count
                row.add(-agenda.maxShare, size)
                problem.addConstraint("share_max(\(agenda.id))", row, upperBound: 0)
            }
            if members.isEmpty, agenda.minScholars > 0 {
                // No mentor can serve this agenda, yet it needs scholars: infeasible as stated.
                problem.addConstraint("agenda_scholars(\(agenda.id))", members, lowerBound: Double(agenda.minScholars))
            }
        }
    }

    private mutating func addSeats() {
        let locationOf = Dictionary(scenario.mentors.map { ($0.id, $0.location) }, uniquingKeysWith: { first, _ in first })
        for location in scenario.locations.sorted(by: { $0.id < $1.id }) {
            guard let seats = location.seats else { continue }
            var row = LinearExpression()
            for entry in mentors where locationOf[entry.id] == location.id { row.add(entry.count) }
            guard !row.isEmpty else { continue }
            problem.addConstraint("seats(\(location.id))", row, upperBound: Double(seats))
        }
    }

    /// Returns of a crowded agenda: because they never increase, continuous pieces filled
    /// to the agenda's head count take them in order, which is exact.
    private mutating func addReturns(_ agendaCounts: [String: LinearExpression]) {
        let highest = Dictionary(scenario.mentors.map { ($0.id, $0.slotLimits.highest) }, uniquingKeysWith: { first, _ in first })
        let agendaOf = Dictionary(scenario.mentors.map { ($0.id, $0.agenda) }, uniquingKeysWith: { first, _ in first })
        for agenda in scenario.agendas.sorted(by: { $0.id < $1.id }) where agenda.returns.contains(where: { $0 != 0 }) {
            var headroom = mentors.filter { agendaOf[$0.id] == agenda.id }.reduce(0) { $0 + (highest[$1.id] ?? 0) }
            if let maximum = agenda.maxScholars { headroom = min(headroom, maximum) }
            guard headroom > 0, let count = agendaCounts[agenda.id] else { continue }
            let pieces = min(agenda.returns.count, headroom)
            var definition = LinearExpression()
            var variables: [Variable] = []
            for piece in 1...pieces {
                let upper = piece == pieces ? Double(headroom - pieces + 1) : 1
                let variable = problem.addVariable(
                    "return(\(agenda.id),\(piece))", kind: .continuous, lowerBound: 0, upperBound: upper)
                problem.objective.add(agenda.returns[piece - 1], variable)
                definition.add(1, variable)
                variables.append(variable)
            }
            returnPieces.append((agenda.id, variables))
            definition.add(count, times: -1)
            problem.addConstraint("returns(\(agenda.id))", definition, lowerBound: 0, upperBound: 0)
        }
    }

    /// `both` equals funded(a)·funded(b) at the optimum: bounded above for a positive value
    /// (the objective pushes it up), below for a negative one (the objective pushes it down).
    private mutating func addInteractions() {
        let funded = Dictionary(mentors.map { ($0.id, $0.funded) }, uniquingKeysWith: { first, _ in first })
        // In a fixed order (by the sorted pair), so that among exact ties the file's order of
        // interactions, or of the two names in a pair, cannot change which allocation is returned.
        let ordered = scenario.interactions.sorted {
            [$0.first, $0.second].sorted().lexicographicallyPrecedes([$1.first, $1.second].sorted())
        }
        for interaction in ordered where interaction.value != 0 {
            guard let first = funded[interaction.first], let second = funded[interaction.second] else { continue }
            let pair = [interaction.first, interaction.second].sorted().joined(separator: ",")
            let both = problem.addVariable("both(\(pair))", kind: .continuous, lowerBound: 0, upperBound: 1)
            problem.objective.add(interaction.value, both)
            interactionPairs.append((interaction.first, interaction.second, both))
            if interaction.value > 0 {
                problem.addConstraint("both_first(\(pair))", LinearExpression([(both, 1), (first, -1)]), upperBound: 0)
                problem.addConstraint("both_second(\(pair))", LinearExpression([(both, 1), (second, -1)]), upperBound: 0)
            } else {
                problem.addConstraint(
                    "both_either(\(pair))", LinearExpression([(both, 1), (first, -1), (second, -1)]), lowerBound: -1)
            }
        }
    }

    /// The same model at another budget: only the budget row changes, so a sweep reuses the rest.
    public func withBudget(_ budget: Double) -> Formulation {
        var copy = self
        copy.scenario.budget = budget
        if let row = budgetRow {
            copy.problem.setBounds(ofConstraint: row, lowerBound: -.infinity, upperBound: budget)
        }
        return copy
    }

    // MARK: - Reading and writing assignments

    /// The assignment of every variable that stands for an allocation (the inverse of
    /// ``allocation(from:)``); it satisfies the rows exactly when the allocation is feasible.
    public func assignment(for allocation: Allocation) -> [Double] {
        var values = [Double](repeating: 0, count: problem.variables.count)
        var byAgenda: [String: Int] = [:]
        var total = 0
        let agendaOf = Dictionary(scenario.mentors.map { ($0.id, $0.agenda) }, uniquingKeysWith: { first, _ in first })
        for entry in mentors {
            let count = allocation[entry.id]
            guard count > 0 else { continue }
            values[entry.funded.index] = 1
            let tailCount = max(0, count - entry.block)
            switch entry.tail {
            case .none: break
            case .concave(let slots, let extra):
                for slot in slots.prefix(tailCount) { values[slot.index] = 1 }
                values[extra.index] = Double(tailCount)
            case .ordered(let slots):
                for slot in slots.prefix(tailCount) { values[slot.index] = 1 }
            }
            total += count
            byAgenda[agendaOf[entry.id] ?? "", default: 0] += count
        }
        if let cohortSize { values[cohortSize.index] = Double(total) }
        for (agenda, variable) in agendaSizes { values[variable.index] = Double(byAgenda[agenda, default: 0]) }
        for (agenda, pieces) in returnPieces {
            // Unit pieces fill in order; the last one takes whatever is left.
            var remaining = byAgenda[agenda, default: 0]
            for (offset, piece) in pieces.enumerated() {
                let take = offset == pieces.count - 1 ? remaining : min(1, remaining)
                values[piece.index] = Double(take)
                remaining -= take
            }
        }
        for (first, second, both) in interactionPairs where allocation[first] > 0 && allocation[second] > 0 {
            values[both.index] = 1
        }
        return values
    }

    /// The allocation an assignment of the variables stands for.
    public func allocation(from values: [Double]) -> Allocation {
        var slots: [String: Int] = [:]
        for entry in mentors {
            let funded = values[entry.funded.index].rounded()
            guard funded > 0.5 else { continue }
            var count = entry.block
            switch entry.tail {
            case .none: break
            case .concave(_, let extra): count += Int(values[extra.index].rounded())
            case .ordered(let tailSlots): count += tailSlots.reduce(0) { $0 + Int(values[$1.index].rounded()) }
            }
            slots[entry.id] = count
        }
        return Allocation(slots: slots)
    }
}
