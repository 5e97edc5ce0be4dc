import AllotAnalysis
import AllotModel
import Foundation

/// The SVG pieces of the frontier chart: text, boxes that keep labels apart, the × mark.
extension FrontierChart {
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
