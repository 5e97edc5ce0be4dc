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
        var standing: [String] = []
        for case .blocked(let violation) in line.reasons { standing.append(RequirementText.label(violation.requirement)) }
        if !standing.isEmpty { return "\(worth), but it would break \(Wording.list(standing)), which holds them back" }
        for case .belowMargin(let valuePer, let margin) in line.reasons {
            return "\(worth): \(Formatting.fixed(valuePer)) per \(Formatting.money(per)), below the "
                + "\(Formatting.fixed(margin)) money buys at the margin"
        }
        if !line.obstacles.isEmpty {
            let broken = Wording.list(line.obstacles.map { RequirementText.label($0.violation.requirement) })
            return "\(worth), but it would break \(broken) and, lifted alone, something else would still stop it"
        }
        return worth
    }
}
