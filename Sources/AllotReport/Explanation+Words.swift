import AllotAnalysis
import AllotModel

/// The words of `allot explain`: a paragraph per mentor, a line per price, from the typed answers.
struct ExplanationWords {
    let explanation: Explanation
    let currency: String

    var per: Double { explanation.per }

    /// Said when the deadline or an interrupt stopped the re-solves, so missing figures are not read as zero.
    var stoppedEarlyNote: String? {
        guard explanation.stoppedEarly else { return nil }
        return "the time limit (or an interrupt) stopped the re-solves part way: from there on, changes are "
            + "not re-solved and obstacles, prices and cap gains are not computed; run again with a longer --time-limit"
    }

    /// "about 1,150 USD-equivalent at the margin", or nil when money buys nothing at the margin.
    func money(_ value: Double) -> String? {
        explanation.moneyEquivalent(value).map { "about \(Formatting.money($0)) \(currency)-equivalent at the margin" }
    }

    /// A value-point figure with its money equivalent: "+0.25 value points (about 1,150 USD-equivalent …)".
    func points(_ value: Double, signed: Bool = false) -> String {
        let figure = (signed ? Self.signed(value) : Formatting.fixed(value)) + " value points"
        return money(value).map { "\(figure) (\($0))" } ?? figure
    }

    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + Formatting.fixed(value) }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    // MARK: - Reasons

    /// One reason as a clause.
    func reason(_ reason: Explanation.Reason, mentor: String) -> String {
        switch reason {
        case .own(.excluded): "they are excluded"
        case .own(.ownCap(_, let cap)): "they are at their own cap of \(cap)"
        case .own(.lock(_, let lock)): "their lock (\(RequirementText.describe(lock))) allows no more"
        case .own(let requirement): RequirementText.label(requirement)
        case .blocked(let violation): "adding it directly would break \(RequirementText.violation(violation))"
        case .interaction(let other, let value):
            "funding them \(value < 0 ? "costs" : "adds") \(Self.signed(value)) through the interaction with \(other)"
        case .crowding(let agenda, let value):
            "agenda \(agenda)'s returns for that scholar are \(Self.signed(value))"
                + (value < 0 ? " (a crowded agenda)" : "")
        case .tie(let other, let slot, let ownSlot, let keptOther):
            "a tie: \(mentor)'s \(Self.ordinal(ownSlot)) slot and \(other)'s \(Self.ordinal(slot)) bring the same value "
                + "for the same cost, and allot's fixed tie rule kept \(keptOther ? other : mentor)'s "
                + "(the same scenario always gives the same answer)"
        case .costsMoreForSameValue(let extra):
            "one more gives the same total value for \(Formatting.money(extra)) more, and allot keeps the cheapest "
                + "optimal allocation"
        case .belowMargin(let valuePer, let margin):
            "net, it buys \(Formatting.fixed(valuePer)) per \(Formatting.money(per)), below the "
                + "\(Formatting.fixed(margin)) money buys at the margin"
        }
    }

    // MARK: - Mentors

    /// One mentor's paragraph: slots, the next slot against the margin, what stands in the way, ±1 changes.
    ///
    /// `subject` names the mentor at the start (the id unless given, such as "id (name)" on a terminal).
    func sentence(_ line: Explanation.MentorLine, subject: String? = nil) -> String {
        var parts = ["\(subject ?? line.id) has \(line.slots) of \(line.cap) slots."]
        if let next = line.next {
            let what = line.slots == 0 && next.to > 1 ? "Funding them at all (\(next.to) scholars, their min)" : "The next slot"
            var text = "\(what) is worth \(Formatting.fixed(next.value)) for \(Formatting.money(next.cost))"
            if next.cost > 0 { text += " (\(Formatting.fixed(next.value / next.cost * per)) per \(Formatting.money(per)))" }
            if let cutoff = explanation.cutoff {
                text += "; money at the margin buys \(Formatting.fixed(cutoff)) per \(Formatting.money(per))"
            }
            parts.append(text + ".")
            var effects: [String] = line.interactions.map {
                "the interaction with \($0.with) (\(Self.signed($0.value)))"
            }
            if line.crowding != 0 {
                effects.append(
                    "agenda \(line.agenda)'s returns (\(Self.signed(line.crowding))\(line.crowding < 0 ? ", crowded" : ""))")
            }
            if !effects.isEmpty, let net = line.netValue {
                parts.append(
                    "It also brings \(Wording.list(effects)), so it is worth \(Formatting.fixed(net)) to the portfolio.")
            }
        }
        // Net of interactions and returns; without them the first sentence already compares the two.
        for case .belowMargin(let valuePer, let margin) in line.reasons where line.interactions.count > 0 || line.crowding != 0 {
            parts.append(Self.capitalized(reason(.belowMargin(valuePer: valuePer, margin: margin), mentor: line.id)) + ".")
        }
        for case .own(let requirement) in line.reasons {
            parts.append(Self.capitalized(reason(.own(requirement), mentor: line.id)) + ".")
        }
        if !line.obstacles.isEmpty {
            let broken = Wording.list(line.obstacles.map { RequirementText.violation($0.violation) })
            let standing = line.obstacles.filter(\.standsInTheWay)
            let lifting: String
            if standing.count == line.obstacles.count {
                lifting =
                    line.obstacles.count == 1
                    ? "lifting it alone would give them more" : "lifting any one alone would give them more"
            } else if standing.isEmpty {
                lifting = "lifting \(line.obstacles.count == 1 ? "it" : "any one of these") alone would not give them more"
            } else {
                lifting =
                    "lifting " + Wording.list(standing.map { RequirementText.label($0.violation.requirement) })
                    + " alone would give them more, lifting any other one alone would not"
            }
            parts.append("Adding it directly would break \(broken); \(lifting).")
        } else if line.next != nil, line.reasons.allSatisfy({ if case .own = $0 { false } else { true } }) {
            parts.append("Adding it breaks no constraint.")
        }
        for reason in line.reasons {
            switch reason {
            case .tie, .costsMoreForSameValue: parts.append(Self.capitalized(self.reason(reason, mentor: line.id)) + ".")
            default: break
            }
        }
        parts.append(contentsOf: change(line.plusOne, up: true, tie: line.reasons))
        parts.append(contentsOf: change(line.minusOne, up: false, tie: line.reasons))
        return parts.joined(separator: " ")
    }

    private func change(_ change: Explanation.Change, up: Bool, tie: [Explanation.Reason]) -> [String] {
        switch change {
        case .notApplicable(.lock(_, let lock)?):
            return ["One \(up ? "more" : "fewer") is not possible: it is held by its lock (\(RequirementText.describe(lock)))."]
        case .notApplicable, .notComputed: return []
        case .value(let delta, _, let moves):
            let rearranged =
                moves.isEmpty
                ? ""
                : up
                    ? " (rearranging \(AllocationChange.describe(moves, limit: 4)))"
                    : " (the money goes to \(AllocationChange.describe(moves, limit: 4)))"
            if abs(delta) < 0.005 {
                return ["\(up ? "Forcing one more" : "One fewer") leaves the total value unchanged\(rearranged)."]
            }
            let what = up ? "Forcing one more changes the total value by" : "One fewer changes it by"
            return ["\(what) \(points(delta, signed: true))\(rearranged)."]
        case .impossible(let diagnosis):
            let why = DiagnosisText.sentence(diagnosis)
            return ["One \(up ? "more" : "fewer") is impossible: \(Wording.fullStop(why))"]
        }
    }

    static func capitalized(_ text: String) -> String { Wording.capitalized(text) }

    // MARK: - Prices and caps

    func priceLines() -> [String] {
        guard !explanation.prices.isEmpty else { return ["(no share, seat, cohort or mentor-count limits to price)"] }
        return explanation.prices.map { price in
            let label = RequirementText.label(price.requirement)
            guard let value = price.value else { return "\(label): could not be priced (the lifted scenario did not solve)" }
            return price.binds ? "\(label) holds back \(points(value))" : "\(label): costs nothing (not binding)"
        }
    }

    func capLines() -> [String] {
        guard !explanation.capNegotiation.isEmpty else { return ["(none: no funded mentor is at their own cap)"] }
        return explanation.capNegotiation.map { entry in
            guard let next = entry.nextSlotValue else {
                return "\(entry.mentor) at cap \(entry.cap): no value is given for a slot beyond the cap"
            }
            guard let gain = entry.gain else {
                return "\(entry.mentor) at cap \(entry.cap): slot \(entry.cap + 1) is worth \(Formatting.fixed(next)); "
                    + "what raising the cap would add was not re-solved"
            }
            return "\(entry.mentor) at cap \(entry.cap): slot \(entry.cap + 1) is worth \(Formatting.fixed(next)); "
                + (gain > 1e-9
                    ? "raising the cap would add \(points(gain)) to the optimum"
                    : "raising the cap would not change the optimum")
        }
    }
}
