import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Static checks on a self-contained HTML page: it parses as XML, and it loads nothing from outside.
public enum PageChecks {
    /// Why a page is not well-formed XML, and where.
    public struct NotWellFormed: Error, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let reason: String
        public var description: String { "not well-formed XML at line \(line), column \(column): \(reason)" }
    }

    /// Throws `NotWellFormed` at the first XML error; XHTML-style HTML5 with `<!DOCTYPE html>` passes.
    ///
    /// The report is written as XHTML-compatible HTML5 so that a strict XML parser catches
    /// unclosed tags and unescaped `<` or `&`, which browsers would silently repair.
    public static func wellFormedXML(_ text: String) throws {
        let documentEnd = 5  // libxml2's XML_ERR_DOCUMENT_END: the text ended inside an element
        let parser = XMLParser(data: Data(text.utf8))
        let checker = StrictChecker()
        parser.delegate = checker
        let parsed = parser.parse()
        // On Linux libxml2 recovers from some errors (parse() still returns true) and accepts an
        // unclosed element at the end, so any reported error, or an open element, is a failure.
        if let open = checker.open.last, checker.firstError == nil || checker.firstError?.code == documentEnd {
            throw NotWellFormed(line: open.line, column: open.column, reason: "<\(open.name)> is never closed")
        }
        if let first = checker.firstError {
            throw NotWellFormed(line: first.line, column: first.column, reason: StrictChecker.describe(first.code))
        }
        if !parsed || !checker.sawRoot {
            let reason = parser.parserError.map { StrictChecker.describe(($0 as NSError).code) } ?? "no root element"
            throw NotWellFormed(line: parser.lineNumber, column: parser.columnNumber, reason: reason)
        }
    }

    /// Every `src`, `href`, `xlink:href`, CSS `url(…)` and `@import` value that points outside the page.
    ///
    /// Only `#fragment` links, `data:` URIs and empty values stay inside the file; anything else
    /// (absolute, relative or protocol-relative) would make the page depend on files it does not carry.
    public static func externalReferences(in html: String) -> [String] {
        let patterns = [
            // An attribute, not a suffix of a longer name such as data-src.
            #"(?<![\w:-])(?:xlink:href|href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#,
            #"url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)"#,
            // The @import url(…) form is found by the url( pattern above.
            #"@import\s+(?:"([^"]*)"|'([^']*)')"#,
        ]
        var found: [(offset: Int, value: String)] = []
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            let range = NSRange(html.startIndex..., in: html)
            for match in regex.matches(in: html, range: range) {
                for group in 1..<match.numberOfRanges {
                    guard let valueRange = Range(match.range(at: group), in: html) else { continue }
                    found.append((match.range.location, String(html[valueRange])))
                }
            }
        }
        return found.sorted { $0.offset < $1.offset }.map(\.value).filter { !isInternal($0) }
    }

    /// True for references that resolve inside the page itself.
    static func isInternal(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.lowercased().hasPrefix("data:")
    }
}

/// Records the first error XMLParser reports and the elements still open, with their positions.
private final class StrictChecker: NSObject, XMLParserDelegate {
    var firstError: (line: Int, column: Int, code: Int)?
    var open: [(name: String, line: Int, column: Int)] = []
    var sawRoot = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        sawRoot = true
        open.append((elementName, parser.lineNumber, parser.columnNumber))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        _ = open.popLast()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard firstError == nil else { return }
        firstError = (parser.lineNumber, parser.columnNumber, (parseError as NSError).code)
    }

    /// Words for libxml2's commonest error codes, which Linux's XMLParser reports without a message.
    ///
    /// (Its `XMLParser.ErrorCode` names do not line up with these numbers, so they are not used.)
    static func describe(_ code: Int) -> String {
        let words = [
            4: "empty document", 5: "document ends early", 9: "invalid character",
            23: "entity reference lacks ';' (escape & as &amp;)", 26: "undeclared entity (HTML names like &nbsp; are not XML)",
            38: "'<' in an attribute value", 39: "attribute value not quoted", 41: "attribute without a value",
            68: "'<' or '&' not followed by a name (escape it)", 73: "'>' expected",
            76: "closing tag does not match the open element", 77: "tag not finished",
        ]
        return "\(words[code] ?? "XML error") (libxml2 code \(code))"
    }
}
