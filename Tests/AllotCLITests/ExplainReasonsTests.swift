import AllotTestSupport
import Foundation
import Testing

/// The reason that decides a mentor is named: an interaction, a crowded agenda, an exact tie.
@Suite("allot explain: deciding reasons")
struct ExplainReasonsTests {
    /// `explain --format json` for a fixture, and its table.
    static func explain(_ file: String, mentor: String) throws -> (reasons: [[String: Any]], table: String) {
        let directory = fixtures.appendingPathComponent("valid")
        let json = try AllotProcess.run(["explain", file, "--mentor", mentor, "--format", "json"], in: directory)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "allot.explain/2")
        let line = try #require((object["mentors"] as? [[String: Any]])?.first { $0["id"] as? String == mentor })
        let table = try AllotProcess.run(["explain", file, "--mentor", mentor], in: directory)
        #expect(table.status == 0)
        // Unwrapped, so a phrase split across lines still matches.
        let words = table.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (try #require(line["reasons"] as? [[String: Any]]), words)
    }

    @Test("a negative interaction keeps a mentor out: named with the partner and its value")
    func interaction() throws {
        let (reasons, table) = try Self.explain("explain-interaction.yaml", mentor: "b")
        let reason = try #require(reasons.first { $0["kind"] as? String == "interaction" })
        #expect(reason["with"] as? String == "a")
        #expect(reason["value"] as? Double == -5)
        #expect(table.contains("It also brings the interaction with a (-5.00), so it is worth 2.00 to the portfolio."))
    }

    @Test("a crowded agenda's return for the next scholar is named")
    func crowding() throws {
        let (reasons, table) = try Self.explain("explain-crowding.yaml", mentor: "p")
        let reason = try #require(reasons.first { $0["kind"] as? String == "crowding" })
        #expect(reason["subject"] as? String == "x")
        #expect(reason["value"] as? Double == -3)
        #expect(table.contains("It also brings agenda x's returns (-3.00, crowded), so it is worth 3.00"))
    }

    @Test("an exact tie is called a tie, with the tied slot and who the rule kept")
    func tie() throws {
        let (reasons, table) = try Self.explain("explain-tie.yaml", mentor: "bob")
        let reason = try #require(reasons.first { $0["kind"] as? String == "tie" })
        #expect(reason["with"] as? String == "alice")
        #expect(reason["slot"] as? Int == 5)
        #expect(reason["own_slot"] as? Int == 2)
        #expect(reason["kept_other"] as? Bool == true)
        #expect(table.contains("A tie: bob's 2nd slot and alice's 5th bring the same value for the same cost"))
        #expect(table.contains("Forcing one more leaves the total value unchanged (rearranging alice −1)."))
        #expect(!table.contains("+0.00"))
    }

    @Test("winter: ci-new-b is kept out by its −2 interaction with ci-new-a")
    func winterInteraction() throws {
        let result = try AllotProcess.run(
            ["explain", "Scenarios/winter-cohort.yaml", "--mentor", "ci-new-b", "--format", "json"], in: GoldenOutputTests.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let line = try #require((object["mentors"] as? [[String: Any]])?.first)
        let reasons = try #require(line["reasons"] as? [[String: Any]])
        #expect(
            reasons.contains {
                $0["kind"] as? String == "interaction" && $0["with"] as? String == "ci-new-a" && $0["value"] as? Double == -2
            })
        #expect(reasons.contains { $0["kind"] as? String == "below_margin" })
    }
}

/// `solve` and `explain` agree on every mentor's next step, excluded and `at_most`-locked ones included.
@Suite("allot solve and allot explain: one next step")
struct NextStepAgreementTests {
    @Test(
        "next slot value and cost are the same in solve and explain",
        arguments: ["Scenarios/summer-cohort.yaml", "Scenarios/winter-cohort.yaml", "Scenarios/extension-phase.yaml"])
    func agree(scenario: String) throws {
        func mentors(_ command: String) throws -> [String: [String: Any]] {
            let result = try AllotProcess.run([command, scenario, "--format", "json"], in: GoldenOutputTests.root)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let list = try #require(object["mentors"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: list.compactMap { line in (line["id"] as? String).map { ($0, line) } })
        }
        let solve = try mentors("solve")
        let explain = try mentors("explain")
        #expect(solve.count == explain.count)
        for (id, line) in solve {
            let other = try #require(explain[id])
            #expect(line["next_slot_value"] as? Double == other["next_value"] as? Double, "\(id)")
            #expect(line["next_slot_cost"] as? Double == other["next_cost"] as? Double, "\(id)")
        }
        // The excluded and at_most-locked mentors have no next step in either.
        for id in ["interp-13", "coop-new-a", "rem-va-a"] where solve[id] != nil {
            #expect(solve[id]?["next_slot_value"] == nil && explain[id]?["next_value"] == nil, "\(id)")
        }
    }
}

/// Value-point answers also said in money, at the margin the answer itself reports.
@Suite("money equivalents at the margin")
struct MoneyEquivalentTests {
    @Test("explain: each price and ±1 change in money is its value over the margin")
    func explain() throws {
        let result = try AllotProcess.run(
            ["explain", "Scenarios/winter-cohort.yaml", "--format", "json"], in: GoldenOutputTests.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cutoff = try #require(object["cutoff"] as? Double)
        let per = try #require(object["cutoff_per"] as? Double)
        let prices = try #require(object["prices"] as? [[String: Any]])
        let binding = prices.filter { ($0["value"] as? Double ?? 0) > 0 }
        #expect(!binding.isEmpty)
        for price in binding {
            let value = try #require(price["value"] as? Double)
            #expect(abs((price["value_money"] as? Double ?? 0) - value / cutoff * per) < 1e-3)
        }
        let mentors = try #require(object["mentors"] as? [[String: Any]])
        for change in mentors.compactMap({ $0["minus_one"] as? [String: Any] }) where change["kind"] as? String == "value" {
            let value = try #require(change["value_change"] as? Double)
            #expect(abs((change["value_change_money"] as? Double ?? .nan) - value / cutoff * per) < 1e-3)
        }
        let table = try AllotProcess.run(["explain", "Scenarios/winter-cohort.yaml"], in: GoldenOutputTests.root)
        #expect(
            table.stdout.contains(
                "agenda mech-interp's max_share of 25% holds back 0.25 value points (about 1,148 USD-equivalent at the margin)"))
    }

    @Test("robust: the regrets in money share one rate, the deterministic plan's margin")
    func robust() throws {
        let result = try AllotProcess.run(
            ["robust", "Scenarios/winter-cohort.yaml", "--samples", "20", "--format", "json"], in: GoldenOutputTests.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let expected = try #require(object["expected_regret"] as? Double)
        let worst = try #require(object["worst_regret"] as? Double)
        let expectedMoney = try #require(object["expected_regret_money"] as? Double)
        let worstMoney = try #require(object["worst_regret_money"] as? Double)
        #expect(expected > 0 && expectedMoney > 0)
        #expect(abs(expectedMoney / expected - worstMoney / worst) < 1e-3 * expectedMoney / expected)
        // Winter's margin: 21.75 value per 100,000 (explain's cutoff).
        #expect(abs(expectedMoney / expected - 100_000 / 21.7474) < 5)
    }
}
