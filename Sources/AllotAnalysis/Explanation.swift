import AllotModel
import LinearProgramming

/// Why each mentor got what they got, and what each constraint costs (DESIGN.md §3 `explain`).
public struct Explanation: Sendable {
    /// The exact effect of forcing a mentor one step up or down (re-solved with a lock).
    public enum Change: Sendable, Equatable {
        /// Total value changes by `value`; `moves` are the other mentors' slots that change with it.
        case value(Double, moves: [AllocationChange])
        /// No allocation allows it; the reason in words.
        case impossible(String)
        /// The step does not exist (at zero, or at the mentor's own cap or lock).
        case notApplicable(String)
    }

    public struct MentorLine: Sendable {
        public let id: String
        public let slots: Int
        public let cap: Int
        /// Value and cost of the next step (one slot, or an unfunded mentor's first block).
        public let nextValue: Double?
        public let nextCost: Double?
        /// What simply adding the next step would break, in words (empty: nothing breaks).
        public let obstacles: [String]
        public let plusOne: Change
        public let minusOne: Change
        public let sentence: String
    }

    /// What relaxing one group of constraints would add to the optimum.
    public struct Price: Sendable {
        public let group: String
        public let kind: BindingConstraint.Kind
        public let subject: String?
        /// Value gained by relaxing the group; nil when the relaxed scenario did not solve to optimality.
        public let value: Double?
        public var binds: Bool { (value ?? 0) > 1e-9 }
    }

    /// A mentor at their own cap and what one more slot of theirs would add.
    public struct CapNegotiation: Sendable {
        public let mentor: String
        public let cap: Int
        /// The value the curve gives the slot above the cap, when it gives one.
        public let nextSlotValue: Double?
        /// Exact gain in total value with the cap one higher (re-solved), when the curve gives that slot.
        public let gain: Double?
    }

    public let base: AllocationResult
    /// Value the marginal money buys, per `per` of funding (from a re-solve one scholar's cost up).
    public let cutoff: Double?
    public let per: Double
    public let mentors: [MentorLine]
    public let prices: [Price]
    public let capNegotiation: [CapNegotiation]
}

/// Computes an ``Explanation`` by re-solving the scenario under small changes.
public struct Explainer: Sendable {
    public let allocator: Allocator
    public var options = SolveOptions()
    public var per: Double = 100_000

    public init(allocator: Allocator) { self.allocator = allocator }

    /// Explains every mentor, or only `mentorIds` when given; constraint prices are always computed.
    public func explain(_ scenario: Scenario, mentorIds: [String]? = nil) throws -> Explanation {
        let base = try allocator.solve(scenario, options: options)
        guard let allocation = base.allocation, let audit = base.audit else {
            return Explanation(base: base, cutoff: nil, per: per, mentors: [], prices: [], capNegotiation: [])
        }
        let step = FundingLadder.stepSize(scenario, allocation)
        var richer = scenario
        richer.budget += step
        let cutoff = try allocator.solve(richer, options: options).audit.map { ($0.objective - audit.objective) / step * per }
        let selected = scenario.mentors.filter { mentorIds?.contains($0.id) ?? true }.sorted { $0.id < $1.id }
        let lines = try selected.map { try explainMentor($0, scenario, allocation, audit, cutoff: cutoff) }
        return Explanation(
            base: base, cutoff: cutoff, per: per, mentors: lines, prices: try prices(scenario, audit.objective),
            capNegotiation: try capNegotiation(scenario, allocation, audit.objective))
    }

    // MARK: - Mentors

    private func explainMentor(
        _ mentor: Mentor, _ scenario: Scenario, _ allocation: Allocation, _ audit: AllocationAudit, cutoff: Double?
    ) throws -> Explanation.MentorLine {
        let count = allocation[mentor.id]
        let limits = mentor.slotLimits
        let up = count == 0 ? limits.lowestFunded : count + 1
        let down = count - 1 < limits.lowestFunded ? 0 : count - 1
        let nextValue = up <= mentor.cap ? mentor.value(ofSlots: up) - mentor.value(ofSlots: count) : nil
        let nextCost =
            up <= mentor.cap ? scenario.cost(of: mentor, scholars: up) - scenario.cost(of: mentor, scholars: count) : nil
        var candidate = allocation
        candidate[mentor.id] = up
        let obstacles =
            up > mentor.cap
            ? ["\(mentor.id)'s own cap of \(mentor.cap)"] : AllocationAudit(scenario: scenario, allocation: candidate).violations
        // The mentor's own cap and lock are answers, not obstacles to re-solve around.
        let plus: Explanation.Change
        if mentor.exclude {
            plus = .notApplicable("excluded")
        } else if up > mentor.cap {
            plus = .notApplicable("at its own cap of \(mentor.cap)")
        } else if up > limits.highest, let lock = mentor.lock {
            plus = .notApplicable("held by its lock (\(Self.describe(lock)))")
        } else {
            plus = try forced(mentor, to: up, scenario, allocation, audit.objective)
        }
        let minus: Explanation.Change
        if count == 0 {
            minus = .notApplicable("has no slots")
        } else if (down == 0 && !limits.mayBeUnfunded) || (down > 0 && down < limits.lowestFunded), let lock = mentor.lock {
            minus = .notApplicable("held by its lock (\(Self.describe(lock)))")
        } else {
            minus = try forced(mentor, to: down, scenario, allocation, audit.objective)
        }
        return Explanation.MentorLine(
            id: mentor.id, slots: count, cap: mentor.cap, nextValue: nextValue, nextCost: nextCost, obstacles: obstacles,
            plusOne: plus, minusOne: minus,
            sentence: sentence(
                mentor, count: count, up: up, nextValue: nextValue, nextCost: nextCost, cutoff: cutoff,
                obstacles: obstacles, plus: plus, minus: minus))
    }

    /// The optimum with this mentor held at exactly `count` scholars, against the base optimum.
    private func forced(_ mentor: Mentor, to count: Int, _ scenario: Scenario, _ allocation: Allocation, _ base: Double)
        throws -> Explanation.Change
    {
        var changed = scenario
        guard let index = changed.mentors.firstIndex(where: { $0.id == mentor.id }) else { return .notApplicable("unknown") }
        changed.mentors[index].lock = .exactly(count)
        let result = try allocator.solve(changed, options: options)
        guard let audit = result.audit, let other = result.allocation else {
            return .impossible(result.explanation ?? "no allocation satisfies every constraint")
        }
        let moves = AllocationChange.between(allocation, other).filter { $0.mentor != mentor.id }
        return .value(audit.objective - base, moves: moves)
    }

    private func sentence(
        _ mentor: Mentor, count: Int, up: Int, nextValue: Double?, nextCost: Double?, cutoff: Double?,
        obstacles: [String], plus: Explanation.Change, minus: Explanation.Change
    ) -> String {
        var parts = ["\(mentor.id) has \(count) of \(mentor.cap) slots."]
        if let nextValue, let nextCost {
            let what = count == 0 && up > 1 ? "Funding them at all (\(up) scholars, their min)" : "The next slot"
            var text = "\(what) is worth \(Formatting.fixed(nextValue)) for \(Formatting.money(nextCost))"
            if nextCost > 0 { text += " (\(Formatting.fixed(nextValue / nextCost * per)) per \(Formatting.money(per)))" }
            if let cutoff { text += "; money at the margin buys \(Formatting.fixed(cutoff)) per \(Formatting.money(per))" }
            parts.append(text + ".")
        }
        if mentor.exclude {
            parts.append("They are excluded.")
        } else if obstacles.isEmpty, nextValue != nil {
            parts.append("Adding it breaks no constraint, but does not pay: it would not raise the total value.")
        } else if !obstacles.isEmpty {
            parts.append("Adding it directly would break " + obstacles.joined(separator: "; ") + ".")
        }
        switch plus {
        case .notApplicable(let why) where why.hasPrefix("held"): parts.append("One more is not possible: it is \(why).")
        case .value(let delta, let moves):
            let rearranged = moves.isEmpty ? "" : " (rearranging \(AllocationChange.describe(moves, limit: 4)))"
            parts.append("Forcing one more changes the total value by \(Self.signed(delta))\(rearranged).")
        case .impossible(let why): parts.append("One more is impossible: \(Self.clause(why)).")
        case .notApplicable: break
        }
        switch minus {
        case .notApplicable(let why) where why.hasPrefix("held"): parts.append("One fewer is not possible: it is \(why).")
        case .value(let delta, let moves):
            let rearranged = moves.isEmpty ? "" : " (the money goes to \(AllocationChange.describe(moves, limit: 4)))"
            parts.append("One fewer changes it by \(Self.signed(delta))\(rearranged).")
        case .impossible(let why): parts.append("One fewer is impossible: \(Self.clause(why)).")
        case .notApplicable: break
        }
        return parts.joined(separator: " ")
    }

    static func describe(_ lock: Lock) -> String {
        switch lock {
        case .exactly(let n): "exactly \(n)"
        case .atLeast(let n): "at least \(n)"
        case .atMost(let n): "at most \(n)"
        }
    }

    /// A reason without its closing full stop, to sit inside a sentence.
    static func clause(_ text: String) -> String { text.hasSuffix(".") ? String(text.dropLast()) : text }

    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + Formatting.fixed(value) }

    // MARK: - Constraint prices

    /// Prices the groups that limit the cohort's shape (not the budget, locks or mins, which
    /// the ladder and the per-mentor lines cover), each lifted as ``ConstraintGroup`` says.
    private func prices(_ scenario: Scenario, _ base: Double) throws -> [Explanation.Price] {
        var priced: [(label: String, kind: BindingConstraint.Kind, subject: String?, lifts: [ConstraintGroup])] = []
        for group in ConstraintGroup.all(in: scenario) {
            switch group.kind {
            case .share:
                guard let agenda = group.subject.flatMap(scenario.agenda(id:)) else { continue }
                let band =
                    agenda.minShare > 0 && agenda.maxShare < 1
                    ? "band \(Formatting.percent(agenda.minShare))–\(Formatting.percent(agenda.maxShare))"
                    : agenda.maxShare < 1
                        ? "cap of \(Formatting.percent(agenda.maxShare))" : "floor of \(Formatting.percent(agenda.minShare))"
                priced.append(
                    ("agenda \(agenda.id)'s share \(band)", agenda.maxShare < 1 ? .shareMax : .shareMin, agenda.id, [group]))
            case .agendaBounds:
                priced.append(("agenda \(group.subject ?? "")'s scholar bounds", .agendaScholars, group.subject, [group]))
            case .seats:
                priced.append((group.label, .seats, group.subject, [group]))
            case .cohortMinimum, .cohortMaximum:
                // The cohort's minimum and maximum are priced together, as one limit on its size.
                if let last = priced.last, last.kind == .cohortScholars {
                    priced[priced.count - 1].lifts.append(group)
                } else {
                    priced.append(("the cohort size limits", .cohortScholars, nil, [group]))
                }
            case .maxMentors:
                priced.append(("the limit on funded mentors", .cohortMentors, nil, [group]))
            case .budget, .lock, .minimum:
                continue
            }
        }
        return try priced.map { entry in
            var relaxed = scenario
            for group in entry.lifts { group.lift(&relaxed) }
            let result = try allocator.solve(relaxed, options: options)
            let value = result.status == .optimal ? result.audit.map { $0.objective - base } : nil
            return Explanation.Price(group: entry.label, kind: entry.kind, subject: entry.subject, value: value)
        }
    }

    // MARK: - Caps

    private func capNegotiation(_ scenario: Scenario, _ allocation: Allocation, _ base: Double) throws
        -> [Explanation.CapNegotiation]
    {
        try scenario.mentors.sorted(by: { $0.id < $1.id }).compactMap { mentor in
            guard allocation[mentor.id] > 0, allocation[mentor.id] == mentor.cap, !mentor.exclude else { return nil }
            let raised = mentor.cap + 1
            let available: Bool
            switch mentor.curve {
            case .values(let list): available = list.count >= raised
            default: available = true
            }
            guard available, raised <= ScenarioDecoder.maximumCap else {
                return Explanation.CapNegotiation(mentor: mentor.id, cap: mentor.cap, nextSlotValue: nil, gain: nil)
            }
            var changed = scenario
            guard let index = changed.mentors.firstIndex(where: { $0.id == mentor.id }) else { return nil }
            let old = changed.mentors[index]
            changed.mentors[index] = Mentor(
                id: old.id, name: old.name, agenda: old.agenda, location: old.location, cap: raised, min: old.min,
                curve: old.curve, costPerScholar: old.costPerScholar, fixedCost: old.fixedCost,
                lock: old.lock, exclude: old.exclude,
                uncertainty: old.uncertainty, tags: old.tags)
            let result = try allocator.solve(changed, options: options)
            let gain = result.status == .optimal ? result.audit.map { $0.objective - base } : nil
            return Explanation.CapNegotiation(
                mentor: mentor.id, cap: mentor.cap, nextSlotValue: changed.mentors[index].slotValues.last, gain: gain)
        }
    }
}
