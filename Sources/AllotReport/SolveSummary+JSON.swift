import AllotAnalysis
import AllotModel
import Foundation

/// The stable JSON schema of `allot solve --format json` (documented in README.md).
public struct SolveDocument: Codable, Sendable {
    public var schema = "allot.solve/1"
    public var scenario: ScenarioReference
    public var status: String
    public var provenOptimal: Bool
    public var statusText: String
    public var gap: Double?
    public var bestBound: Double?
    public var objective: Double?
    public var valueBreakdown: ValueBreakdown?
    public var scholars: Int
    public var mentorsFunded: Int
    public var spent: Double
    public var budget: Double
    public var unspent: Double
    public var currency: String
    public var tieBreak: String
    public var mentors: [MentorEntry]
    public var agendas: [AgendaEntry]
    public var binding: [BindingEntry]
    public var warnings: [String]
    public var explanation: String?
    public var solveSeconds: Double
    public var model: AllocationResult.ModelSize
    public var fundingLadder: Ladder?
    public var targetValue: Double?
    /// The cost of one scholar, once per distinct origin.
    public var scholarCosts: [ScholarCostEntry]
    /// The funded mentors' fixed costs; empty when none has one.
    public var fixedCosts: [FixedCostEntry]

    /// One distinct cost of a scholar: `amount = stipend + per_scholar + location_extra`, or the
    /// mentors' own `cost_per_scholar` (`override`, with no parts).
    public struct ScholarCostEntry: Codable, Sendable {
        public var amount: Double
        public var stipend: Double?
        public var stipendPerMonth: Double?
        /// Present when the scenario gives the stipend per hour.
        public var stipendPerHour: Double?
        public var hoursPerMonth: Double?
        public var months: Double?
        public var perScholar: Double?
        public var locationExtra: Double?
        public var locations: [String]?
        public var override: Double?
        public var mentors: [String]
        public var scholars: Int
    }

    /// One distinct fixed cost per funded mentor: `cost.per_mentor` (`source: per_mentor`) or the
    /// mentors' own `fixed_cost` (`source: fixed_cost`).
    public struct FixedCostEntry: Codable, Sendable {
        public var amount: Double
        public var source: String
        public var mentors: [String]
    }

    public struct Ladder: Codable, Sendable {
        public var step: Double
        /// Value per unit of money that one more step buys; nil without a +1 rung that buys value.
        public var margin: Double?
        public var note: String?
        public var rungs: [Rung]
        public struct Rung: Codable, Sendable {
            public var steps: Int
            public var budget: Double
            public var status: String
            public var valueChange: Double?
            /// The money equivalent of `value_change` at the margin (`value_change / margin`).
            public var valueChangeMoney: Double?
            public var scholarChange: Int?
            public var changes: [AllocationChange]
        }
    }

    public struct ScenarioReference: Codable, Sendable {
        public var name: String
        public var file: String
        public var hash: String
    }

    public struct ValueBreakdown: Codable, Sendable {
        public var slots: Double
        public var interactions: Double
        public var agendaReturns: Double
    }

    public struct MentorEntry: Codable, Sendable {
        public var id: String
        public var name: String?
        public var agenda: String
        public var location: String?
        public var slots: Int
        public var cap: Int
        public var value: Double
        public var cost: Double
        public var lastSlotValue: Double?
        public var nextSlotValue: Double?
        public var nextSlotCost: Double?
        public var tags: [String]
    }

    public struct AgendaEntry: Codable, Sendable {
        public var id: String
        public var name: String
        public var scholars: Int
        public var share: Double
        public var minShare: Double
        public var maxShare: Double
        public var minScholars: Int
        public var maxScholars: Int?
    }

    public struct BindingEntry: Codable, Sendable {
        public var constraint: String
        public var subject: String?
        public var detail: String
    }
}

extension SolveSummary {
    public var document: SolveDocument {
        let clean = JSONNumbers.clean
        return SolveDocument(
            scenario: .init(name: scenarioName, file: file, hash: hash), status: StatusText.code(status),
            provenOptimal: status == .optimal, statusText: StatusText.sentence(status, gap: gap, bound: bound),
            gap: gap.map(clean),
            bestBound: bound.map(clean),
            objective: totals.map { clean($0.objective) },
            valueBreakdown: totals.map {
                .init(slots: clean($0.slotValue), interactions: clean($0.interactionValue), agendaReturns: clean($0.returnsValue))
            },
            scholars: totals?.scholars ?? 0, mentorsFunded: totals?.fundedMentors ?? 0, spent: clean(totals?.spent ?? 0),
            budget: budget, unspent: clean(totals?.unspent ?? budget), currency: currency, tieBreak: tieBreak.rawValue,
            mentors: mentors.map {
                .init(
                    id: $0.id, name: $0.name, agenda: $0.agenda, location: $0.location, slots: $0.slots, cap: $0.cap,
                    value: clean($0.value), cost: clean($0.cost), lastSlotValue: $0.lastSlotValue.map(clean),
                    nextSlotValue: $0.nextSlotValue.map(clean), nextSlotCost: $0.nextSlotCost.map(clean), tags: $0.tags)
            },
            agendas: agendas.map {
                .init(
                    id: $0.id, name: $0.name, scholars: $0.scholars, share: clean($0.share), minShare: $0.minShare,
                    maxShare: $0.maxShare, minScholars: $0.minScholars, maxScholars: $0.maxScholars)
            },
            binding: binding.map {
                .init(constraint: $0.requirement.code, subject: $0.requirement.subject, detail: RequirementText.binding($0))
            },
            warnings: warnings.map(\.description), explanation: explanation, solveSeconds: clean(seconds),
            model: modelSize,
            fundingLadder: ladder.map { ladder in
                SolveDocument.Ladder(
                    step: ladder.step, margin: ladder.margin, note: nil,
                    rungs: ladder.rungs.map {
                        .init(
                            steps: $0.steps, budget: $0.budget, status: StatusText.code($0.status),
                            valueChange: $0.valueChange.map(clean),
                            valueChangeMoney: ladder.moneyEquivalent(of: $0).map(clean), scholarChange: $0.scholarChange,
                            changes: $0.changes)
                    })
            } ?? ladderNote.map { SolveDocument.Ladder(step: 0, note: $0, rungs: []) },
            targetValue: targetValue,
            scholarCosts: scholarCosts.map { cost in
                .init(
                    amount: clean(cost.amount), stipend: cost.parts.map { clean($0.stipend) },
                    stipendPerMonth: cost.parts.map { clean($0.stipendPerMonth) },
                    stipendPerHour: cost.parts?.hourly?.perHour, hoursPerMonth: cost.parts?.hourly?.hoursPerMonth,
                    months: cost.parts?.months,
                    perScholar: cost.parts?.perScholar, locationExtra: cost.parts?.locationExtra,
                    locations: cost.parts?.locations, override: cost.override, mentors: cost.mentors, scholars: cost.scholars)
            },
            fixedCosts: fixedCosts.map {
                .init(amount: $0.amount, source: $0.isOverride ? "fixed_cost" : "per_mentor", mentors: $0.mentors)
            })
    }

    public func renderJSON() -> String { JSONNumbers.encode(document) }
}

/// JSON encoding shared by every format: sorted keys, snake_case, numbers without float noise.
public enum JSONNumbers {
    /// Rounds away binary noise (0.30000000000000004 → 0.3) while keeping 9 decimals.
    public static func clean(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        let rounded = (value * 1e9).rounded() / 1e9
        return rounded == 0 ? 0 : rounded
    }

    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }
}
