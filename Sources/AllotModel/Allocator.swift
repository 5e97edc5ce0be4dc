import Foundation
import LinearProgramming

/// Solves scenarios: the optimum of DESIGN.md §2, then the cheapest allocation of that value.
///
/// The backend is injected, so the domain layer never imports a solver.
public struct Allocator: Sendable {
    public let backend: any SolverBackend
    /// Allocations whose value is within this relative distance of the optimum count as ties.
    public static let tieTolerance = 1e-9
    /// Whether the search starts from ``GreedyAllocation`` (off only to test that it changes no optimum).
    public let startsFromGreedy: Bool

    public init(backend: any SolverBackend, startsFromGreedy: Bool = true) {
        self.backend = backend
        self.startsFromGreedy = startsFromGreedy
    }

    public func solve(_ scenario: Scenario, options: SolveOptions = SolveOptions()) throws -> AllocationResult {
        try solve(Formulation(scenario: scenario), options: options)
    }

    /// Solves, and where no allocation satisfies the scenario, names a minimal conflict
    /// (``ConflictFinder``: more solves, so only for results a caller shows).
    public func solveNamingConflicts(_ formulation: Formulation, options: SolveOptions = SolveOptions()) throws
        -> AllocationResult
    {
        let result = try solve(formulation, options: options)
        return try ConflictFinder(backend: backend).naming(result, in: formulation.scenario, options: options)
    }

    /// Solves an existing formulation (a sweep reuses one and changes only the budget row).
    ///
    /// The search always starts from the same greedy allocation (``GreedyAllocation``), never from
    /// `options.startingPoint`: among exact ties the allocation returned depends on where the
    /// search starts, and a sweep row must equal a standalone solve at its budget.
    public func solve(_ formulation: Formulation, options: SolveOptions = SolveOptions()) throws -> AllocationResult {
        let start = DispatchTime.now()
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9 }
        let startedBeforeDeadline = !options.isPastDeadline
        let scenario = formulation.scenario
        let size = AllocationResult.ModelSize(
            variables: formulation.problem.variables.count,
            integerVariables: formulation.problem.integerVariableCount, rows: formulation.problem.constraints.count)
        var firstOptions = options
        // The search's first incumbent, and the vertex its LP relaxation starts from.
        firstOptions.startingPoint =
            startsFromGreedy ? GreedyAllocation.allocate(scenario).map(formulation.assignment(for:)) : nil
        let (first, reading) = try solveReadingExactly(
            formulation.problem, formulation, options: firstOptions, objectiveIsValue: true)
        guard let values = first.values, let reading else {
            // Naming the exact conflict takes re-solves: callers that show it ask ConflictFinder.
            return AllocationResult(
                status: first.termination, allocation: nil, audit: nil, gap: nil, seconds: elapsed(),
                tieBreak: .notApplicable,
                diagnosis: AllocationDiagnosis.whyNoAllocation(scenario, termination: first.termination),
                modelSize: size, assignment: nil)
        }
        var assignment = values
        var (allocation, audit) = reading
        // The formulation and the audit state §2 independently; if they disagree, one of them is wrong.
        if let solverValue = Self.disagreement(first, formulation.problem.objective, with: audit) {
            throw AllocationError.formulationMismatch(solver: solverValue, audit: audit.objective)
        }
        var tieBreak = AllocationResult.TieBreak.skippedNotProven
        if first.termination == .optimal && options.isPastDeadline {
            tieBreak = .cheapestNotProven
        } else if first.termination == .optimal {
            var remaining = options
            if let limit = options.timeLimit { remaining.timeLimit = max(0.001, limit - elapsed()) }
            let cheaper = try cheapestAmongOptimal(formulation, values: values, value: audit.objective, options: remaining)
            tieBreak = cheaper.termination == .optimal ? .cheapestAmongOptimal : .cheapestNotProven
            if let candidate = cheaper.values.map(formulation.allocation(from:)) {
                let candidateAudit = AllocationAudit(scenario: scenario, allocation: candidate)
                let tolerance = Self.tieTolerance * max(1, abs(audit.objective))
                if candidateAudit.isFeasible && candidateAudit.objective >= audit.objective - tolerance
                    && candidateAudit.spent <= audit.spent
                {
                    allocation = candidate
                    audit = candidateAudit
                    assignment = cheaper.values ?? values
                }
            }
        }
        guard audit.isFeasible else {
            throw AllocationError.solverReturnedInfeasible(audit.violations.map(\.requirement.code) + audit.strays)
        }
        let diagnosis = allocation.scholars == 0 ? AllocationDiagnosis.whyNobodyFunded(scenario) : nil
        var bound = first.bestBound
        var gap = first.termination == .optimal ? (first.relativeGap ?? 0) : first.relativeGap
        // After an interrupt the caller wants out at once: no bound is computed (a third of a
        // second at 20,000 mentors).
        if first.termination != .optimal && first.termination != .interrupted && bound == nil {
            // Stopped before the LP relaxation finished: the scenario's own bound says how far off it may be.
            // Its 0.2 s search runs for the solve that met the deadline, once per command; a solve
            // that starts past it (a sweep's first level) takes the bound at its first prices.
            let structural = LagrangianBound.value(
                scenario, knownValue: audit.objective, seconds: startedBeforeDeadline ? 0.2 : 0)
            bound = structural
            gap = SolveOutcome.relativeGap(audit.objective, bound: structural)
        }
        return AllocationResult(
            status: first.termination, allocation: allocation, audit: audit, gap: gap, bound: bound,
            seconds: elapsed(), tieBreak: tieBreak, diagnosis: diagnosis, modelSize: size, assignment: assignment)
    }

    /// The integrality tolerance of a second solve when the first one's answer did not round exactly.
    static let strictIntegrality = 1e-9

    /// Solves `problem` (the formulation's, or one with another objective and rows added), and
    /// reads its answer as an allocation with its audit.
    ///
    /// The solver counts an integer variable within its tolerance (GLPK: 1e-5) as whole; rounded,
    /// 0.99999 of a 500,000 slot overspends a tight budget by 5. So an answer that fails the audit,
    /// or (when the objective is the value) whose objective disagrees with it, is solved once
    /// more with a strict tolerance; whatever that gives is returned, for the caller's checks.
    private func solveReadingExactly(
        _ problem: Problem, _ formulation: Formulation, options: SolveOptions, objectiveIsValue: Bool
    ) throws -> (outcome: SolveOutcome, reading: (allocation: Allocation, audit: AllocationAudit)?) {
        func read(_ outcome: SolveOutcome) -> (allocation: Allocation, audit: AllocationAudit)? {
            outcome.values.map(formulation.allocation(from:)).map {
                ($0, AllocationAudit(scenario: formulation.scenario, allocation: $0))
            }
        }
        let outcome = try backend.solve(problem, options: options)
        guard let reading = read(outcome) else { return (outcome, nil) }
        let exact =
            reading.audit.isFeasible
            && (!objectiveIsValue || Self.disagreement(outcome, problem.objective, with: reading.audit) == nil)
        if exact { return (outcome, reading) }
        var strict = options
        strict.integralityTolerance = Self.strictIntegrality
        let again = try backend.solve(problem, options: strict)
        var latest = (outcome: again, reading: read(again))
        guard let row = formulation.budgetRow else { return latest }
        // The solver's feasibility tolerance is relative (about 10⁻⁷ of the budget row's magnitudes,
        // 100,000 at 10¹²), the audit's 10⁻⁹: an allocation over budget by less than the first is one
        // it cannot see. Asked for that much less, and then for less by what it still overspent, it
        // returns an allocation within the budget.
        let budget = formulation.scenario.budget
        var margin = 1e-7 * (1 + budget)
        for _ in 0..<3 {
            guard let audit = latest.reading?.audit, Self.onlyOverspends(audit) else { break }
            margin += max(0, audit.spent - budget)
            var tightened = problem
            tightened.setBounds(ofConstraint: row, lowerBound: -.infinity, upperBound: budget - margin)
            let within = try backend.solve(tightened, options: strict)
            latest = (within, read(within))
        }
        return latest
    }

    /// Whether the only requirement an allocation breaks is the budget.
    private static func onlyOverspends(_ audit: AllocationAudit) -> Bool {
        !audit.violations.isEmpty && audit.strays.isEmpty
            && audit.violations.allSatisfy {
                if case .budget = $0.requirement { return true }
                return false
            }
    }

    /// The formulation's objective at the solver's answer when it is not the audit's value (see
    /// ``agrees(_:with:residue:scale:)``); nil when they agree or there is no answer.
    static func disagreement(_ outcome: SolveOutcome, _ objective: LinearExpression, with audit: AllocationAudit)
        -> Double?
    {
        guard let value = Self.objective(of: outcome, objective) else { return nil }
        let agrees = Self.agrees(
            value, with: audit, residue: roundingResidue(outcome, objective), scale: termScale(outcome, objective))
        return agrees ? nil : value
    }

    /// Whether a solver's objective is the audit's value, within 10⁻⁶ of the larger of 1, the value
    /// and `scale` (the magnitude of the objective's coefficients and terms), once the solver's
    /// rounding `residue` is allowed for.
    ///
    /// Relative to the coefficients, not only to the sum: the solver's tolerances are relative to
    /// them. With a return of 10⁷ in the objective, an interaction worth 2·10⁻⁶ is below what it
    /// tells apart, and it may leave that interaction's variable at 1 where the audit counts 0.
    static func agrees(_ objective: Double, with audit: AllocationAudit, residue: Double = 0, scale: Double = 0) -> Bool {
        abs(objective - audit.objective) <= 1e-6 * max(1, abs(audit.objective), scale) + residue
    }

    /// The magnitude of the objective: its largest |coefficient|, or the sum of |coefficient × x|
    /// at the solver's answer where that is larger.
    static func termScale(_ outcome: SolveOutcome, _ objective: LinearExpression) -> Double {
        let largest = objective.coefficients.values.reduce(0) { max($0, abs($1)) }
        guard let values = outcome.values else { return largest }
        return max(
            largest,
            objective.coefficients.reduce(0) { sum, term in
                sum + abs(term.value * (term.key.index < values.count ? values[term.key.index] : 0))
            })
    }

    /// The formulation's objective at the solver's answer.
    ///
    /// Not the solver's own figure: GLPK reports the objective of its last LP, in which a slot at
    /// 10⁻⁹ (counted as 0 in the answer it returns) times a value of 10⁹ adds 1.
    static func objective(of outcome: SolveOutcome, _ objective: LinearExpression) -> Double? {
        outcome.values.map { objective.value(at: $0) }
    }

    /// How far the formulation's objective at the solver's answer can be from the audit's value
    /// without either being wrong: the sum of |coefficient| × |x − round(x)|, plus 10⁻⁹ of the
    /// sum of the terms' magnitudes.
    ///
    /// The second part is rounding: the formulation sums a mentor's first `min` values into one
    /// coefficient and the audit sums them one by one, so values of 10⁹ and 10⁻⁶ that cancel to a
    /// small objective differ in its last digits.
    ///
    /// Every variable of the formulation is whole at an exact answer (slots, funded flags, agenda
    /// return pieces, interaction products), but the solver counts 5·10⁻¹¹ as 0, and times a value of
    /// 10⁹ that is 0.05 in its objective. A formulation that disagrees with the audit has whole
    /// variables and no residue, so the check still catches it.
    static func roundingResidue(_ outcome: SolveOutcome, _ objective: LinearExpression) -> Double {
        guard let values = outcome.values else { return 0 }
        return objective.coefficients.reduce(0) { sum, term in
            let value = term.key.index < values.count ? values[term.key.index] : 0
            return sum + abs(term.value) * (abs(value - value.rounded()) + 1e-9 * abs(value))
        }
    }

    /// The cheapest allocation whose value reaches `target` ("can we get the same value for less?").
    ///
    /// Infeasible when no allocation reaches the target within the scenario's constraints.
    public func cheapest(reaching target: Double, in formulation: Formulation, options: SolveOptions = SolveOptions())
        throws -> AllocationResult
    {
        let start = DispatchTime.now()
        var problem = formulation.problem
        problem.addConstraint("target_value", problem.objective, lowerBound: target)
        problem.objective = formulation.spend
        problem.objectiveName = "spend"
        problem.sense = .minimize
        let (outcome, reading) = try solveReadingExactly(problem, formulation, options: options, objectiveIsValue: false)
        let size = AllocationResult.ModelSize(
            variables: problem.variables.count, integerVariables: problem.integerVariableCount,
            rows: problem.constraints.count)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        guard let values = outcome.values, let (allocation, audit) = reading else {
            let diagnosis =
                outcome.termination == .infeasible
                ? .targetUnreachable(target)
                : AllocationDiagnosis.whyNoAllocation(formulation.scenario, termination: outcome.termination)
            return AllocationResult(
                status: outcome.termination, allocation: nil, audit: nil, gap: nil, seconds: seconds,
                tieBreak: .notApplicable, diagnosis: diagnosis, modelSize: size, assignment: nil)
        }
        guard audit.isFeasible else {
            throw AllocationError.solverReturnedInfeasible(audit.violations.map(\.requirement.code) + audit.strays)
        }
        return AllocationResult(
            status: outcome.termination, allocation: allocation, audit: audit, gap: outcome.relativeGap,
            seconds: seconds, tieBreak: .notApplicable, diagnosis: nil, modelSize: size, assignment: values)
    }

    /// Minimises spending subject to the value reaching the optimum (within the tie tolerance).
    ///
    /// Starts from the optimal assignment, which stays the answer if this search finds nothing better.
    private func cheapestAmongOptimal(
        _ formulation: Formulation, values: [Double], value: Double, options: SolveOptions
    ) throws -> SolveOutcome {
        var problem = formulation.problem
        let tolerance = Self.tieTolerance * max(1, abs(value))
        problem.addConstraint("optimal_value", problem.objective, lowerBound: value - tolerance)
        problem.objective = formulation.spend
        problem.objectiveName = "spend"
        problem.sense = .minimize
        var options = options
        options.startingPoint = values
        return try backend.solve(problem, options: options)
    }
}

/// A failure that is a bug, not a property of the scenario.
public enum AllocationError: Error, CustomStringConvertible {
    /// The codes of the requirements it breaks, and any mentor ids it should not fund.
    case solverReturnedInfeasible([String])
    case formulationMismatch(solver: Double, audit: Double)

    public var description: String {
        switch self {
        case .solverReturnedInfeasible(let violations):
            "internal error: the solver returned an allocation that breaks the scenario ("
                + violations.prefix(3).joined(separator: ", ") + "); please report this scenario"
        case .formulationMismatch(let solver, let audit):
            "internal error: the solver's objective \(solver) differs from the allocation's value \(audit); "
                + "please report this scenario"
        }
    }
}
