import AllotAnalysis
import AllotModel
import Foundation

/// Renders a robust analysis: per mentor, how often each slot count is the optimum across samples.
///
/// Every format is a function of the scenario, the seed and the sample count only (no timings,
/// no thread count), so the same seed gives a byte-identical report.
public struct RobustReport: Sendable {
    public let scenarioName: String
    public let file: String
    public let hash: String
    public let analysis: RobustAnalysis
    /// Display names by mentor id, for the mentors that have one.
    public let mentorNames: [String: String]
    /// The uncertainty given to every mentor for this run (`--uncertainty`), nil when each mentor's own is used.
    public let uncertaintyOverride: Double?

    public init(loaded: LoadedScenario, analysis: RobustAnalysis, uncertaintyOverride: Double? = nil) {
        scenarioName = loaded.scenario.name
        file = loaded.file
        hash = loaded.hash
        self.analysis = analysis
        mentorNames = TextTable.mentorNames(loaded.scenario)
        self.uncertaintyOverride = uncertaintyOverride
    }

    /// The sampling rule in one sentence (every format states it).
    public var distributionSentence: String {
        let which =
            uncertaintyOverride.map { "u = \(Formatting.number($0)) for every mentor (--uncertainty)" }
            ?? "u is the mentor's uncertainty"
        return "each mentor's values times one factor drawn uniformly from [1 − u, 1 + u]; \(which)"
    }

    /// `0:3% 2:40% 3:57%`: the share of samples per slot count, ascending by count.
    public static func distribution(_ mentor: MentorRobustness) -> String {
        mentor.counts.keys.sorted().map { "\($0):\(Formatting.percent(mentor.share(of: $0)))" }.joined(separator: " ")
    }

    /// Items joined by commas on indented lines of at most about `width` characters.
    static func wrapped(_ items: [String], width: Int = 100) -> String {
        var lines: [String] = []
        var line = ""
        for (position, item) in items.enumerated() {
            let piece = item + (position < items.count - 1 ? "," : "")
            if !line.isEmpty && line.count + 1 + piece.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "  " : " ") + piece
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Said when sampling cannot change anything, so a flat report is not mistaken for a robust plan.
    var certaintyNote: String? {
        guard analysis.mentors.allSatisfy({ $0.uncertainty == 0 }) else { return nil }
        return "note: no mentor has an uncertainty, so every sample is the scenario as written; "
            + "give mentors an `uncertainty:` or run with --uncertainty 0.2"
    }

    var stableThreshold: String { Formatting.percent(RobustAnalysis.stableShare) }

    var header: String {
        let options = analysis.options
        let count =
            analysis.wasInterrupted
            ? "interrupted: \(analysis.samples.count) of \(options.samples) samples finished"
            : "\(options.samples) samples"
        return "\(count), seed \(options.seed): \(distributionSentence)"
    }

    func statusLine() -> String {
        let counts = analysis.statusCounts.map { "\($0.count) \(StatusText.code($0.status))" }.joined(separator: ", ")
        var line = "samples: \(counts.isEmpty ? "none solved" : counts)"
        let without = analysis.samples.count - analysis.samplesWithAllocation.count
        if without > 0 { line += "; \(Formatting.count(without, "sample")) without an allocation left out of the shares" }
        if analysis.statusCounts.contains(where: { $0.status == .feasible }) {
            line += "; feasible samples (not proven optimal) are included"
        }
        return line
    }

    func regretLine() -> String {
        guard let regret = analysis.expectedRegret, let worst = analysis.worstRegret else {
            return "expected regret of the deterministic plan: - (no sample has an allocation)"
        }
        var line = "expected regret of the deterministic plan: \(Formatting.fixed(regret)) value points"
        var notes: [String] = []
        if let money = MarginalValue.money(regret, at: analysis.marginPerMoney) {
            notes.append("about \(Formatting.money(money)) \(analysis.scenario.currency)-equivalent at the margin")
        }
        if let optimum = analysis.meanOptimum, optimum != 0 {
            notes.append("\(Formatting.percent(regret / abs(optimum))) of the mean optimum \(Formatting.fixed(optimum))")
        }
        if !notes.isEmpty { line += " (" + notes.joined(separator: "; ") + ")" }
        line += "; worst sample \(Formatting.fixed(worst))"
        if let money = MarginalValue.money(worst, at: analysis.marginPerMoney) {
            line += " (about \(Formatting.money(money)) \(analysis.scenario.currency)-equivalent)"
        }
        return line
    }

    static let mentorHeaders = ["mentor", "u", "plan", "funded", "stable", "slot counts over samples"]

    /// One mentor's row, shared by the table and Markdown renderers.
    static func mentorCells(_ mentor: MentorRobustness) -> [String] {
        [
            mentor.id, Formatting.number(mentor.uncertainty), "\(mentor.planSlots)", Formatting.percent(mentor.fundedShare),
            "\(mentor.stableSlots)", distribution(mentor),
        ]
    }

    public func renderTable(style: TextStyle = .plain) -> String { style.wrap(tableText(style: style)) }

    private func tableText(style: TextStyle) -> String {
        var out = "\(scenarioName) — robust analysis\nscenario \(file) (hash \(hash))\n\(header)\n\n"
        guard analysis.deterministic.allocation != nil else {
            out += "deterministic plan: \(StatusText.sentence(analysis.deterministic.status, gap: analysis.deterministic.gap))\n"
            if let explanation = analysis.deterministic.explanation { out += "\(explanation)\n" }
            return out + "no samples solved: every sample has the same constraints as the scenario\n"
        }
        // A name column only when some mentor has a display name, as in solve's table.
        var table = TextTable(
            headers: Self.mentorHeaders, alignments: [.left, .right, .right, .right, .right, .left],
            nameColumn: !mentorNames.isEmpty)
        for mentor in analysis.mentors {
            table.add(Self.mentorCells(mentor), name: mentorNames[mentor.id], dim: mentor.fundedShare == 0)
        }
        out += table.render(style: style) + "\n"
        let core = analysis.stableCore
        out +=
            "stable core (funded in ≥ \(stableThreshold) of samples, with the slots reached in ≥ \(stableThreshold)): "
            + "\(Formatting.count(core.count, "mentor")), \(Formatting.count(core.reduce(0) { $0 + $1.slots }, "scholar"))\n"
        out += Self.wrapped(core.map { "\($0.id) \($0.slots)" }, width: min(100, style.width ?? 100))
        let contested = analysis.contestedSlots
        out += "contested slots (funded in some but < \(stableThreshold) of samples): \(contested.count)\n"
        out += Self.wrapped(
            contested.map { "\($0.id) #\($0.slot) \(Formatting.percent($0.share))" }, width: min(100, style.width ?? 100))
        out += regretLine() + "\n" + statusLine() + "\n"
        if let certaintyNote { out += certaintyNote + "\n" }
        return out
    }

    public func renderMarkdown() -> String {
        var out = "# \(scenarioName): robust analysis (hash \(hash))\n\nScenario file `\(file)`. "
        out += MarkdownTable.escape(header) + ".\n\n"
        guard analysis.deterministic.allocation != nil else {
            out += "Deterministic plan: \(StatusText.sentence(analysis.deterministic.status, gap: analysis.deterministic.gap)).\n"
            return out
        }
        var table = MarkdownTable(headers: Self.mentorHeaders, alignments: [.left, .right, .right, .right, .right, .left])
        for mentor in analysis.mentors { table.add(Self.mentorCells(mentor)) }
        out += table.render() + "\n"
        let core = analysis.stableCore
        out +=
            "- **Stable core** (funded in ≥ \(stableThreshold) of samples): "
            + (core.isEmpty ? "none" : core.map { "\($0.id) \($0.slots)" }.joined(separator: ", ")) + "\n"
        let contested = analysis.contestedSlots
        out +=
            "- **Contested slots** (funded in some but < \(stableThreshold) of samples): "
            + (contested.isEmpty
                ? "none" : contested.map { "\($0.id) #\($0.slot) \(Formatting.percent($0.share))" }.joined(separator: ", "))
            + "\n"
        out += "- \(Wording.capitalized(regretLine()))\n"
        out += "- \(Wording.capitalized(statusLine()))\n"
        if let certaintyNote {
            out += "\n" + MarkdownTable.escape(Wording.capitalized(certaintyNote)) + ".\n"
        }
        return out
    }

    struct Document: Codable {
        var schema = "allot.robust/1"
        var scenario: SolveDocument.ScenarioReference
        var samples: Int
        /// Samples that finished, present only when an interrupt stopped the run early.
        var samplesFinished: Int?
        var seed: UInt64
        var distribution: String
        var uncertaintyOverride: Double?
        var stableShare: Double
        var deterministic: Deterministic
        var statuses: [String: Int]
        var samplesWithAllocation: Int
        var expectedRegret: Double?
        var worstRegret: Double?
        /// The regrets' money equivalents at the deterministic plan's margin.
        var expectedRegretMoney: Double?
        var worstRegretMoney: Double?
        var meanOptimum: Double?
        var mentors: [Mentor]
        var stableCore: [CoreEntry]
        var contestedSlots: [ContestedSlot]

        struct Deterministic: Codable {
            var status: String
            var objective: Double?
            var scholars: Int?
            var spent: Double?
            var slots: [String: Int]?
            var explanation: String?
        }
        struct Mentor: Codable {
            var id: String
            var name: String?
            var uncertainty: Double
            var cap: Int
            var planSlots: Int
            var fundedShare: Double
            var stableSlots: Int
            var distribution: [Count]
        }
        struct Count: Codable {
            var slots: Int
            var samples: Int
            var share: Double
        }
        struct CoreEntry: Codable {
            var id: String
            var slots: Int
        }
        struct ContestedSlot: Codable {
            var id: String
            var slot: Int
            var share: Double
        }
    }

    public func renderJSON() -> String {
        let clean = JSONNumbers.clean
        let deterministic = analysis.deterministic
        var statuses: [String: Int] = [:]
        for entry in analysis.statusCounts { statuses[StatusText.code(entry.status), default: 0] += entry.count }
        let document = Document(
            scenario: .init(name: scenarioName, file: file, hash: hash), samples: analysis.options.samples,
            samplesFinished: analysis.wasInterrupted ? analysis.samples.count : nil, seed: analysis.options.seed,
            distribution: distributionSentence, uncertaintyOverride: uncertaintyOverride,
            stableShare: RobustAnalysis.stableShare,
            deterministic: .init(
                status: StatusText.code(deterministic.status), objective: deterministic.audit.map { clean($0.objective) },
                scholars: deterministic.audit?.scholars, spent: deterministic.audit.map { clean($0.spent) },
                slots: deterministic.allocation?.slots, explanation: deterministic.explanation),
            statuses: statuses, samplesWithAllocation: analysis.samplesWithAllocation.count,
            expectedRegret: analysis.expectedRegret.map(clean), worstRegret: analysis.worstRegret.map(clean),
            expectedRegretMoney: analysis.expectedRegret.flatMap { MarginalValue.money($0, at: analysis.marginPerMoney) }
                .map(clean),
            worstRegretMoney: analysis.worstRegret.flatMap { MarginalValue.money($0, at: analysis.marginPerMoney) }.map(clean),
            meanOptimum: analysis.meanOptimum.map(clean),
            mentors: analysis.mentors.map { mentor in
                Document.Mentor(
                    id: mentor.id, name: mentor.name, uncertainty: mentor.uncertainty, cap: mentor.cap,
                    planSlots: mentor.planSlots, fundedShare: clean(mentor.fundedShare), stableSlots: mentor.stableSlots,
                    distribution: mentor.counts.keys.sorted().map {
                        Document.Count(slots: $0, samples: mentor.counts[$0] ?? 0, share: clean(mentor.share(of: $0)))
                    })
            },
            stableCore: analysis.stableCore.map { Document.CoreEntry(id: $0.id, slots: $0.slots) },
            contestedSlots: analysis.contestedSlots.map {
                Document.ContestedSlot(id: $0.id, slot: $0.slot, share: clean($0.share))
            })
        return JSONNumbers.encode(document)
    }
}
