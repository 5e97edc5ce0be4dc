import AllotAnalysis
import AllotModel
import Foundation

/// An SVG line chart of value and scholars against funding, readable on its own.
///
/// Value uses the left axis, scholars the right; Okabe–Ito colours (safe for colour-blind
/// readers) plus a dashed line, so the two series differ without colour. Levels without an
/// allocation leave a gap.
public enum FrontierChart {
    public static func render(_ report: SweepReport) -> String {
        let width = 760.0
        let height = 440.0
        let left = 80.0
        let right = 80.0
        let top = 56.0
        let bottom = 64.0
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        let points = report.rows.compactMap { row in row.result.audit.map { (row.budget, $0.objective, Double($0.scholars)) } }
        let budgets = report.rows.map(\.budget)
        let xRange = axisRange(budgets.min() ?? 0, budgets.max() ?? 1)
        let valueRange = axisRange(points.map(\.1).min() ?? 0, points.map(\.1).max() ?? 1, includeZero: true)
        let scholarRange = axisRange(0, points.map(\.2).max() ?? 1)
        func x(_ value: Double) -> Double { left + (value - xRange.low) / (xRange.high - xRange.low) * plotWidth }
        func y(_ value: Double, _ range: AxisRange) -> Double {
            top + plotHeight - (value - range.low) / (range.high - range.low) * plotHeight
        }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
            <title>\(xmlEscaped(report.scenarioName)): value and scholars against \(xmlEscaped(report.currency)) funding</title>
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(f(width / 2))" y="24" text-anchor="middle" font-size="16">\(xmlEscaped(report.scenarioName)): what funding buys</text>
            <text x="\(f(width / 2))" y="42" text-anchor="middle" fill="#555">scenario hash \(xmlEscaped(report.hash))</text>

            """
        // Grid and axes.
        for tick in xRange.ticks {
            svg +=
                "<line x1=\"\(f(x(tick)))\" y1=\"\(f(top))\" x2=\"\(f(x(tick)))\" y2=\"\(f(top + plotHeight))\" stroke=\"#e5e5e5\"/>\n"
            svg +=
                "<text x=\"\(f(x(tick)))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\">\(xmlEscaped(Formatting.money(tick)))</text>\n"
        }
        for tick in valueRange.ticks {
            svg +=
                "<line x1=\"\(f(left))\" y1=\"\(f(y(tick, valueRange)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(y(tick, valueRange)))\" stroke=\"#e5e5e5\"/>\n"
            svg +=
                "<text x=\"\(f(left - 8))\" y=\"\(f(y(tick, valueRange) + 4))\" text-anchor=\"end\" fill=\"#0072B2\">\(Formatting.number(tick, decimals: 1))</text>\n"
        }
        for tick in scholarRange.ticks {
            svg +=
                "<text x=\"\(f(left + plotWidth + 8))\" y=\"\(f(y(tick, scholarRange) + 4))\" fill=\"#B35C00\">\(Formatting.number(tick, decimals: 1))</text>\n"
        }
        svg +=
            "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" fill=\"none\" stroke=\"#333\"/>\n"
        svg +=
            "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 18))\" text-anchor=\"middle\">funding (\(xmlEscaped(report.currency)))</text>\n"
        svg +=
            "<text transform=\"translate(20 \(f(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"#0072B2\">portfolio value (points)</text>\n"
        svg +=
            "<text transform=\"translate(\(f(width - 16)) \(f(top + plotHeight / 2))) rotate(90)\" text-anchor=\"middle\" fill=\"#B35C00\">scholars</text>\n"
        // Series: one polyline per run of consecutive levels with an allocation.
        var valueRuns: [[String]] = [[]]
        var scholarRuns: [[String]] = [[]]
        for row in report.rows {
            guard let audit = row.result.audit else {
                valueRuns.append([])
                scholarRuns.append([])
                continue
            }
            valueRuns[valueRuns.count - 1].append("\(f(x(row.budget))),\(f(y(audit.objective, valueRange)))")
            scholarRuns[scholarRuns.count - 1].append("\(f(x(row.budget))),\(f(y(Double(audit.scholars), scholarRange)))")
        }
        for run in valueRuns where !run.isEmpty {
            svg += "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2.5\"/>\n"
        }
        for run in scholarRuns where !run.isEmpty {
            svg +=
                "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"#E69F00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
        }
        for row in report.rows {
            guard let audit = row.result.audit else { continue }
            svg +=
                "<circle cx=\"\(f(x(row.budget)))\" cy=\"\(f(y(audit.objective, valueRange)))\" r=\"3\" fill=\"#0072B2\"><title>\(xmlEscaped(Formatting.money(row.budget))): value \(Formatting.fixed(audit.objective)), \(audit.scholars) scholars</title></circle>\n"
        }
        // Legend.
        let legendY = top - 10
        svg +=
            "<line x1=\"\(f(left))\" y1=\"\(f(legendY))\" x2=\"\(f(left + 24))\" y2=\"\(f(legendY))\" stroke=\"#0072B2\" stroke-width=\"2.5\"/>"
        svg += "<text x=\"\(f(left + 30))\" y=\"\(f(legendY + 4))\">value (left axis)</text>\n"
        svg +=
            "<line x1=\"\(f(left + 150))\" y1=\"\(f(legendY))\" x2=\"\(f(left + 174))\" y2=\"\(f(legendY))\" stroke=\"#E69F00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
        svg += "<text x=\"\(f(left + 180))\" y=\"\(f(legendY + 4))\">scholars (right axis)</text>\n"
        svg += "</svg>\n"
        return svg
    }

    struct AxisRange {
        let low: Double
        let high: Double
        let ticks: [Double]
    }

    /// A range padded to "nice" tick steps (1, 2 or 5 × 10^k), about five ticks.
    static func axisRange(_ low: Double, _ high: Double, includeZero: Bool = false) -> AxisRange {
        var low = includeZero ? min(0, low) : low
        var high = high
        if high <= low { high = low + 1 }
        let raw = (high - low) / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        low = floor(low / step) * step
        high = ceil(high / step) * step
        let count = Int(((high - low) / step).rounded())
        return AxisRange(low: low, high: high, ticks: (0...count).map { low + Double($0) * step })
    }
}
