import AllotTestSupport
import Foundation
import Testing

/// `allot solve` says where a scholar's cost comes from, in words and in JSON.
@Suite("cost breakdown")
struct CostBreakdownTests {
    @Test("the table names each distinct cost's parts, the override and the fixed costs")
    func table() throws {
        let result = try AllotProcess.run(["solve", "valid/costs.yaml"], in: fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        let expected = """
            where the cost comes from (USD)
              18,000 per scholar = stipend 10,000 (4,000 × 2.5 months) + per-scholar 3,000 + berkeley extra 5,000 — 1 mentor, 2 scholars
              15,000 per scholar = stipend 10,000 (4,000 × 2.5 months) + per-scholar 3,000 + london extra 2,000 — 1 mentor, 2 scholars
              13,000 per scholar = stipend 10,000 (4,000 × 2.5 months) + per-scholar 3,000 — 1 mentor, 1 scholar
              6,000 per scholar (cost_per_scholar of partner-x) — 2 scholars
              2,000 per funded mentor (cost.per_mentor) — 3 mentors
              0 per funded mentor (fixed_cost of partner-x)

            """
        #expect(result.stdout.contains(expected), "\(result.stdout)")
    }

    @Test("an hourly stipend is shown as its hourly rate and hours, in words and in JSON")
    func hourly() throws {
        let set = ["--set", "cost.stipend_per_month=", "--set", "cost.stipend_per_hour=25", "--set", "cost.hours_per_month=160"]
        let table = try AllotProcess.run(["solve", "valid/costs.yaml"] + set, in: fixtures)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(
            table.stdout.contains(
                "13,000 per scholar = stipend 10,000 (25/h × 160 h × 2.5 months) + per-scholar 3,000 — 1 mentor, 1 scholar"),
            "\(table.stdout)")
        let json = try AllotProcess.run(["solve", "valid/costs.yaml", "--format", "json"] + set, in: fixtures)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let costs = try #require(object["scholar_costs"] as? [[String: Any]])
        #expect(costs.map { $0["stipend_per_hour"] as? Double } == [25, 25, 25, nil])
        #expect(costs.map { $0["hours_per_month"] as? Double } == [160, 160, 160, nil])
        #expect(costs.map { $0["stipend_per_month"] as? Double } == [4000, 4000, 4000, nil])
    }

    @Test("JSON lists scholar_costs with their parts or override, and fixed_costs by source")
    func json() throws {
        let result = try AllotProcess.run(["solve", "valid/costs.yaml", "--format", "json"], in: fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let costs = try #require(object["scholar_costs"] as? [[String: Any]])
        #expect(costs.map { $0["amount"] as? Double } == [18_000, 15_000, 13_000, 6000])
        #expect(costs.map { $0["location_extra"] as? Double } == [5000, 2000, 0, nil])
        #expect(costs.map { $0["locations"] as? [String] } == [["berkeley"], ["london"], ["remote"], nil])
        #expect(costs.map { $0["override"] as? Double } == [nil, nil, nil, 6000])
        #expect(costs.map { $0["mentors"] as? [String] } == [["ber-a"], ["lon-a"], ["rem-a"], ["partner-x"]])
        #expect(costs.map { $0["scholars"] as? Int } == [2, 2, 1, 2])
        for computed in costs.prefix(3) {
            #expect(computed["stipend"] as? Double == 10_000)
            #expect(computed["stipend_per_month"] as? Double == 4000)
            #expect(computed["months"] as? Double == 2.5)
            #expect(computed["per_scholar"] as? Double == 3000)
        }
        #expect(costs[3]["stipend"] == nil && costs[3]["per_scholar"] == nil)
        let fixed = try #require(object["fixed_costs"] as? [[String: Any]])
        #expect(fixed.map { $0["amount"] as? Double } == [2000, 0])
        #expect(fixed.map { $0["source"] as? String } == ["per_mentor", "fixed_cost"])
        #expect(fixed.map { $0["mentors"] as? [String] } == [["ber-a", "lon-a", "rem-a"], ["partner-x"]])
    }
}
