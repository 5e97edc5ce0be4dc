import AllotAnalysis
import AllotModel
import AllotReport
import AllotTestSupport
import Foundation
import GLPKBackend
import Testing

/// `FrontierChart.render` called in process, as the HTML report calls it.
@Suite("FrontierChart.render")
struct FrontierChartTests {
    static let winter = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios/winter-cohort.yaml").path

    static func report(budgets: [Double]) throws -> SweepReport {
        let loaded = try ScenarioLoader.load(file: winter)
        let rows = try FundingSweep(allocator: Allocator(backend: GLPKBackend())).run(loaded.scenario, budgets: budgets)
        return SweepReport(loaded: loaded, varied: "budget", rows: rows)
    }

    /// The dashed line of the current budget, and its x.
    static func currentBudgetLine(_ svg: SVGDocument) -> (line: SVGDocument.Element, x: Double)? {
        guard let group = svg.elements("g").first(where: { $0.title?.hasPrefix("current budget") == true }),
            let line = group.children.first(where: { $0.name == "line" }), let x = line.number("x1")
        else { return nil }
        return (line, x)
    }

    /// The pixel column of `value`, from the first and last x-axis tick (centred texts below the plot).
    static func xPixel(_ value: Double, in svg: SVGDocument) throws -> Double {
        let frame = try #require(svg.elements("rect").first { $0.attributes["fill"] == "none" })
        let bottom = try #require(frame.number("y")) + (try #require(frame.number("height")))
        let ticks = svg.elements("text")
            .filter {
                $0.attributes["text-anchor"] == "middle" && ($0.number("y") ?? 0) > bottom && ($0.number("y") ?? 0) < bottom + 30
            }
            .compactMap { text in Double(text.text.replacingOccurrences(of: ",", with: "")).map { (text.number("x") ?? .nan, $0) }
            }
        let first = try #require(ticks.first)
        let last = try #require(ticks.last)
        return first.0 + (value - first.1) / (last.1 - first.1) * (last.0 - first.0)
    }

    @Test("marking: draws a dashed vertical line at the current budget, labelled clear of every other text")
    func currentBudget() throws {
        let report = try Self.report(budgets: [1_000_000, 1_100_000, 1_300_000, 1_500_000, 2_000_000])
        let svg = try #require(SVGDocument(FrontierChart.render(report, marking: 1_175_000)))
        let (line, x) = try #require(Self.currentBudgetLine(svg), "no current-budget line")
        #expect(line.attributes["x2"] == line.attributes["x1"], "the line is not vertical")
        #expect(line.attributes["stroke-dasharray"] != nil, "the line is not dashed")
        let expected = try Self.xPixel(1_175_000, in: svg)
        #expect(abs(x - expected) < 1)
        let label = try #require(svg.elements("text").first { $0.text == "current budget" }, "the line is not labelled")
        let labelBox = try #require(svg.box(of: label))
        for other in svg.elements("text") where other !== label {
            guard let box = svg.box(of: other) else { continue }
            let overlaps =
                labelBox.left < box.right && box.left < labelBox.right && labelBox.top < box.bottom && box.top < labelBox.bottom
            #expect(!overlaps, "the label overlaps \(other.text)")
        }

        let unmarked = try #require(SVGDocument(FrontierChart.render(report)))
        #expect(Self.currentBudgetLine(unmarked) == nil)
        #expect(!unmarked.elements("text").contains { $0.text == "current budget" })
    }

    @Test("a current budget outside the swept levels widens the axis to show it")
    func currentBudgetOutsideSweep() throws {
        let report = try Self.report(budgets: [1_000_000, 1_100_000])
        let svg = try #require(SVGDocument(FrontierChart.render(report, marking: 1_500_000)))
        let (_, x) = try #require(Self.currentBudgetLine(svg))
        let frame = try #require(svg.elements("rect").first { $0.attributes["fill"] == "none" })
        let left = try #require(frame.number("x"))
        let right = left + (try #require(frame.number("width")))
        let expected = try Self.xPixel(1_500_000, in: svg)
        #expect(x >= left && x <= right)
        #expect(abs(x - expected) < 1)
    }
}
