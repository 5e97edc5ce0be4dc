import AllotTestSupport
import Foundation
import Testing

/// The contract of issue 16 through the real process: wide-range scenarios (``WideRangeScenario``)
/// give 0, 3 or 4 when they solve and 65 when refused; never 70 or a signal.
@Suite("contract over the whole accepted range, as a process")
struct ContractCommandTests {
    @Test("solve and sweep on 12 wide-range scenarios exit 0, 3, 4 or 65")
    func exitCodes() throws {
        let directory = try scratchDirectory("contract")
        defer { try? FileManager.default.removeItem(at: directory) }
        var statuses: [Int32: Int] = [:]
        for seed in UInt64(2001)...2012 {
            let file = directory.appendingPathComponent("wide-\(seed).yaml")
            try WideRangeScenario.text(seed: seed).write(to: file, atomically: true, encoding: .utf8)
            for arguments in [["solve", file.path], ["sweep", file.path, "--budget", "0:1e12:2.5e11"]] {
                let result = try AllotProcess.run(arguments, in: directory)
                statuses[result.status, default: 0] += 1
                #expect([0, 3, 4, 65].contains(result.status), "seed \(seed) \(arguments[0]): \(result.stderr)")
            }
        }
        #expect((statuses[0] ?? 0) >= 4, "\(statuses)")
    }

    @Test("a budget row spanning eight orders of magnitude: solve with its funding ladder stays within the budget")
    func ladderOverspend() throws {
        let result = try AllotProcess.run(
            ["solve", "ladder-overspend.yaml", "--format", "json"], in: fixtures.appendingPathComponent("precision"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
    }
}
