/// A piece of HTML whose text has been escaped exactly once.
///
/// Pages are built only from these values, so every name, label and number from a scenario goes
/// through `xmlEscaped` on its way in, and nothing is escaped twice. The output is also
/// well-formed XML (void elements close themselves), which lets tests parse the page.
struct Markup: Sendable {
    let html: String

    /// Text, escaped.
    static func text(_ text: String) -> Markup { Markup(html: xmlEscaped(text)) }

    /// Markup produced by another renderer that escapes its own text (the SVG charts).
    static func trusted(_ html: String) -> Markup { Markup(html: html) }

    static let empty = Markup(html: "")

    /// Elements that have no content and close themselves.
    private static let voidElements: Set<String> = ["meta", "input", "br", "col"]

    /// `<tag attributes…>children</tag>`; attributes with a nil value are left out.
    static func element(_ tag: String, _ attributes: [(String, String?)] = [], _ children: [Markup]) -> Markup {
        let attributeText = attributes.compactMap { name, value in value.map { " \(name)=\"\(xmlEscaped($0))\"" } }.joined()
        if voidElements.contains(tag) { return Markup(html: "<\(tag)\(attributeText)/>") }
        return Markup(html: "<\(tag)\(attributeText)>" + children.map(\.html).joined() + "</\(tag)>")
    }

    /// An element holding only text.
    static func element(_ tag: String, _ attributes: [(String, String?)] = [], text: String) -> Markup {
        element(tag, attributes, [.text(text)])
    }

    /// Children on their own lines, so the page's source stays readable and diffs stay small.
    static func lines(_ children: [Markup]) -> Markup { Markup(html: "\n" + children.map(\.html).joined(separator: "\n") + "\n") }
}
