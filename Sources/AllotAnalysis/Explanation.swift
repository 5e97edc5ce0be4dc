import AllotModel
import LinearProgramming

/// Why each mentor got what they got, and what each constraint costs (DESIGN.md §3 `explain`).
///
/// Every answer is a value; AllotReport's `ExplanationReport` says it in words.
public struct Explanation: Sendable {
    /// The exact effect of forcing a mentor one step up or down (re-solved with a lock).
    public enum Change: Sendable, Equatable {
        /// Total value changes by `value` and spending by `spent`; `moves` are the other mentors'
        /// slots that change with it.
        case value(Double, spent: Double, moves: [AllocationChange])
        /// No allocation allows it.
        case impossible(Diagnosis)
        /// The step does not exist: the mentor's own requirement stops it (the exclusion, the own
        /// cap, a lock), or, one step down, there are no slots (nil).
        case notApplicable(Requirement?)
        /// Not re-solved: the explanation was asked for without forced steps (see
        /// ``Explainer/forcedSteps``).
        case notComputed
    }

    /// One thing that decides a mentor's count.
    public enum Reason: Sendable, Equatable {
        /// The mentor's own requirement allows no more: the exclusion, the own cap or a lock.
        case own(Requirement)
        /// Adding the next step directly breaks this requirement, and lifting it alone re-solves
        /// to more slots for the mentor (the budget, a share, seats, a cohort limit…).
        case blocked(Violation)
        /// Funding the mentor adds (or, negative, costs) this interaction with a funded mentor.
        case interaction(with: String, value: Double)
        /// The agenda's returns for the step's scholars (negative: a crowded agenda).
        case crowding(agenda: String, value: Double)
        /// An exact tie: this mentor's `ownSlot`-th slot and the other mentor's `slot`-th bring
        /// the same value for the same cost; the fixed tie rule kept the other's when
        /// `keptOther`, this mentor's otherwise.
        case tie(with: String, slot: Int, ownSlot: Int, keptOther: Bool)
        /// One more gives the same total value but spends this much more: the cheapest of the
        /// optimal allocations is kept.
        case costsMoreForSameValue(Double)
        /// The step's value per money, net of interactions and returns, is below what money buys
        /// at the margin (both per ``Explanation/per``).
        case belowMargin(valuePer: Double, margin: Double)
    }

    /// A requirement that adding the next step directly would break.
    public struct Obstacle: Sendable, Equatable {
        public let violation: Violation
        /// Whether lifting it alone re-solves to more slots for the mentor; when false, something
        /// else would still stop them.
        public let standsInTheWay: Bool
    }

    public struct MentorLine: Sendable {
        public let id: String
        public let slots: Int
        public let cap: Int
        /// The step up (one slot, or an unfunded mentor's first block), as `solve` shows it.
        public let next: MentorStep?
        /// Interactions the step switches on (the mentor's first funding), by partner id.
        public let interactions: [(with: String, value: Double)]
        /// The agenda's returns for the step's scholars.
        public let crowding: Double
        /// The step's value to the portfolio: its slots, interactions and agenda returns.
        public var netValue: Double? { Self.net(next, interactions, crowding) }

        static func net(_ step: MentorStep?, _ interactions: [(with: String, value: Double)], _ crowding: Double)
            -> Double?
        {
            step.map { $0.value + interactions.reduce(0) { $0 + $1.value } + crowding }
        }
        public let obstacles: [Obstacle]
        public let plusOne: Change
        public let minusOne: Change
        /// What decides the count, in the order a reader needs it.
        public let reasons: [Reason]
        public let agenda: String
    }

    /// What lifting one requirement would add to the optimum.
    public struct Price: Sendable {
        public let requirement: Requirement
        /// Value gained by lifting it; nil when the lifted scenario did not solve to optimality.
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
    /// Whether each mentor was re-solved one step up and down (the exact ±1 changes and ties)
    /// and each capped mentor with a raised cap; false when ``Explainer/forcedSteps`` was off.
    public let forcedSteps: Bool
    /// True when the deadline or an interrupt stopped the re-solves part way: from then on
    /// changes are `.notComputed`, obstacles and cap gains unknown, and prices nil.
    public var stoppedEarly = false

    /// The money a value-point figure is worth at the current margin (nil when money buys nothing more).
    public func moneyEquivalent(_ value: Double) -> Double? {
        MarginalValue.money(value, at: cutoff.map { $0 / per })
    }
}

/// Computes an ``Explanation`` by re-solving the scenario under small changes.
public struct Explainer: Sendable {
    public let allocator: Allocator
    public var options = SolveOptions()
    public var per: Double = 100_000
    /// Whether to re-solve each mentor forced one step up and down, and each capped mentor with a raised cap.
    ///
    /// That is two or three solves per mentor, most of the work on a large scenario. Off, the
    /// ±1 changes are `.notComputed`, exact ties go unnamed and caps' gains are nil; the reasons
    /// that need one solve per requirement (obstacles, prices, the margin) remain.
    public var forcedSteps = true
    /// Polled before each re-solve (an interrupt); once it or the deadline says stop, no more
    /// re-solves start and the explanation says it stopped early.
    public var stopRequested: @Sendable () -> Bool = { false }

    public init(allocator: Allocator) { self.allocator = allocator }

    /// Whether re-solves must stop: past the deadline a solve returns the quick start, not an
    /// optimum, and each one still builds a whole formulation (minutes at 20,000 mentors).
    private var mustStop: Bool { options.isPastDeadline || stopRequested() }

    /// Explains every mentor, or only `mentorIds` when given; constraint prices are always computed.
    ///
    /// `base` is the scenario's solve when the caller already has it (a report shows that
    /// allocation, so the reasons must be about it); without it the scenario is solved here.
    public func explain(_ scenario: Scenario, mentorIds: [String]? = nil, base known: AllocationResult? = nil) throws
        -> Explanation
    {
        let base = try known ?? allocator.solveNamingConflicts(Formulation(scenario: scenario), options: options)
        guard let allocation = base.allocation, let audit = base.audit else {
            return Explanation(
                base: base, cutoff: nil, per: per, mentors: [], prices: [], capNegotiation: [], forcedSteps: forcedSteps)
        }
        let cutoff = try MarginalValue.perMoney(scenario, base: base, allocator: allocator, options: options).map { $0 * per }
        var context = Context(scenario: scenario, catalogue: ConstraintCatalogue(scenario), allocation: allocation, audit: audit)
        let selected = scenario.mentors.filter { mentorIds?.contains($0.id) ?? true }.sorted { $0.id < $1.id }
        let lines = try selected.map { try explainMentor($0, &context, cutoff: cutoff) }
        let prices = try prices(&context)
        let caps = try capNegotiation(&context)
        var explanation = Explanation(
            base: base, cutoff: cutoff, per: per, mentors: lines, prices: prices, capNegotiation: caps,
            forcedSteps: forcedSteps)
        explanation.stoppedEarly = context.stopped
        return explanation
    }

    /// The base optimum and the optima with one requirement lifted, each solved once.
    struct Context {
        let scenario: Scenario
        let catalogue: ConstraintCatalogue
        let allocation: Allocation
        let audit: AllocationAudit
        var lifted: [Requirement: AllocationResult] = [:]
        /// Set once a re-solve was skipped because of the deadline or an interrupt.
        var stopped = false
    }

    /// Whether the next re-solve may start; records in `context` when it may not.
    private func mayResolve(_ context: inout Context) -> Bool {
        if context.stopped || mustStop { context.stopped = true }
        return !context.stopped
    }

    /// The optimum with `requirement` lifted, nil once re-solves have stopped.
    private func lifted(_ requirement: Requirement, _ context: inout Context) throws -> AllocationResult? {
        if let known = context.lifted[requirement] { return known }
        guard mayResolve(&context) else { return nil }
        var relaxed = context.scenario
        ConstraintCatalogue.lift(requirement, in: &relaxed)
        let result = try allocator.solve(relaxed, options: options)
        context.lifted[requirement] = result
        return result
    }

    // MARK: - Mentors

    private func explainMentor(_ mentor: Mentor, _ context: inout Context, cutoff: Double?) throws
        -> Explanation.MentorLine
    {
        let scenario = context.scenario
        let allocation = context.allocation
        let count = allocation[mentor.id]
        let next = scenario.nextStep(of: mentor, from: count)
        let (interactions, crowding) = next.map { effects(of: $0, mentor, context) } ?? ([], 0)
        var obstacles: [Explanation.Obstacle] = []
        // Finding the violated requirements copies the allocation (quadratic over a large
        // scenario), and each needs a re-solve: none once re-solves have stopped.
        if let next, mayResolve(&context) {
            for violation in context.catalogue.violations(moving: mentor, to: next.to, from: context.audit.tally) {
                guard let relaxed = try lifted(violation.requirement, &context) else { break }
                obstacles.append(
                    Explanation.Obstacle(
                        violation: violation, standsInTheWay: (relaxed.allocation?[mentor.id] ?? count) > count))
            }
        }
        let blocker = scenario.stepUpBlocker(of: mentor, at: count)
        let plus: Explanation.Change =
            try next.map { forcedSteps && mayResolve(&context) ? try forced(mentor, to: $0.to, context) : .notComputed }
            ?? .notApplicable(blocker)
        let minus: Explanation.Change
        if let previous = scenario.previousStep(of: mentor, from: count) {
            minus = forcedSteps && mayResolve(&context) ? try forced(mentor, to: previous.to, context) : .notComputed
        } else {
            minus = .notApplicable(scenario.stepDownBlocker(of: mentor, at: count))
        }
        var reasons: [Explanation.Reason] = blocker.map { [.own($0)] } ?? []
        reasons += obstacles.filter(\.standsInTheWay).map { .blocked($0.violation) }
        reasons += interactions.map { .interaction(with: $0.with, value: $0.value) }
        if crowding != 0 { reasons.append(.crowding(agenda: mentor.agenda, value: crowding)) }
        if let tie = Self.tie(plus, minus, count: count, context.scenario) { reasons.append(tie) }
        if let next, next.cost > 0, let cutoff, let net = Explanation.MentorLine.net(next, interactions, crowding) {
            let valuePer = net / next.cost * per
            if valuePer < cutoff - 1e-9 { reasons.append(.belowMargin(valuePer: valuePer, margin: cutoff)) }
        }
        return Explanation.MentorLine(
            id: mentor.id, slots: count, cap: mentor.cap, next: next, interactions: interactions, crowding: crowding,
            obstacles: obstacles, plusOne: plus, minusOne: minus, reasons: reasons, agenda: mentor.agenda)
    }

    /// The interactions a step switches on (only a first funding does) and its agenda returns.
    private func effects(of step: MentorStep, _ mentor: Mentor, _ context: Context) -> (
        [(with: String, value: Double)], Double
    ) {
        var interactions: [(with: String, value: Double)] = []
        if step.from == 0 {
            for interaction in context.scenario.interactions where interaction.value != 0 {
                let partner =
                    interaction.first == mentor.id
                    ? interaction.second : interaction.second == mentor.id ? interaction.first : nil
                if let partner, partner != mentor.id, context.allocation[partner] > 0 {
                    interactions.append((partner, interaction.value))
                }
            }
        }
        var crowding = 0.0
        if let agenda = context.scenario.agenda(id: mentor.agenda), step.to > step.from {
            let held = context.audit.scholarsByAgenda[mentor.agenda, default: 0]
            crowding = (held + 1...held + step.to - step.from).reduce(0) { $0 + agenda.returnOfScholar($1) }
        }
        return (interactions.sorted { $0.with < $1.with }, crowding)
    }

    /// A tie named from the forced steps: the same total value and spending, one other mentor's
    /// slot traded for this one's; or the same value for more money.
    static func tie(_ plus: Explanation.Change, _ minus: Explanation.Change, count: Int, _ scenario: Scenario)
        -> Explanation.Reason?
    {
        for (change, up) in [(plus, true), (minus, false)] {
            guard case .value(let delta, let spent, let moves) = change else { continue }
            let valueTolerance = Allocator.tieTolerance * max(1, abs(delta))
            guard abs(delta) <= max(1e-9, valueTolerance) else { continue }
            if abs(spent) <= 1e-6 * max(1, abs(scenario.budget)) {
                // Forcing this mentor up takes a slot from the other (its last one); forcing them
                // down gives the other one more (the slot it would gain).
                let others = moves.filter { up ? $0.delta < 0 : $0.delta > 0 }
                if others.count == 1, let other = others.first {
                    return .tie(
                        with: other.mentor, slot: up ? other.from : other.to, ownSlot: up ? count + 1 : count,
                        keptOther: up)
                }
            } else if up && spent > 0 {
                return .costsMoreForSameValue(spent)
            }
        }
        return nil
    }

    /// The optimum with this mentor held at exactly `count` scholars, against the base optimum.
    private func forced(_ mentor: Mentor, to count: Int, _ context: Context) throws -> Explanation.Change {
        var changed = context.scenario
        guard let index = changed.mentors.firstIndex(where: { $0.id == mentor.id }) else { return .notApplicable(nil) }
        changed.mentors[index].lock = .exactly(count)
        let result = try allocator.solveNamingConflicts(Formulation(scenario: changed), options: options)
        guard let audit = result.audit, let other = result.allocation else {
            return .impossible(result.diagnosis ?? .infeasible([]))
        }
        let moves = AllocationChange.between(context.allocation, other).filter { $0.mentor != mentor.id }
        return .value(audit.objective - context.audit.objective, spent: audit.spent - context.audit.spent, moves: moves)
    }

    // MARK: - Constraint prices

    /// Prices the requirements that limit the cohort's shape (not the budget, locks or mins, which
    /// the ladder and the per-mentor lines cover), each lifted alone.
    private func prices(_ context: inout Context) throws -> [Explanation.Price] {
        try context.catalogue.requirements.compactMap { requirement in
            switch requirement {
            case .minShare, .maxShare, .agendaMinimum, .agendaMaximum, .seats, .cohortMinimum, .cohortMaximum,
                .maxMentors:
                let result = try lifted(requirement, &context)
                let value =
                    result?.status == .optimal ? result?.audit.map { $0.objective - context.audit.objective } : nil
                return Explanation.Price(requirement: requirement, value: value)
            case .budget, .lock, .minimumIfFunded, .ownCap, .excluded:
                return nil
            }
        }
    }

    // MARK: - Caps

    private func capNegotiation(_ context: inout Context) throws -> [Explanation.CapNegotiation] {
        let (scenario, allocation, base) = (context.scenario, context.allocation, context.audit.objective)
        return try scenario.mentors.sorted(by: { $0.id < $1.id }).compactMap { mentor in
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
            guard forcedSteps, mayResolve(&context) else {
                return Explanation.CapNegotiation(
                    mentor: mentor.id, cap: mentor.cap, nextSlotValue: mentor.curve.values(count: raised).last, gain: nil)
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
