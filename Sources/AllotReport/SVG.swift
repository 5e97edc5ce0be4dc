import AllotModel
import Foundation

/// What every SVG chart writes the same way: coordinates, escaped text, labels clipped to fit.
enum SVG {
    /// A coordinate with one decimal, the precision every chart draws at.
    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A `<text>` element; the content is always escaped.
    static func text(
        _ content: String, x: Double, y: Double, anchor: String? = nil, fill: String? = nil, size: Double? = nil,
        halo: Bool = false
    ) -> String {
        var attributes = "x=\"\(number(x))\" y=\"\(number(y))\""
        if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
        if let fill { attributes += " fill=\"\(fill)\"" }
        if let size { attributes += " font-size=\"\(Formatting.number(size))\"" }
        // A white outline under the letters keeps a label inside the plot readable over lines.
        if halo { attributes += " stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\"" }
        return "<text \(attributes)>\(xmlEscaped(content))</text>\n"
    }

    /// `text` cut to `limit` characters, the last one "…", so a label never runs into its
    /// neighbours (the full text goes in a tooltip).
    static func clipped(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
    }
}
