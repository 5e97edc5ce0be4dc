import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An SVG file read with an independent XML parser (Foundation's `XMLParser`), as a tree of elements.
public final class SVGDocument {
    /// One element: its name, attributes, text content and children.
    public final class Element {
        public let name: String
        public let attributes: [String: String]
        public internal(set) var children: [Element] = []
        /// The text directly inside the element (not its children's).
        public internal(set) var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// A numeric attribute, or nil when missing or not a number.
        public func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

        /// This element and every element below it, in document order.
        public var all: [Element] { [self] + children.flatMap(\.all) }

        /// The text of the element's `<title>` child, if any.
        public var title: String? { children.first { $0.name == "title" }?.text }
    }

    public let root: Element

    /// Parses `text`; nil when it is not well-formed XML.
    ///
    /// Checks `parserError` too: on Linux, `parse()` returns true after some errors, such as a
    /// start tag that is never closed.
    public init?(_ text: String) {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        guard parser.parse(), parser.parserError == nil, !builder.failed, let root = builder.root else { return nil }
        self.root = root
    }

    /// Every element with this name, in document order.
    public func elements(_ name: String) -> [Element] { root.all.filter { $0.name == name } }

    /// An estimated box around a `<text>` without a transform (nil for a rotated one): width
    /// 0.6 em per character, from 0.8 em above the baseline to 0.2 em below.
    public func box(of text: Element) -> (left: Double, right: Double, top: Double, bottom: Double)? {
        guard text.attributes["transform"] == nil, let x = text.number("x"), let y = text.number("y") else { return nil }
        let size = text.number("font-size") ?? root.number("font-size") ?? 12
        let width = Double(text.text.count) * size * 0.6
        let left: Double
        switch text.attributes["text-anchor"] {
        case "middle": left = x - width / 2
        case "end": left = x - width
        default: left = x
        }
        return (left, left + width, y - 0.8 * size, y + 0.2 * size)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []
        var failed = false

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = Element(name: elementName, attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }
    }
}
