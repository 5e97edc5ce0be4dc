import AllotAnalysis
import AllotModel
import Foundation

/// The SVG pieces of the frontier chart: boxes that keep labels apart, the × mark.
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

    /// A vermillion × centred on `centre`.
    static func cross(at centre: (x: Double, y: Double)) -> String {
        let (x, y) = centre
        return
            "<path d=\"M\(SVG.number(x - 5)) \(SVG.number(y - 5))L\(SVG.number(x + 5)) \(SVG.number(y + 5))M\(SVG.number(x - 5)) \(SVG.number(y + 5))L\(SVG.number(x + 5)) \(SVG.number(y - 5))\" stroke=\"\(noAllocationColour)\" stroke-width=\"2.5\"/>"
    }
}
