import AllotTestSupport
import Foundation
import Testing

/// The funding ladder's money equivalents: each rung's value change priced at what one more step buys.
@Suite("funding ladder money equivalents")
struct LadderMoneyTests {
    @Test("value_change_money is value_change / margin, and margin is the +1 rung's value change per unit of money")
    func json() throws {
        let result = try AllotProcess.run(["solve", "valid/tiny.yaml", "--format", "json"], in: fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ladder = try #require(object["funding_ladder"] as? [String: Any])
        let step = try #require(ladder["step"] as? Double)
        let margin = try #require(ladder["margin"] as? Double)
        let rungs = try #require(ladder["rungs"] as? [[String: Any]])
        #expect(rungs.map { $0["steps"] as? Int } == [-2, -1, 1, 2])
        let plusOne = try #require(rungs.first { $0["steps"] as? Int == 1 }?["value_change"] as? Double)
        #expect(approximatelyEqual(margin, plusOne / step))
        for rung in rungs {
            let change = try #require(rung["value_change"] as? Double)
            let money = try #require(rung["value_change_money"] as? Double)
            #expect(approximatelyEqual(money, change / margin), "rung \(rung["steps"] ?? "?")")
        }
        // Tiny fixture: one step (18,000) buys 3; losing one step loses 8, worth 48,000 at that rate.
        #expect(rungs.map { $0["value_change_money"] as? Double } == [-102_000, -48_000, 18_000, 60_000])
    }

    @Test("the table shows the money column and says it is an equivalent")
    func table() throws {
        let result = try AllotProcess.run(["solve", "valid/tiny.yaml"], in: fixtures)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("value change  ≈ USD at margin  scholars"), "\(result.stdout)")
        #expect(result.stdout.contains(" 82,000    −1         -8.00          -48,000        −1  alpha −1\n"))
        #expect(
            result.stdout.contains(
                "≈ USD at margin: the value change at what one more step buys (1 of value ≈ 6,000 USD); an equivalent, not money spent or saved\n"
            ))
    }

    @Test("without value bought by one more step there is no margin and no money column")
    func noMargin() throws {
        let json = try AllotProcess.run(["solve", "valid/costs.yaml", "--format", "json"], in: fixtures)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let ladder = try #require(object["funding_ladder"] as? [String: Any])
        #expect(ladder["margin"] == nil)
        let rungs = try #require(ladder["rungs"] as? [[String: Any]])
        #expect(!rungs.isEmpty)
        #expect(rungs.allSatisfy { $0["value_change_money"] == nil && $0["value_change"] != nil })
        let table = try AllotProcess.run(["solve", "valid/costs.yaml"], in: fixtures)
        #expect(!table.stdout.contains("at margin"))
        #expect(table.stdout.contains("no money equivalents: one more step buys no value\n"))
    }
}
