import AllotAnalysis
import AllotModel
import Foundation

/// Flat runs: levels that leave money unspent without gaining value, labelled on the chart.
extension FrontierChart {
    /// A run of consecutive levels (in x order) that keep money for the same reason without gaining value.
    struct FlatRun {
        let indices: [Int]
        let cause: LeftoverMoney.Cause
        /// The run's levels and the full reason, for a tooltip.
        let tip: String
    }

    /// Runs of two or more consecutive levels with an allocation whose value does not increase
    /// (within 1e-9 relative) while money is left for the same reason other than the budget.
    static func flatRuns(_ rows: [SweepRow], order: [Int]) -> [FlatRun] {
        var runs: [(indices: [Int], cause: LeftoverMoney.Cause)] = []
        var previous: Int?
        for index in order {
            defer { previous = index }
            let row = rows[index]
            guard let audit = row.result.audit, let leftover = row.leftover, leftover.unspent > 0, leftover.cause != .budget
            else { continue }
            if let previous, let last = runs.last, last.indices.last == previous, last.cause == leftover.cause,
                let before = rows[previous].result.audit?.objective,
                audit.objective <= before + 1e-9 * max(1, abs(before))
            {
                runs[runs.count - 1].indices.append(index)
            } else {
                runs.append(([index], leftover.cause))
            }
        }
        return runs.filter { $0.indices.count >= 2 }.map { run in
            let first = rows[run.indices[0]].label
            let last = rows[run.indices[run.indices.count - 1]].label
            return FlatRun(
                indices: run.indices, cause: run.cause, tip: "\(first) to \(last): money is left; \(run.cause.sentence)")
        }
    }
}
