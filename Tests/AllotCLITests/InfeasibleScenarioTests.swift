import AllotTestSupport
import Foundation
import Testing

/// Infeasible scenarios of each kind: exit 3 and a minimal conflict named as a sentence with numbers.
@Suite("infeasibility in words")
struct InfeasibleScenarioTests {
    static let expectations: [(file: String, sentence: String)] = [
        (
            "locks-over-budget.yaml",
            "the locks on mentor-a (exactly 5 scholars, 60,000) and mentor-b (at least 4, 48,000) cost 108,000, more than "
                + "the budget of 100,000. Raise the budget or loosen one lock."
        ),
        (
            "locks-over-seats.yaml",
            "the 3 seats at london, the lock on m1 (at least 2, 20,000) and the lock on m2 (exactly 2 scholars, 20,000) "
                + "cannot all hold together. Loosen one of them."
        ),
        (
            "cohort-floor-over-budget.yaml",
            "the budget of 50,000 and the cohort minimum of 8 scholars cannot both hold. Loosen one of them."
        ),
        (
            "share-floor-unfillable.yaml",
            "the cohort minimum of 2 scholars and agenda a's min_share of 50% cannot both hold. Loosen one of them."
        ),
    ]

    @Test("the conflict is named exactly, in table and JSON, with exit 3", arguments: expectations.map(\.file))
    func conflict(file: String) throws {
        let sentence = try #require(Self.expectations.first { $0.file == file }).sentence
        let directory = fixtures.appendingPathComponent("infeasible")
        let table = try AllotProcess.run(["solve", file], in: directory)
        #expect(table.status == 3)
        #expect(table.stdout.contains("why: \(sentence)"))
        #expect(table.stderr == "infeasible: \(sentence)\n")
        let json = try AllotProcess.run(["solve", file, "--format", "json"], in: directory)
        #expect(json.status == 3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "infeasible")
        #expect(object["explanation"] as? String == sentence)
    }
}
