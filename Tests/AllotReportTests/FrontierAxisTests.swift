import Testing

@testable import AllotReport

/// The frontier chart's axes at the extremes of a double: a range, never a trap.
@Suite("frontier chart axes")
struct FrontierAxisTests {
    @Test(
        "ranges at any magnitude give finite, ordered ticks or the bare extent",
        arguments: [
            (1e17, 1e17), (0, 1e17), (-1e308, 1e308), (1e300, 1.7e308),
            (Double.leastNonzeroMagnitude, Double.leastNonzeroMagnitude), (0, 0), (-1e17, -1e17),
        ])
    func extremes(low: Double, high: Double) {
        let range = FrontierChart.axisRange(low, high, includeZero: true)
        #expect(range.low <= range.high)
        #expect(!range.ticks.isEmpty && range.ticks.count <= 101)
        #expect(range.ticks.allSatisfy { $0.isFinite })
    }

    @Test("ordinary ranges keep their round steps")
    func ordinary() {
        let range = FrontierChart.axisRange(1_000_000, 1_500_000)
        #expect(range.step == 100_000)
        #expect(range.ticks.first == 1_000_000 && range.ticks.last == 1_500_000)
    }
}
