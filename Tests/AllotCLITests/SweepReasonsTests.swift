import AllotTestSupport
import Foundation
import Testing

/// A sweep says why: money left over and what stops it being spent; an infeasible level's conflict.
@Suite("allot sweep: why money is left, why a level fails")
struct SweepReasonsTests {
    static func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try AllotProcess.run(arguments + ["--format", "json"], in: GoldenOutputTests.root)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(object["rows"] as? [[String: Any]])
    }

    @Test("winter's plateau: the money left and Berkeley's full seats, in JSON and the table")
    func plateau() throws {
        let arguments = ["sweep", "Scenarios/winter-cohort.yaml", "--budget", "1200000:1500000:50000"]
        let rows = try Self.rows(arguments)
        for row in rows {
            let budget = try #require(row["budget"] as? Double)
            let spent = try #require(row["spent"] as? Double)
            #expect(row["unspent"] as? Double == budget - spent)
            let leftOver = try #require(row["left_over"] as? [String: Any])
            if budget >= 1_250_000 {
                #expect(spent == 1_210_000)
                #expect(leftOver["cause"] as? String == "requirements")
                let requirements = try #require(leftOver["requirements"] as? [[String: Any]])
                #expect(requirements.map { $0["constraint"] as? String } == ["seats"])
                #expect(requirements.first?["subject"] as? String == "berkeley")
            } else {
                #expect(leftOver["cause"] as? String == "budget")
            }
        }
        let table = try AllotProcess.run(arguments, in: GoldenOutputTests.root)
        #expect(
            table.stdout.contains(
                "why money is left over\n  1,250,000 to 1,500,000: 40,000 to 290,000 unspent; every next scholar it could pay "
                    + "for would break the 60 seats at berkeley\n"))
    }

    @Test("an infeasible level carries the same conflict sentence as solve at that budget")
    func infeasibleLevel() throws {
        let file = "Tests/AllotCLITests/Fixtures/infeasible/locks-over-budget.yaml"
        let rows = try Self.rows(["sweep", file, "--budget", "100000,150000"])
        #expect(rows.first?["status"] as? String == "infeasible")
        let solve = try AllotProcess.run(
            ["solve", file, "--set", "budget=100000", "--format", "json"], in: GoldenOutputTests.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(solve.stdout.utf8)) as? [String: Any])
        let sentence = try #require(object["explanation"] as? String)
        #expect(sentence.contains("the locks on mentor-a"))
        #expect(rows.first?["explanation"] as? String == sentence)
        #expect(rows.last?["left_over"].flatMap { ($0 as? [String: Any])?["cause"] as? String } == "every_mentor_at_limit")
        let table = try AllotProcess.run(["sweep", file, "--budget", "100000,150000"], in: GoldenOutputTests.root)
        #expect(table.stdout.contains("100,000: infeasible: no allocation satisfies every constraint — \(sentence)"))
    }
}
