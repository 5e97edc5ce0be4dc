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
            <text x="\(SVG.number(width / 2))" y="24" text-anchor="middle" font-size="16">\(xmlEscaped("\(report.scenarioName): \(axis.headline)"))</text>
            <text x="\(SVG.number(width / 2))" y="44" text-anchor="middle" fill="#555">\(xmlEscaped("scenario hash \(report.hash)"))</text>

            """
        // Grid and axes.
        for (tick, label) in zip(axis.range.ticks, axis.tickLabels) {
            let tickX = xPixel(tick, axis.range)
            svg +=
                "<line x1=\"\(SVG.number(tickX))\" y1=\"\(SVG.number(top))\" x2=\"\(SVG.number(tickX))\" y2=\"\(SVG.number(plotBottom))\" stroke=\"#e5e5e5\"/>\n"
            svg += SVG.text(label, x: tickX, y: plotBottom + 20, anchor: "middle")
        }
        for tick in valueRange.ticks {
            let tickY = y(tick, valueRange)
            svg +=
                "<line x1=\"\(SVG.number(left))\" y1=\"\(SVG.number(tickY))\" x2=\"\(SVG.number(left + plotWidth))\" y2=\"\(SVG.number(tickY))\" stroke=\"#e5e5e5\"/>\n"
            svg += SVG.text(tickLabel(tick, valueRange), x: left - 8, y: tickY + 4, anchor: "end", fill: "#0072B2")
        }
        for tick in scholarRange.ticks {
            svg += SVG.text(tickLabel(tick, scholarRange), x: left + plotWidth + 8, y: y(tick, scholarRange) + 4, fill: "#B35C00")
        }
        svg +=
            "<rect x=\"\(SVG.number(left))\" y=\"\(SVG.number(top))\" width=\"\(SVG.number(plotWidth))\" height=\"\(SVG.number(plotHeight))\" fill=\"none\" stroke=\"#333\"/>\n"
        svg += SVG.text(axis.title, x: left + plotWidth / 2, y: plotBottom + 42, anchor: "middle")
        svg +=
            "<text transform=\"translate(20 \(SVG.number(top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"#0072B2\">portfolio value (points)</text>\n"
        svg +=
            "<text transform=\"translate(\(SVG.number(width - 16)) \(SVG.number(top + plotHeight / 2))) rotate(90)\" text-anchor=\"middle\" fill=\"#B35C00\">scholars</text>\n"

        // Series: one polyline per run of consecutive levels with an allocation.
        var valueRuns: [[String]] = [[]]
        var scholarRuns: [[String]] = [[]]
        for index in order {
            guard let audit = report.rows[index].result.audit else {
                valueRuns.append([])
                scholarRuns.append([])
                continue
            }
            valueRuns[valueRuns.count - 1].append("\(SVG.number(x(index))),\(SVG.number(y(audit.objective, valueRange)))")
            scholarRuns[scholarRuns.count - 1].append(
                "\(SVG.number(x(index))),\(SVG.number(y(Double(audit.scholars), scholarRange)))")
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
                "<circle cx=\"\(SVG.number(x(index)))\" cy=\"\(SVG.number(y(audit.objective, valueRange)))\" r=\"3\" fill=\"#0072B2\"><title>\(xmlEscaped(tip))</title></circle>\n"
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
                "<g class=\"current-budget\"><title>\(xmlEscaped(tip))</title><line x1=\"\(SVG.number(lineX))\" y1=\"\(SVG.number(top))\" x2=\"\(SVG.number(lineX))\" y2=\"\(SVG.number(plotBottom))\" stroke=\"#444\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/></g>\n"
            let size = 11.0
            let labelWidth = textWidth(label, size: size)
            let fitsRight = lineX + 4 + labelWidth <= left + plotWidth - 2
            let box = Box(
                left: fitsRight ? lineX + 4 : lineX - 4 - labelWidth, right: fitsRight ? lineX + 4 + labelWidth : lineX - 4,
                top: top + 14 - size, bottom: top + 14 + size * 0.25)
            placed.append(box)
            svg += SVG.text(
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
            if textWidth(label, size: size) > room { label = SVG.clipped(label, Int(room / (size * textWidthFactor))) }
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
            svg += SVG.text(label, x: centre, y: box.top + size, anchor: "middle", fill: "#333", size: size, halo: true)
            svg += "</g>\n"
        }

        // Legend, in its own band below the x-axis title.
        let legendY = plotBottom + 68
        var cursor = left
        func legendEntry(_ sample: String, _ label: String) {
            svg += sample + SVG.text(label, x: cursor + 30, y: legendY + 4)
            cursor += 30 + textWidth(label, size: 12) + 24
        }
        legendEntry(
            "<line x1=\"\(SVG.number(cursor))\" y1=\"\(SVG.number(legendY))\" x2=\"\(SVG.number(cursor + 24))\" y2=\"\(SVG.number(legendY))\" stroke=\"#0072B2\" stroke-width=\"2.5\"/>",
            "value (left axis)")
        legendEntry(
            "<line x1=\"\(SVG.number(cursor))\" y1=\"\(SVG.number(legendY))\" x2=\"\(SVG.number(cursor + 24))\" y2=\"\(SVG.number(legendY))\" stroke=\"#E69F00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>",
            "scholars (right axis)")
        if !missing.isEmpty {
            legendEntry(cross(at: (cursor + 12, legendY)), "no allocation")
        }
        svg += "</svg>\n"
        return svg
    }
}
