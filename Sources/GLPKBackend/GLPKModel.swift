import CGLPK
import LinearProgramming

/// One `glp_prob` built from a validated ``Problem``; the caller deletes it on the same thread.
///
/// Not a class with `deinit`: deleting on another thread aborts, so the lifetime is kept
/// explicit and scoped to one synchronous call in ``GLPKBackend``.
struct GLPKModel {
    let pointer: OpaquePointer
    let problem: Problem

    init(_ problem: Problem) {
        self.problem = problem
        pointer = glp_create_prob()
        glp_set_prob_name(pointer, String(problem.name.utf8.prefix(Problem.maximumNameLength)) ?? "allot")
        glp_set_obj_name(pointer, problem.objectiveName)
        glp_set_obj_dir(pointer, problem.sense == .maximize ? GLP_MAX : GLP_MIN)
        glp_set_obj_coef(pointer, 0, problem.objective.constant)
        loadColumns()
        loadRows()
    }

    func delete() { glp_delete_prob(pointer) }

    private func loadColumns() {
        let count = problem.variables.count
        guard count > 0 else { return }
        glp_add_cols(pointer, Int32(count))
        for (offset, declaration) in problem.variables.enumerated() {
            let column = Int32(offset + 1)
            glp_set_col_name(pointer, column, declaration.name)
            switch declaration.kind {
            case .continuous: glp_set_col_kind(pointer, column, GLP_CV)
            case .integer: glp_set_col_kind(pointer, column, GLP_IV)
            case .binary: glp_set_col_kind(pointer, column, GLP_IV)  // GLP_BV would reset the bounds
            }
            let (type, lower, upper) = Self.boundType(declaration.lowerBound, declaration.upperBound)
            glp_set_col_bnds(pointer, column, type, lower, upper)
        }
        for (variable, coefficient) in problem.objective.coefficients {
            glp_set_obj_coef(pointer, Int32(variable.index + 1), coefficient)
        }
    }

    private func loadRows() {
        let count = problem.constraints.count
        guard count > 0 else { return }
        glp_add_rows(pointer, Int32(count))
        // One glp_load_matrix call: triplets are 1-based with a dummy element at position 0.
        var rowIndices: [Int32] = [0]
        var columnIndices: [Int32] = [0]
        var values: [Double] = [0]
        for (offset, row) in problem.constraints.enumerated() {
            let rowNumber = Int32(offset + 1)
            glp_set_row_name(pointer, rowNumber, row.name)
            let (type, lower, upper) = Self.boundType(row.lowerBound, row.upperBound)
            glp_set_row_bnds(pointer, rowNumber, type, lower, upper)
            for term in row.expression.sortedTerms {
                rowIndices.append(rowNumber)
                columnIndices.append(Int32(term.variable.index + 1))
                values.append(term.coefficient)
            }
        }
        glp_load_matrix(pointer, Int32(values.count - 1), rowIndices, columnIndices, values)
    }

    /// GLPK's bound type for a (possibly infinite) pair of bounds.
    static func boundType(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): (GLP_FR, 0, 0)
        case (true, false): (GLP_LO, lower, 0)
        case (false, true): (GLP_UP, 0, upper)
        case (true, true): lower == upper ? (GLP_FX, lower, upper) : (GLP_DB, lower, upper)
        }
    }

    func solve(
        options: SolveOptions, progress: (@Sendable (SearchProgress) -> Void)? = nil,
        stopRequested: @escaping () -> Bool = { SolveInterruption.isRequested }
    ) -> SolveOutcome {
        // Every GLPK call below gets what is left of one deadline; one that has passed stops
        // here (GLPK aborts on a negative tm_lim).
        let deadline = options.secondsAllowed.map { ContinuousClock.now + .seconds($0) }
        // GLPK takes an offered point on trust, so only a point that satisfies every row is offered.
        let startingPoint = options.startingPoint.flatMap { problem.isFeasible($0) ? $0 : nil }
        if let deadline, ContinuousClock.now >= deadline { return stoppedBeforeSearch(startingPoint: startingPoint, bound: nil) }
        // With the MIP presolver on, the branch-and-cut callback sees the presolved problem, whose
        // columns are not ours: a starting point offered there would be read against the wrong
        // columns and could prune the true optimum. So a start needs presolve off, which in turn
        // needs an optimal LP basis first. The presolver's own root LP also ignores tm_lim and
        // cannot be interrupted, so the relaxation is always solved here, where both are checked.
        var relaxationBound: Double?
        switch solveRelaxation(startingNear: startingPoint, deadline: deadline, stopRequested: stopRequested) {
        case .optimal(let bound):
            relaxationBound = bound
            progress?(SearchProgress(bound: bound))
        case .timeLimit: return stoppedBeforeSearch(startingPoint: startingPoint, bound: nil)
        case .interrupted: return stoppedBeforeSearch(startingPoint: startingPoint, bound: nil, termination: .interrupted)
        case .notOptimal: break  // infeasible or numerically stuck: the presolver decides
        }
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.presolve = relaxationBound == nil ? GLP_ON : GLP_OFF
        parameters.msg_lev = GLP_MSG_OFF
        parameters.mip_gap = options.relativeGap
        if let tolerance = options.integralityTolerance { parameters.tol_int = tolerance }
        if let deadline {
            let milliseconds = Self.milliseconds(until: deadline)
            guard milliseconds > 0 else { return stoppedBeforeSearch(startingPoint: startingPoint, bound: relaxationBound) }
            parameters.tm_lim = milliseconds
        }
        let monitor = SearchMonitor(
            startingPoint: relaxationBound == nil ? nil : startingPoint, columnCount: problem.variables.count,
            deadline: deadline, progress: progress, stopRequested: stopRequested)
        let code = withExtendedLifetime(monitor) { () -> Int32 in
            parameters.cb_func = searchCallback
            parameters.cb_info = Unmanaged.passUnretained(monitor).toOpaque()
            return glp_intopt(pointer, &parameters)
        }
        var result = outcome(code: code, monitor: monitor)
        result.bestBound =
            result.termination == .optimal && result.relativeGap == 0
            ? result.objectiveValue : (monitor.bestBound ?? relaxationBound)
        if result.termination == .noSolution, let startingPoint {
            // Stopped before GLPK took the start as its incumbent: the start is still an allocation.
            return stoppedBeforeSearch(startingPoint: startingPoint, bound: result.bestBound)
        }
        if result.termination == .feasible, let bound = result.bestBound, let value = result.objectiveValue {
            result.relativeGap = SolveOutcome.relativeGap(value, bound: bound)
        }
        return result
    }

    /// The outcome when a limit (or an interrupt) stops the search before it found anything: the
    /// caller's starting point when there is one (feasible by ``Problem/isFeasible``), else nothing.
    private func stoppedBeforeSearch(
        startingPoint: [Double]?, bound: Double?, termination: Termination = .feasible
    ) -> SolveOutcome {
        guard let startingPoint else {
            return SolveOutcome(termination: termination == .interrupted ? .interrupted : .noSolution, bestBound: bound)
        }
        let value = problem.objective.value(at: startingPoint)
        return SolveOutcome(
            termination: termination, values: startingPoint, objectiveValue: value,
            relativeGap: bound.map { SolveOutcome.relativeGap(value, bound: $0) }, bestBound: bound)
    }

    /// Milliseconds left until `deadline`, as GLPK's `tm_lim` (0 once it has passed).
    static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let left = ContinuousClock.now.duration(to: deadline).seconds * 1000
        return left <= 0 ? 0 : Int32(min(left.rounded(.up), Double(Int32.max)))
    }

    private enum Relaxation {
        case optimal(bound: Double)
        case timeLimit
        case interrupted
        case notOptimal
    }

    /// The longest stretch `glp_simplex` runs between two checks of the deadline and of an interrupt.
    ///
    /// The simplex has no callback; only its own time limit stops it. So it runs in slices, each
    /// resuming from the basis the last one left (a refactorisation and fresh pricing weights,
    /// a few milliseconds even at 20,000 mentors), and a signal is noticed within one slice.
    static let simplexSliceMilliseconds: Int32 = 200

    /// Solves the LP relaxation, from the vertex of `point` when there is one, within the
    /// deadline; when optimal, its basis is where `glp_intopt` starts and its value a bound.
    ///
    /// A basis GLPK finds singular or ill-conditioned is replaced by GLPK's own and solved again.
    private func solveRelaxation(
        startingNear point: [Double]?, deadline: ContinuousClock.Instant?, stopRequested: () -> Bool
    ) -> Relaxation {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = GLP_OFF  // keep the basis
        if point.map(installBasis(near:)) != true { glp_adv_basis(pointer, 0) }
        func run() -> Int32 {
            while true {
                if stopRequested() { return GLP_ESTOP }
                var slice = Self.simplexSliceMilliseconds
                if let deadline {
                    let milliseconds = Self.milliseconds(until: deadline)
                    guard milliseconds > 0 else { return GLP_ETMLIM }
                    slice = min(slice, milliseconds)
                }
                parameters.tm_lim = slice
                let code = glp_simplex(pointer, &parameters)
                if code != GLP_ETMLIM { return code }
            }
        }
        var code = run()
        if code == GLP_EBADB || code == GLP_ESING || code == GLP_ECOND {
            glp_adv_basis(pointer, 0)
            code = run()
        }
        if code == GLP_ETMLIM { return .timeLimit }
        if code == GLP_ESTOP { return .interrupted }
        guard code == 0 && glp_get_status(pointer) == GLP_OPT else { return .notOptimal }
        return .optimal(bound: glp_get_obj_val(pointer))
    }

    private func outcome(code: Int32, monitor: SearchMonitor) -> SolveOutcome {
        let status = glp_mip_status(pointer)
        let assignment: [Double]? =
            (status == GLP_OPT || status == GLP_FEAS)
            ? (1...problem.variables.count).map { glp_mip_col_val(pointer, Int32($0)) } : nil
        let objective = assignment.map { _ in glp_mip_obj_val(pointer) }
        switch code {
        case 0 where status == GLP_OPT:
            return SolveOutcome(termination: .optimal, values: assignment, objectiveValue: objective, relativeGap: 0)
        case GLP_EMIPGAP where assignment != nil:
            // Stopped at the requested gap: optimal within the caller's tolerance.
            return SolveOutcome(
                termination: .optimal, values: assignment, objectiveValue: objective, relativeGap: monitor.lastGap)
        case GLP_ETMLIM, GLP_ESTOP, GLP_EMIPGAP:
            // The callback also stops the search at the deadline; only a caller's request is an interrupt.
            let termination: Termination = code == GLP_ESTOP && !monitor.reachedDeadline ? .interrupted : .feasible
            if assignment != nil {
                return SolveOutcome(
                    termination: termination, values: assignment, objectiveValue: objective,
                    relativeGap: monitor.lastGap)
            }
            return SolveOutcome(termination: termination == .interrupted ? .interrupted : .noSolution)
        case GLP_ENOPFS, GLP_EBOUND:
            return SolveOutcome(termination: .infeasible)
        case 0 where status == GLP_NOFEAS:
            return SolveOutcome(termination: .infeasible)
        case GLP_ENODFS:
            return SolveOutcome(termination: .unbounded)
        default:
            // GLPK gave up for numerical reasons; report what it holds, never guess.
            if assignment != nil {
                return SolveOutcome(
                    termination: .feasible, values: assignment, objectiveValue: objective,
                    relativeGap: monitor.lastGap)
            }
            return SolveOutcome(termination: .noSolution)
        }
    }
}
