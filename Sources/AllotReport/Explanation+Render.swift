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

    public init(loaded: LoadedScenario, explanation: Explanation) {
        scenarioName = loaded.scenario.name
        file = loaded.file
        hash = loaded.hash
        currency = loaded.scenario.currency
        self.explanation = explanation
    }

    public func renderTable() -> String {
        var out = "\(scenarioName) — why each mentor got what they got\nscenario \(file) (hash \(hash))\n"
        out += "status: \(StatusText.sentence(explanation.base.status, gap: explanation.base.gap))\n"
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
        for line in explanation.mentors { out += wrap(line.sentence, first: "  - ", rest: "    ") }
        out += "\nprice of each constraint (value gained if it were lifted)\n"
        out += priceLines().map { "  - \($0)\n" }.joined()
        out += "\ncap negotiation (mentors at their own cap)\n"
        out += capLines().map { "  - \($0)\n" }.joined()
        return out
    }

    func priceLines() -> [String] {
        guard !explanation.prices.isEmpty else { return ["(no share, seat, cohort or mentor-count limits to price)"] }
        return explanation.prices.map { price in
            guard let value = price.value else {
                return "\(price.group): could not be priced (the relaxed scenario did not solve)"
            }
            return price.binds
                ? "\(price.group) holds back \(Formatting.fixed(value)) value points"
                : "\(price.group): costs nothing (not binding)"
        }
    }

    func capLines() -> [String] {
        guard !explanation.capNegotiation.isEmpty else { return ["(none: no funded mentor is at their own cap)"] }
        return explanation.capNegotiation.map { entry in
            guard let next = entry.nextSlotValue, let gain = entry.gain else {
                return "\(entry.mentor) at cap \(entry.cap): no value is given for a slot beyond the cap"
            }
            return "\(entry.mentor) at cap \(entry.cap): slot \(entry.cap + 1) is worth \(Formatting.fixed(next)); "
                + (gain > 1e-9
                    ? "raising the cap would add \(Formatting.fixed(gain)) to the optimum"
                    : "raising the cap would not change the optimum")
        }
    }

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
        if let cutoff = explanation.cutoff {
            out +=
                "At the margin, money buys \(Formatting.fixed(cutoff)) value per \(Formatting.money(explanation.per)) \(currency).\n"
        }
        out += "\n## Mentors\n\n" + explanation.mentors.map { "- \(MarkdownTable.escape($0.sentence))\n" }.joined()
        out += "\n## Price of each constraint\n\n" + priceLines().map { "- \($0)\n" }.joined()
        out += "\n## Cap negotiation\n\n" + capLines().map { "- \($0)\n" }.joined()
        return out
    }

    struct Document: Codable {
        var schema = "allot.explain/1"
        var scenario: SolveDocument.ScenarioReference
        var status: String
        var objective: Double?
        var cutoffPer: Double
        var cutoff: Double?
        var mentors: [Mentor]
        var prices: [Price]
        var capNegotiation: [Cap]
        struct Mentor: Codable {
            var id: String
            var slots: Int
            var cap: Int
            var nextValue: Double?
            var nextCost: Double?
            var obstacles: [String]
            var plusOne: Change
            var minusOne: Change
            var sentence: String
        }
        struct Change: Codable {
            var kind: String
            var valueChange: Double?
            var moves: [AllocationChange]?
            var reason: String?
        }
        struct Price: Codable {
            var group: String
            var constraint: String
            var subject: String?
            var value: Double?
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
        func change(_ change: Explanation.Change) -> Document.Change {
            switch change {
            case .value(let delta, let moves):
                Document.Change(kind: "value", valueChange: clean(delta), moves: moves, reason: nil)
            case .impossible(let why): Document.Change(kind: "impossible", valueChange: nil, moves: nil, reason: why)
            case .notApplicable(let why): Document.Change(kind: "not_applicable", valueChange: nil, moves: nil, reason: why)
            }
        }
        let document = Document(
            scenario: .init(name: scenarioName, file: file, hash: hash), status: StatusText.code(explanation.base.status),
            objective: explanation.base.audit.map { clean($0.objective) }, cutoffPer: explanation.per,
            cutoff: explanation.cutoff.map(clean),
            mentors: explanation.mentors.map {
                .init(
                    id: $0.id, slots: $0.slots, cap: $0.cap, nextValue: $0.nextValue.map(clean),
                    nextCost: $0.nextCost.map(clean), obstacles: $0.obstacles, plusOne: change($0.plusOne),
                    minusOne: change($0.minusOne), sentence: $0.sentence)
            },
            prices: explanation.prices.map {
                .init(
                    group: $0.group, constraint: $0.kind.rawValue, subject: $0.subject, value: $0.value.map(clean),
                    binds: $0.binds)
            },
            capNegotiation: explanation.capNegotiation.map {
                .init(mentor: $0.mentor, cap: $0.cap, nextSlotValue: $0.nextSlotValue.map(clean), gain: $0.gain.map(clean))
            })
        return JSONNumbers.encode(document)
    }
}
