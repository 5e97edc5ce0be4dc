import AllotModel
import AllotTestSupport
import Testing

/// Every magnitude a scenario may hold is bounded where it is read (``ScenarioLimits``), so that no
/// sum or product the model forms overflows, and the refusal names the field, the bound and the fix.
@Suite("scenario limits")
struct ScenarioLimitsTests {
    /// A small valid scenario with `BUDGET`, `COST`, `VALUE`, `RETURN` and `PAIR` to replace.
    static let template = """
        name: Limits
        budget: BUDGET
        cost: {stipend_per_month: 100, months: 2, per_scholar: COST}
        agendas: [{id: i, returns: [0, RETURN]}]
        mentors:
          - {id: a, agenda: i, values: [VALUE, 1]}
          - {id: b, agenda: i, values: [2]}
        interactions: [{mentors: [a, b], value: PAIR}]
        """

    static func text(
        budget: String = "1000", cost: String = "0", value: String = "3", returns: String = "-1", pair: String = "1"
    ) -> String {
        template.replacingOccurrences(of: "BUDGET", with: budget).replacingOccurrences(of: "COST", with: cost)
            .replacingOccurrences(of: "VALUE", with: value).replacingOccurrences(of: "RETURN", with: returns)
            .replacingOccurrences(of: "PAIR", with: pair)
    }

    static func errors(_ text: String) -> [String] {
        scenarioIssues(text).filter { $0.severity == .error }.map(\.description)
    }

    @Test("amounts and values at the limits are accepted")
    func atTheLimits() {
        #expect(Self.errors(Self.text(budget: "1e12", cost: "0.01", value: "1e9", returns: "-1e9", pair: "-1e9")) == [])
        #expect(Self.errors(Self.text(budget: "0", value: "-1e9", pair: "1e9")) == [])
    }

    @Test("money above 10¹² or between 0 and a cent is refused with the bound and the fix")
    func money() {
        #expect(
            Self.errors(Self.text(budget: "1e19")) == [
                "s.yaml:2:9: error: budget: is 1e19; the largest amount allowed is 1,000,000,000,000; lower it "
                    + "(amounts are in currency units: 1450000 is 1.45 million)"
            ])
        #expect(
            Self.errors(Self.text(cost: "1e308")) == [
                "s.yaml:3:56: error: cost.per_scholar: is 1e308; the largest amount allowed is 1,000,000,000,000; "
                    + "lower it (amounts are in currency units: 1450000 is 1.45 million)"
            ])
        #expect(
            Self.errors(Self.text(budget: "1e-300")) == [
                "s.yaml:2:9: error: budget: is 1e-300; the smallest amount above 0 allowed is 0.01; use 0 or at least 0.01"
            ])
        #expect(Self.errors(Self.text(budget: "1000000000000.5")).count == 1)
    }

    @Test("values beyond ±10⁹ are refused wherever they are written: values, returns, interactions")
    func values() {
        let fix =
            "values may be at most 1,000,000,000 either side of 0; divide every value of the scenario by the same "
            + "factor (only their ratios matter)"
        #expect(Self.errors(Self.text(value: "1e308")) == ["s.yaml:6:33: error: mentors[0].values[0]: is 1e308; \(fix)"])
        #expect(Self.errors(Self.text(returns: "-9.3e18")) == ["s.yaml:4:32: error: agendas[0].returns[1]: is -9.3e18; \(fix)"])
        #expect(
            Self.errors(Self.text(pair: "-1000000001")) == ["s.yaml:8:41: error: interactions[0].value: is -1000000001; \(fix)"])
    }

    @Test("each mentor's cost_per_scholar and fixed_cost, cost.per_mentor and the stipend are money")
    func everyAmount() {
        for (path, line) in [
            ("mentors.a.cost_per_scholar", "mentors[0].cost_per_scholar"), ("mentors.a.fixed_cost", "mentors[0].fixed_cost"),
            ("cost.per_mentor", "cost.per_mentor"), ("cost.stipend_per_month", "cost.stipend_per_month"),
        ] {
            let issues = loadIssues(Self.text(), set: "\(path)=1e19")
            #expect(issues.map(\.path) == [line], "\(path)")
            #expect(issues.first?.message.contains("1,000,000,000,000") == true, "\(path)")
        }
    }

    @Test("a scholar's computed cost is money too: a stipend at the limit for many months is refused")
    func computedCost() {
        let text = Self.text().replacingOccurrences(of: "stipend_per_month: 100", with: "stipend_per_month: 1e12")
        #expect(
            Self.errors(text) == [
                "s.yaml:3:27: error: cost: one scholar costs stipend_per_month × months + per_scholar = 2000000000000; "
                    + "the largest amount allowed is 1,000,000,000,000; lower it (amounts are in currency units: "
                    + "1450000 is 1.45 million)"
            ])
        #expect(loadIssues(Self.text(), set: "cost.months=1201").map(\.path) == ["cost.months"])
    }

    @Test("a geometric curve that grows past the value limit within its cap is refused at its ratio")
    func growingCurve() {
        let text = Self.text().replacingOccurrences(
            of: "values: [2]", with: "cap: 1000, curve: {shape: geometric, first: 1, ratio: 1.1}")
        let issues = scenarioIssues(text).filter { $0.severity == .error }
        #expect(issues.map(\.path) == ["mentors[1].curve.ratio"])
        #expect(issues.first?.message.hasPrefix("(b) with first 1, ratio 1.1 and cap 1000, slot 1000 would be worth") == true)
        let shrinking = text.replacingOccurrences(of: "ratio: 1.1", with: "ratio: 0.5")
        #expect(Self.errors(shrinking) == [])
    }

    func loadIssues(_ text: String, set override: String) -> [ScenarioIssue] {
        do {
            _ = try ScenarioLoader.load(text: text, file: "s.yaml", overrides: [try Override(parsing: override)])
            return []
        } catch let error as ScenarioError {
            return error.issues.filter { $0.severity == .error }
        } catch {
            return []
        }
    }
}

/// The reference's Limits table states every bound of ``ScenarioLimits``, as the decoder applies it.
@Suite("scenario reference page: limits")
struct ScenarioLimitsReferenceTests {
    @Test("docs/scenario.md's Limits section names each bound")
    func documented() throws {
        let page = try ScenarioReferenceTests.page()
        let start = try #require(page.range(of: "## Limits"))
        let end = page.range(of: "\n## ", range: start.upperBound..<page.endIndex)?.lowerBound ?? page.endIndex
        let section = String(page[start.upperBound..<end])
        for bound in [
            Formatting.money(ScenarioLimits.money), Formatting.money(ScenarioLimits.value),
            Formatting.number(ScenarioLimits.smallestMoney), Formatting.money(ScenarioLimits.months),
            Formatting.money(ScenarioLimits.hoursPerMonth), Formatting.money(Double(ScenarioLimits.cap)),
            Formatting.money(Double(ScenarioLimits.listLength)),
        ] {
            #expect(section.contains(bound), "the Limits section does not name \(bound)")
        }
    }
}
