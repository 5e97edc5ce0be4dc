import CGLPK
import LinearProgramming

extension GLPKModel {
    /// Installs a simplex basis at the vertex a known point sits on, so the LP relaxation starts there.
    ///
    /// From GLPK's own starting basis the primal simplex needs about one iteration for every
    /// variable that is positive at the optimum: ten thousand at 2,000 mentors, half a minute at
    /// 10,000. From a nearby vertex it needs about as many as the two points differ.
    ///
    /// Columns at a bound are nonbasic there. Each equality row (a definition such as a mentor's
    /// count of extra scholars) is made nonbasic and takes one of its columns into the basis,
    /// chosen among columns that no earlier equality row contains: the basis is then triangular,
    /// hence nonsingular. Every other row keeps its slack basic. A column strictly between its
    /// bounds that no equality row takes is put at its nearest bound; the simplex then starts from
    /// a nearby vertex instead (phase 1 repairs any infeasibility this causes).
    ///
    /// Returns false, installing nothing, when some equality row finds no column to take.
    func installBasis(near point: [Double]) -> Bool {
        let columnCount = problem.variables.count
        guard point.count == columnCount else { return false }
        let tolerance = 1e-9
        var columnStatus = [Int32](repeating: GLP_NL, count: columnCount)
        var between = [Bool](repeating: false, count: columnCount)
        for (index, declaration) in problem.variables.enumerated() {
            let value = point[index]
            if declaration.lowerBound == declaration.upperBound {
                columnStatus[index] = GLP_NS
            } else if abs(value - declaration.lowerBound) <= tolerance {
                columnStatus[index] = GLP_NL
            } else if abs(value - declaration.upperBound) <= tolerance {
                columnStatus[index] = GLP_NU
            } else {
                between[index] = true
                columnStatus[index] = value - declaration.lowerBound <= declaration.upperBound - value ? GLP_NL : GLP_NU
            }
        }
        var rowStatus = [Int32](repeating: GLP_BS, count: problem.constraints.count)
        var inEarlierEquality = [Bool](repeating: false, count: columnCount)
        for (rowIndex, row) in problem.constraints.enumerated() where row.lowerBound == row.upperBound {
            let candidates = row.expression.coefficients.keys.map(\.index).filter { !inEarlierEquality[$0] }
            // A column strictly between its bounds must be basic; otherwise the defined column,
            // which the formulation adds after the columns that define it.
            let free = candidates.filter { problem.variables[$0].lowerBound < problem.variables[$0].upperBound }
            guard let chosen = free.filter({ between[$0] }).max() ?? free.max() ?? candidates.max() else {
                return false
            }
            columnStatus[chosen] = GLP_BS
            rowStatus[rowIndex] = GLP_NS
            for variable in row.expression.coefficients.keys { inEarlierEquality[variable.index] = true }
        }
        for (index, status) in columnStatus.enumerated() { glp_set_col_stat(pointer, Int32(index + 1), status) }
        for (index, status) in rowStatus.enumerated() { glp_set_row_stat(pointer, Int32(index + 1), status) }
        return true
    }
}
