import AllotAnalysis
import AllotModel
import Foundation

/// An SVG bar chart of each agenda's share of the cohort against its target band.
///
/// The band (min to max share) is a light grey box with dark edges and the share a blue bar, so
/// the two differ by shape as well as colour (Okabe–Ito blue; vermillion for a share outside its
/// band). The legend sits above the bars and the axis below, so neither can cover a label.
public enum AgendaMixChart {
    static let width = 720.0
    static let labelWidth = 170.0
    static let noteWidth = 190.0
    static let rowHeight = 30.0
    static let top = 34.0
    static let bottom = 44.0

    public static func render(_ agendas: [SolveSummary.AgendaLine], scenarioName: String) -> String {
        let plotLeft = labelWidth
        let plotWidth = width - labelWidth - noteWidth
        let height = top + Double(max(agendas.count, 1)) * rowHeight + bottom
        let highest = agendas.map { max($0.share, $0.minShare, $0.maxShare < 1 ? $0.maxShare : 0) }.max() ?? 0
        // Ten-point ticks up to just past the largest share or band edge, so small shares stay readable.
        let axisMax = min(1, max(0.1, (highest * 10).rounded(.up) / 10 + (highest >= 0.95 ? 0 : 0.1)))
        func x(_ share: Double) -> Double { plotLeft + min(share, axisMax) / axisMax * plotWidth }

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12" role="img">
            <title>\(xmlEscaped(scenarioName)): each agenda's share of scholars against its target band</title>
            <rect width="100%" height="100%" fill="white"/>

            """
        // Legend, above the plot.
        svg += "<rect x=\"\(SVG.number(plotLeft))\" y=\"8\" width=\"22\" height=\"12\" fill=\"#0072B2\"/>"
        svg += "<text x=\"\(SVG.number(plotLeft + 28))\" y=\"18\">share of scholars</text>\n"
        svg +=
            "<rect x=\"\(SVG.number(plotLeft + 160))\" y=\"6\" width=\"22\" height=\"16\" fill=\"#E8E8E8\" stroke=\"#333\" stroke-dasharray=\"3 2\"/>"
        svg += "<text x=\"\(SVG.number(plotLeft + 188))\" y=\"18\">target band (min to max share)</text>\n"
        let plotBottom = top + Double(agendas.count) * rowHeight
        for tick in stride(from: 0.0, through: axisMax + 1e-9, by: 0.1) {
            svg +=
                "<line x1=\"\(SVG.number(x(tick)))\" y1=\"\(SVG.number(top))\" x2=\"\(SVG.number(x(tick)))\" y2=\"\(SVG.number(plotBottom))\" stroke=\"#e5e5e5\"/>"
            svg +=
                "<text x=\"\(SVG.number(x(tick)))\" y=\"\(SVG.number(plotBottom + 16))\" text-anchor=\"middle\">\(Int((tick * 100).rounded()))%</text>\n"
        }
        svg +=
            "<text x=\"\(SVG.number(plotLeft + plotWidth / 2))\" y=\"\(SVG.number(plotBottom + 36))\" text-anchor=\"middle\">share of the cohort's scholars (%)</text>\n"
        for (index, agenda) in agendas.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            let middle = rowTop + rowHeight / 2
            let outside = agenda.share < agenda.minShare - 1e-9 || agenda.share > agenda.maxShare + 1e-9
            svg +=
                "<text x=\"\(SVG.number(plotLeft - 8))\" y=\"\(SVG.number(middle + 4))\" text-anchor=\"end\">\(xmlEscaped(SVG.clipped(agenda.name, 26)))<title>\(xmlEscaped(agenda.name)) (\(xmlEscaped(agenda.id)))</title></text>\n"
            if agenda.minShare > 0 || agenda.maxShare < 1 {
                svg +=
                    "<rect x=\"\(SVG.number(x(agenda.minShare)))\" y=\"\(SVG.number(rowTop + 4))\" width=\"\(SVG.number(max(1, x(agenda.maxShare) - x(agenda.minShare))))\" height=\"\(SVG.number(rowHeight - 8))\" fill=\"#E8E8E8\" stroke=\"#333\" stroke-dasharray=\"3 2\"/>\n"
            }
            svg +=
                "<rect x=\"\(SVG.number(plotLeft))\" y=\"\(SVG.number(middle - 5))\" width=\"\(SVG.number(max(0, x(agenda.share) - plotLeft)))\" height=\"10\" fill=\"\(outside ? "#D55E00" : "#0072B2")\"><title>\(xmlEscaped(agenda.name)): \(Formatting.percent(agenda.share)), \(agenda.scholars) scholars</title></rect>\n"
            let target = SolveSummary.target(agenda)
            let note =
                "\(Formatting.percent(agenda.share)) · \(agenda.scholars)"
                + (target == "-" ? "" : " · target \(target)") + (outside ? " · outside" : "")
            svg +=
                "<text x=\"\(SVG.number(plotLeft + plotWidth + 8))\" y=\"\(SVG.number(middle + 4))\">\(xmlEscaped(SVG.clipped(note, 32)))</text>\n"
        }
        svg +=
            "<rect x=\"\(SVG.number(plotLeft))\" y=\"\(SVG.number(top))\" width=\"\(SVG.number(plotWidth))\" height=\"\(SVG.number(plotBottom - top))\" fill=\"none\" stroke=\"#333\"/>\n"
        return svg + "</svg>\n"
    }
}
