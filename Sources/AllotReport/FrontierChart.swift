import AllotAnalysis
import AllotModel
import Foundation

/// An SVG line chart of value and scholars against funding (or the swept field), readable on its own.
///
/// Value uses the left axis, scholars the right; Okabe–Ito colours (safe for colour-blind
/// readers) plus a dashed line, so the two series differ without colour. A level without an
/// allocation breaks the lines and is marked by a vermillion × at the foot of the plot. A run of
/// levels that leave money unspent without gaining value is labelled with what stops the
/// spending. The title, subtitle, plot and legend each have their own band, so no text overlaps.
public enum FrontierChart {
    static let width = 760.0
    static let height = 460.0
    static let left = 80.0
    static let right = 80.0
    static let top = 56.0
    static let bottom = 96.0
    static let plotWidth = width - left - right
    static let plotHeight = height - top - bottom
    static let plotBottom = top + plotHeight
    /// Okabe–Ito vermillion: the × of a level without an allocation.
    static let noAllocationColour = "#D55E00"

    /// The chart of `report` as a standalone SVG document (with `width`, `height` and `viewBox`,
    /// so it scales).
    ///
    /// - Parameters:
    ///   - report: the sweep to draw; its x axis is funding when `report.varied` is `budget`,
    ///     else the varied field, read from the row labels (numbers when every label is one,
    ///     else evenly spaced categories named by the labels).
    ///   - current: a budget to mark with a dashed vertical line labelled "current budget". Drawn
    ///     only when the sweep varies the budget, the one case where the x axis is money.
    public static func render(_ report: SweepReport, marking current: Double? = nil) -> String {
        let marked = report.varied == "budget" ? current.flatMap { $0.isFinite ? $0 : nil } : nil
        let axis = XAxis(report, including: marked)
        // Levels in the order of their x positions, so lines never double back.
        let order = report.rows.indices.sorted { axis.positions[$0] < axis.positions[$1] }
        let audits = report.rows.compactMap(\.result.audit)
        // A quarter of headroom above the highest value, for the labels of flat runs and the current budget.
        let lowest = min(0, audits.map(\.objective).min() ?? 0)
        let highest = audits.map(\.objective).max() ?? 1
        let valueRange = axisRange(lowest, highest + 0.25 * (highest - lowest), includeZero: true)
        let scholarRange = axisRange(0, Double(audits.map(\.scholars).max() ?? 1))
        func x(_ index: Int) -> Double { xPixel(axis.positions[index], axis.range) }
        func y(_ value: Double, _ range: AxisRange) -> Double {
            plotBottom - (value - range.low) / (range.high - range.low) * plotHeight
        }
        var placed: [Box] = []

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
            <title>\(xmlEscaped("\(report.scenarioName): value and scholars against \(axis.against)"))</title>
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(f(width / 2))" y="24" text-anchor="middle" font-size="16">\(xmlEscaped("\(report.scenarioName): \(axis.headline)"))</text>
            <text x="\(f(width / 2))" y="44" text-anchor="middle" fill="#555">\(xmlEscaped("scenario hash \(report.hash)"))</text>

            """
        // Grid and axes.
        for (tick, label) in zip(axis.range.ticks, axis.tickLabels) {
            let tickX = xPixel(tick, axis.range)
            svg += "<line x1=\"\(f(tickX))\" y1=\"\(f(top))\" x2=\"\(f(tickX))\" y2=\"\(f(plotBottom))\" stroke=\"#e5e5e5\"/>\n"
            svg += text(label, x: tickX, y: plotBottom + 20, anchor: "middle")
        }
        for tick in valueRange.ticks {
            let tickY = y(tick, valueRange)
            svg +=
                "<line x1=\"\(f(left))\" y1=\"\(f(tickY))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(tickY))\" stroke=\"#e5e5e5\"/>\n"
            svg += text(tickLabel(tick, valueRange), x: left - 8, y: tickY + 4, anchor: "end", fill: "#0072B2")
        }
        for tick in scholarRange.ticks {
            svg += text(tickLabel(tick, scholarRange), x: left + plotWidth + 8, y: y(tick, scholarRange) + 4, fill: "#B35C00")
        }
        svg +=
            "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" fill=\"none\" stroke=\"#333\"/>\n"
        svg += text(axis.title, x: left + plotWidth / 2, y: plotBottom + 42, anchor: "middle")
        svg +=
            "<text transform=\"translate(20 \(f(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"#0072B2\">portfolio value (points)</text>\n"
        svg +=
            "<text transform=\"translate(\(f(width - 16)) \(f(top + plotHeight / 2))) rotate(90)\" text-anchor=\"middle\" fill=\"#B35C00\">scholars</text>\n"

        // Series: one polyline per run of consecutive levels with an allocation.
        var valueRuns: [[String]] = [[]]
        var scholarRuns: [[String]] = [[]]
        for index in order {
            guard let audit = report.rows[index].result.audit else {
                valueRuns.append([])
                scholarRuns.append([])
                continue
            }
            valueRuns[valueRuns.count - 1].append("\(f(x(index))),\(f(y(audit.objective, valueRange)))")
            scholarRuns[scholarRuns.count - 1].append("\(f(x(index))),\(f(y(Double(audit.scholars), scholarRange)))")
        }
        for run in valueRuns where !run.isEmpty {
            svg += "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2.5\"/>\n"
        }
        for run in scholarRuns where !run.isEmpty {
            svg +=
                "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"#E69F00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
        }
        for index in order {
            let row = report.rows[index]
            guard let audit = row.result.audit else { continue }
            let tip = "\(axis.level(row)): value \(Formatting.fixed(audit.objective)), \(audit.scholars) scholars"
            svg +=
                "<circle cx=\"\(f(x(index)))\" cy=\"\(f(y(audit.objective, valueRange)))\" r=\"3\" fill=\"#0072B2\"><title>\(xmlEscaped(tip))</title></circle>\n"
        }
        // Levels without an allocation: a × at the foot of the plot.
        let missing = order.filter { report.rows[$0].result.audit == nil }
        for index in missing {
            let row = report.rows[index]
            var tip = "\(axis.level(row)): no allocation (\(StatusText.code(row.result.status)))"
            if let explanation = row.result.explanation { tip += " — \(explanation)" }
            let centre = (x: x(index), y: plotBottom - 10)
            svg +=
                "<g class=\"no-allocation\"><title>\(xmlEscaped(tip))</title>\(cross(at: centre))</g>\n"
            placed.append(Box(left: centre.x - 6, right: centre.x + 6, top: centre.y - 6, bottom: centre.y + 6))
        }
        // The current budget: a dashed vertical line, labelled at the top of the plot.
        if let marked {
            let lineX = xPixel(marked, axis.range)
            let label = "current budget"
            let tip = "current budget: \(Formatting.money(marked)) \(report.currency)"
            svg +=
                "<g class=\"current-budget\"><title>\(xmlEscaped(tip))</title><line x1=\"\(f(lineX))\" y1=\"\(f(top))\" x2=\"\(f(lineX))\" y2=\"\(f(plotBottom))\" stroke=\"#444\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/></g>\n"
            let size = 11.0
            let labelWidth = textWidth(label, size: size)
            let fitsRight = lineX + 4 + labelWidth <= left + plotWidth - 2
            let box = Box(
                left: fitsRight ? lineX + 4 : lineX - 4 - labelWidth, right: fitsRight ? lineX + 4 + labelWidth : lineX - 4,
                top: top + 14 - size, bottom: top + 14 + size * 0.25)
            placed.append(box)
            svg += text(
                label, x: fitsRight ? lineX + 4 : lineX - 4, y: top + 14, anchor: fitsRight ? "start" : "end", fill: "#444",
                size: size, halo: true)
        }
        // Flat runs: what stops more spending, above the run.
        for run in flatRuns(report.rows, order: order) {
            let runValue = run.indices.compactMap { report.rows[$0].result.audit?.objective }.max() ?? 0
            let lineY = y(runValue, valueRange)
            let size = 11.0
            var label = "money left: \(run.cause.phrase)"
            let room = plotWidth - 8
            if textWidth(label, size: size) > room {
                let keep = Int(room / (size * textWidthFactor)) - 1
                label = String(label.prefix(max(1, keep))) + "…"
            }
            let labelWidth = textWidth(label, size: size)
            let runCentre = (x(run.indices.first ?? 0) + x(run.indices.last ?? 0)) / 2
            let centre = min(max(runCentre, left + 4 + labelWidth / 2), left + plotWidth - 4 - labelWidth / 2)
            // Above the line first, then further up, then below; always inside the plot.
            let baselines = [lineY - 10, lineY - 26, lineY - 42, lineY + 22, lineY + 38]
                .map { min(max($0, top + size + 2), plotBottom - 4) }
            let boxes = baselines.map {
                Box(left: centre - labelWidth / 2, right: centre + labelWidth / 2, top: $0 - size, bottom: $0 + size * 0.25)
            }
            let box = boxes.first { candidate in !placed.contains { $0.overlaps(candidate) } } ?? boxes[0]
            placed.append(box)
            svg += "<g class=\"flat-run\"><title>\(xmlEscaped(run.tip))</title>"
            svg += text(label, x: centre, y: box.top + size, anchor: "middle", fill: "#333", size: size, halo: true)
            svg += "</g>\n"
        }

        // Legend, in its own band below the x-axis title.
        let legendY = plotBottom + 68
        var cursor = left
        func legendEntry(_ sample: String, _ label: String) {
            svg += sample + text(label, x: cursor + 30, y: legendY + 4)
            cursor += 30 + textWidth(label, size: 12) + 24
        }
        legendEntry(
            "<line x1=\"\(f(cursor))\" y1=\"\(f(legendY))\" x2=\"\(f(cursor + 24))\" y2=\"\(f(legendY))\" stroke=\"#0072B2\" stroke-width=\"2.5\"/>",
            "value (left axis)")
        legendEntry(
            "<line x1=\"\(f(cursor))\" y1=\"\(f(legendY))\" x2=\"\(f(cursor + 24))\" y2=\"\(f(legendY))\" stroke=\"#E69F00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
            "scholars (right axis)")
        if !missing.isEmpty {
            legendEntry(cross(at: (cursor + 12, legendY)), "no allocation")
        }
        svg += "</svg>\n"
        return svg
    }

    /// The horizontal axis: where each level sits, the range and its labels.
    struct XAxis {
        /// Each row's position on the axis, in row order.
        let positions: [Double]
        let range: AxisRange
        let tickLabels: [String]
        /// The axis title: "funding (USD)" or the varied field.
        let title: String
        /// What the chart plots against, for its `<title>`.
        let against: String
        /// The chart's heading after the scenario name.
        let headline: String
        /// A level named for a tooltip: "1,175,000 USD" or "cost.stipend_per_month = 4800".
        let level: @Sendable (SweepRow) -> String

        init(_ report: SweepReport, including current: Double?) {
            let rows = report.rows
            if report.varied == "budget" {
                positions = rows.map(\.budget)
                let extent = positions + (current.map { [$0] } ?? [])
                let money = axisRange(extent.min() ?? 0, extent.max() ?? 1)
                range = money
                tickLabels = money.ticks.map { FrontierChart.tickLabel($0, money, grouped: true) }
                title = "funding (\(report.currency))"
                against = "\(report.currency) funding"
                headline = "what funding buys"
                let currency = report.currency
                level = { "\($0.label) \(currency)" }
                return
            }
            let varied = report.varied
            title = varied
            against = varied
            headline = "value and scholars by \(varied)"
            level = { "\(varied) = \($0.label)" }
            let numbers = rows.compactMap { Double($0.label.trimmingCharacters(in: .whitespaces)) }.filter(\.isFinite)
            if numbers.count == rows.count, !rows.isEmpty {
                positions = numbers
                let values = axisRange(numbers.min() ?? 0, numbers.max() ?? 1)
                range = values
                tickLabels = values.ticks.map { FrontierChart.tickLabel($0, values) }
            } else {
                // Not every value is a number: evenly spaced, in the order given, named by the labels.
                positions = rows.indices.map(Double.init)
                range = AxisRange(
                    low: -0.5, high: Double(max(rows.count, 1)) - 0.5, step: 1, ticks: rows.indices.map(Double.init))
                tickLabels = rows.map(\.label)
            }
        }
    }

    /// A run of consecutive levels (in x order) that keep money for the same reason without gaining value.
    struct FlatRun {
        let indices: [Int]
        let cause: LeftoverMoney.Cause
        /// The run's levels and the full reason, for a tooltip.
        let tip: String
    }

    /// Runs of two or more consecutive levels with an allocation whose value does not increase
    /// (within 1e-9 relative) while money is left for the same reason other than the budget.
    static func flatRuns(_ rows: [SweepRow], order: [Int]) -> [FlatRun] {
        var runs: [(indices: [Int], cause: LeftoverMoney.Cause)] = []
        var previous: Int?
        for index in order {
            defer { previous = index }
            let row = rows[index]
            guard let audit = row.result.audit, let leftover = row.leftover, leftover.unspent > 0, leftover.cause != .budget
            else { continue }
            if let previous, let last = runs.last, last.indices.last == previous, last.cause == leftover.cause,
                let before = rows[previous].result.audit?.objective,
                audit.objective <= before + 1e-9 * max(1, abs(before))
            {
                runs[runs.count - 1].indices.append(index)
            } else {
                runs.append(([index], leftover.cause))
            }
        }
        return runs.filter { $0.indices.count >= 2 }.map { run in
            let first = rows[run.indices[0]].label
            let last = rows[run.indices[run.indices.count - 1]].label
            return FlatRun(
                indices: run.indices, cause: run.cause, tip: "\(first) to \(last): money is left; \(run.cause.sentence)")
        }
    }

    struct AxisRange {
        let low: Double
        let high: Double
        let step: Double
        let ticks: [Double]

        /// Decimals enough to tell one tick from the next: 0 for steps of 1 or more, 1 for 0.5 or 0.2.
        var decimals: Int { step >= 1 || step <= 0 ? 0 : Int(-floor(log10(step))) }
    }

    /// A range padded to "nice" tick steps (1, 2 or 5 × 10^k), about five ticks.
    ///
    /// A degenerate range (one value) is widened by 10% of the value on each side (±1 around
    /// zero), not below zero for a value that is not negative, so the ticks stay distinct.
    static func axisRange(_ low: Double, _ high: Double, includeZero: Bool = false) -> AxisRange {
        var low = includeZero ? min(0, low) : low
        var high = max(high, low)
        if high - low <= 1e-9 * max(1, abs(low)) {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            let nonNegative = low >= 0
            high = low + pad
            low = nonNegative ? max(0, low - pad) : low - pad
        }
        let raw = (high - low) / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        low = floor(low / step) * step
        high = ceil(high / step) * step
        let count = Int(((high - low) / step).rounded())
        return AxisRange(low: low, high: high, step: step, ticks: (0...count).map { low + Double($0) * step })
    }

    /// A tick's text with the decimals its step needs (`0.2`, `1,175,000`), thousands grouped if asked.
    static func tickLabel(_ value: Double, _ range: AxisRange, grouped: Bool = false) -> String {
        let value = abs(value) < range.step * 1e-6 ? 0 : value
        let text = String(format: "%.\(range.decimals)f", value)
        guard grouped else { return text }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var digits = String(parts[0])
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + (parts.count > 1 ? ".\(parts[1])" : "")
    }

    /// An estimated text box, to keep labels apart.
    struct Box {
        let left: Double
        let right: Double
        let top: Double
        let bottom: Double

        func overlaps(_ other: Box) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }
    }

    /// Average advance of a sans-serif character, as a fraction of the font size (generous).
    static let textWidthFactor = 0.6

    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * textWidthFactor }

    static func xPixel(_ value: Double, _ range: AxisRange) -> Double {
        left + (value - range.low) / (range.high - range.low) * plotWidth
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A `<text>` element; the content is always escaped.
    static func text(
        _ content: String, x: Double, y: Double, anchor: String? = nil, fill: String? = nil, size: Double? = nil,
        halo: Bool = false
    ) -> String {
        var attributes = "x=\"\(f(x))\" y=\"\(f(y))\""
        if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
        if let fill { attributes += " fill=\"\(fill)\"" }
        if let size { attributes += " font-size=\"\(Formatting.number(size))\"" }
        // A white outline under the letters keeps a label inside the plot readable over lines.
        if halo { attributes += " stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\"" }
        return "<text \(attributes)>\(xmlEscaped(content))</text>\n"
    }

    /// A vermillion × centred on `centre`.
    static func cross(at centre: (x: Double, y: Double)) -> String {
        let (x, y) = centre
        return
            "<path d=\"M\(f(x - 5)) \(f(y - 5))L\(f(x + 5)) \(f(y + 5))M\(f(x - 5)) \(f(y + 5))L\(f(x + 5)) \(f(y - 5))\" stroke=\"\(noAllocationColour)\" stroke-width=\"2.5\"/>"
    }
}
