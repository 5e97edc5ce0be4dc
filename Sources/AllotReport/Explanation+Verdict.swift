import AllotAnalysis
import AllotModel

extension ExplanationWords {
    /// One line on why a mentor has the count they have, for a table cell: the decisive reason
    /// only (the full paragraph is ``sentence(_:)``).
    ///
    /// The order is the order of force: the mentor's own limit, an exact tie or cheaper equal
    /// optimum, a requirement that really stands in the way, then value per money below the margin.
    func verdict(_ line: Explanation.MentorLine) -> String {
        for case .own(let requirement) in line.reasons {
            return Self.capitalized(reason(.own(requirement), mentor: line.id))
        }
        for reason in line.reasons {
            switch reason {
            case .tie, .costsMoreForSameValue: return Self.capitalized(self.reason(reason, mentor: line.id))
            default: continue
            }
        }
        guard let next = line.next else { return "No further step is possible" }
        let step = line.slots == 0 && next.to > 1 ? "Funding them at all (\(next.to) scholars)" : "The next slot"
        let worth = "\(step) is worth \(Formatting.fixed(line.netValue ?? next.value)) for \(Formatting.money(next.cost))"
        let standing = line.obstacles.filter(\.standsInTheWay).map { RequirementText.label($0.violation.requirement) }
        if !standing.isEmpty { return "\(worth), but it would break \(Wording.list(standing)), which holds them back" }
        if let cutoff = explanation.cutoff, next.cost > 0 {
            let valuePer = (line.netValue ?? next.value) / next.cost * per
            if valuePer < cutoff {
                return "\(worth): \(Formatting.fixed(valuePer)) per \(Formatting.money(per)), below the "
                    + "\(Formatting.fixed(cutoff)) money buys at the margin"
            }
        }
        if !line.obstacles.isEmpty {
            let broken = Wording.list(line.obstacles.map { RequirementText.label($0.violation.requirement) })
            return "\(worth), but it would break \(broken) and, lifted alone, something else would still stop it"
        }
        return worth
    }
}
