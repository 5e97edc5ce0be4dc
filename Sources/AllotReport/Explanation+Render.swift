import AllotAnalysis
import AllotModel
import Foundation

/// Renders `allot explain`: a reason per mentor, the price of each constraint, and the cap list.
public struct ExplanationReport: Sendable {
    public let scenarioName: String
    public let file: String
    public let hash: String
    public let currency: String
    public let explanation: Explanation
    /// Display names by mentor id, for the mentors that have one (the terminal table names them).
    public let mentorNames: [String: String]

    public init(loaded: LoadedScenario, explanation: Explanation) {
        scenarioName = loaded.scenario.name
        file = loaded.file
        hash = loaded.hash
        currency = loaded.scenario.currency
        self.explanation = explanation
        mentorNames = TextTable.mentorNames(loaded.scenario)
    }

    public func renderTable(style: TextStyle = .plain) -> String { style.wrap(tableText(style: style)) }

    private func tableText(style: TextStyle) -> String {
        var out = "\(scenarioName) — why each mentor got what they got\nscenario \(file) (hash \(hash))\n"
        out += "status: \(StatusText.sentence(explanation.base.status, gap: explanation.base.gap))\n"
        if let note = words.stoppedEarlyNote { out += "note: \(note)\n" }
        guard let audit = explanation.base.audit else {
            return out + (explanation.base.explanation.map { "why: \($0)\n" } ?? "")
        }
        out += "optimum: \(Formatting.fixed(audit.objective)) value, \(audit.scholars) scholars, "
        out += "\(Formatting.money(audit.spent)) spent\n"
        if let cutoff = explanation.cutoff {
            out +=
                "at the margin, money buys \(Formatting.fixed(cutoff)) value per \(Formatting.money(explanation.per)) \(currency)\n"
        }
        out += "\nmentors\n"
        for line in explanation.mentors {
            out += wrap(
                words.sentence(line, subject: mentorNames[line.id].map { "\(line.id) (\($0))" }), first: "  - ", rest: "    ",
                width: min(100, style.width ?? 100))
        }
        out += "\nprice of each constraint (value gained if it were lifted)\n"
        out += priceLines().map { "  - \($0)\n" }.joined()
        out += "\ncap negotiation (mentors at their own cap)\n"
        out += capLines().map { "  - \($0)\n" }.joined()
        return out
    }

    var words: ExplanationWords { ExplanationWords(explanation: explanation, currency: currency) }

    func priceLines() -> [String] { words.priceLines() }

    func capLines() -> [String] { words.capLines() }

    /// Wraps a sentence at 100 columns with the given prefixes.
    private func wrap(_ text: String, first: String, rest: String, width: Int = 100) -> String {
        var lines: [String] = []
        var current = first
        for word in text.split(separator: " ") {
            if current.count + word.count + 1 > width, current.count > rest.count {
                lines.append(current)
                current = rest
            }
            current += (current == first || current == rest ? "" : " ") + word
        }
        lines.append(current)
        return lines.joined(separator: "\n") + "\n"
    }

    public func renderMarkdown() -> String {
        var out = "# Why each mentor got what they got: \(scenarioName) (hash \(hash))\n\n"
        out += "**Status:** \(StatusText.sentence(explanation.base.status, gap: explanation.base.gap)).\n"
        if let note = words.stoppedEarlyNote { out += "\n" + MarkdownTable.escape(Wording.capitalized(note)) + ".\n\n" }
        if let cutoff = explanation.cutoff {
            out +=
                "At the margin, money buys \(Formatting.fixed(cutoff)) value per \(Formatting.money(explanation.per)) \(currency).\n"
        }
        out += "\n## Mentors\n\n" + explanation.mentors.map { "- \(MarkdownTable.escape(words.sentence($0)))\n" }.joined()
        out += "\n## Price of each constraint\n\n" + priceLines().map { "- \($0)\n" }.joined()
        out += "\n## Cap negotiation\n\n" + capLines().map { "- \($0)\n" }.joined()
        return out
    }

    struct Document: Codable {
        var schema = "allot.explain/2"
        var scenario: SolveDocument.ScenarioReference
        var status: String
        var explanation: String?
        var objective: Double?
        var cutoffPer: Double
        var cutoff: Double?
        /// Present (true) only when the deadline or an interrupt stopped the re-solves part way.
        var stoppedEarly: Bool?
        var mentors: [Mentor]
        var prices: [Price]
        var capNegotiation: [Cap]
        struct Mentor: Codable {
            var id: String
            var slots: Int
            var cap: Int
            var nextValue: Double?
            var nextCost: Double?
            var netValue: Double?
            var interactions: [Interaction]
            var crowding: Double
            var obstacles: [Obstacle]
            var reasons: [Reason]
            var plusOne: Change
            var minusOne: Change
            var sentence: String
        }
        struct Interaction: Codable {
            var with: String
            var value: Double
        }
        struct Obstacle: Codable {
            var constraint: String
            var subject: String?
            var text: String
            var standsInTheWay: Bool
        }
        struct Reason: Codable {
            var kind: String
            var constraint: String?
            var subject: String?
            var with: String?
            var slot: Int?
            var ownSlot: Int?
            var keptOther: Bool?
            var value: Double?
            var text: String
        }
        struct Change: Codable {
            var kind: String
            var valueChange: Double?
            var valueChangeMoney: Double?
            var spentChange: Double?
            var moves: [AllocationChange]?
            var constraint: String?
            var reason: String?
        }
        struct Price: Codable {
            var group: String
            var constraint: String
            var subject: String?
            var value: Double?
            var valueMoney: Double?
            var binds: Bool
        }
        struct Cap: Codable {
            var mentor: String
            var cap: Int
            var nextSlotValue: Double?
            var gain: Double?
        }
    }

    public func renderJSON() -> String {
        let clean = JSONNumbers.clean
        let words = self.words
        func change(_ change: Explanation.Change) -> Document.Change {
            switch change {
            case .value(let delta, let spent, let moves):
                Document.Change(
                    kind: "value", valueChange: clean(delta), valueChangeMoney: explanation.moneyEquivalent(delta).map(clean),
                    spentChange: clean(spent), moves: moves)
            case .impossible(let diagnosis):
                Document.Change(kind: "impossible", reason: DiagnosisText.sentence(diagnosis))
            case .notApplicable(let requirement):
                Document.Change(
                    kind: "not_applicable", constraint: requirement?.code ?? "no_slots",
                    reason: requirement.map(RequirementText.label) ?? "has no slots")
            case .notComputed:
                Document.Change(kind: "not_computed", reason: "not re-solved")
            }
        }
        func reason(_ reason: Explanation.Reason, _ mentor: String) -> Document.Reason {
            let text = words.reason(reason, mentor: mentor)
            return switch reason {
            case .own(let requirement):
                Document.Reason(kind: "own", constraint: requirement.code, subject: requirement.subject, text: text)
            case .blocked(let violation):
                Document.Reason(
                    kind: "blocked", constraint: violation.requirement.code, subject: violation.requirement.subject,
                    value: clean(violation.measured), text: text)
            case .interaction(let other, let value):
                Document.Reason(kind: "interaction", with: other, value: clean(value), text: text)
            case .crowding(let agenda, let value):
                Document.Reason(kind: "crowding", subject: agenda, value: clean(value), text: text)
            case .tie(let other, let slot, let ownSlot, let keptOther):
                Document.Reason(kind: "tie", with: other, slot: slot, ownSlot: ownSlot, keptOther: keptOther, text: text)
            case .costsMoreForSameValue(let extra):
                Document.Reason(kind: "costs_more_for_same_value", value: clean(extra), text: text)
            case .belowMargin(let valuePer, _):
                Document.Reason(kind: "below_margin", value: clean(valuePer), text: text)
            }
        }
        let document = Document(
            scenario: .init(name: scenarioName, file: file, hash: hash), status: StatusText.code(explanation.base.status),
            explanation: explanation.base.explanation,
            objective: explanation.base.audit.map { clean($0.objective) }, cutoffPer: explanation.per,
            cutoff: explanation.cutoff.map(clean), stoppedEarly: explanation.stoppedEarly ? true : nil,
            mentors: explanation.mentors.map { line in
                .init(
                    id: line.id, slots: line.slots, cap: line.cap, nextValue: line.next.map { clean($0.value) },
                    nextCost: line.next.map { clean($0.cost) }, netValue: line.netValue.map(clean),
                    interactions: line.interactions.map { .init(with: $0.with, value: clean($0.value)) },
                    crowding: clean(line.crowding),
                    obstacles: line.obstacles.map {
                        .init(
                            constraint: $0.violation.requirement.code, subject: $0.violation.requirement.subject,
                            text: RequirementText.violation($0.violation), standsInTheWay: $0.standsInTheWay)
                    },
                    reasons: line.reasons.map { reason($0, line.id) }, plusOne: change(line.plusOne),
                    minusOne: change(line.minusOne), sentence: words.sentence(line))
            },
            prices: explanation.prices.map {
                .init(
                    group: RequirementText.label($0.requirement), constraint: $0.requirement.code,
                    subject: $0.requirement.subject, value: $0.value.map(clean),
                    valueMoney: $0.value.flatMap(explanation.moneyEquivalent).map(clean), binds: $0.binds)
            },
            capNegotiation: explanation.capNegotiation.map {
                .init(mentor: $0.mentor, cap: $0.cap, nextSlotValue: $0.nextSlotValue.map(clean), gain: $0.gain.map(clean))
            })
        return JSONNumbers.encode(document)
    }
}
