/// Numbers as spreadsheets write them: thousands separators, currency signs, percentages.
///
/// A CSV cell `"1,200,000"` is unambiguous (its quotes keep the commas in one cell), so it is
/// read as 1200000. In YAML the same text, and a `$` or `%` anywhere, is refused with the
/// number to write instead: a scenario file spells numbers one way.
enum SpreadsheetNumber {
    /// The cell's text with thousands separators removed when it is a grouped number
    /// (`1,200,000`, `-16,000.50`); any other text unchanged.
    static func plain(_ text: String) -> String {
        isGrouped(text) ? text.replacingOccurrences(of: ",", with: "") : text
    }

    /// What to write instead of a spreadsheet spelling of a number, or nil if it is not one.
    ///
    /// `1,200,000` → "write 1200000 or 1_200_000"; `25%` → "write 0.25"; `$16,000` → "write 16000".
    static func fix(_ text: String) -> String? {
        var body = Substring(text)
        var percent = false
        if body.hasSuffix("%") {
            percent = true
            body = body.dropLast()
        }
        let currencySigns: Set<Character> = ["$", "€", "£", "¥"]
        let hadCurrency = body.contains(where: currencySigns.contains)
        body = body.filter { !currencySigns.contains($0) && $0 != " " }[...]
        let grouped = isGrouped(String(body))
        let commaParts = body.split(separator: ",", omittingEmptySubsequences: false)
        if !grouped, commaParts.count > 2, commaParts.allSatisfy({ FieldReader.parseNumber(String($0)) != nil }) {
            return "several numbers? in a CSV cell separate them with ';' (\(commaParts.joined(separator: ";")))"
        }
        if !grouped, let decimal = decimalComma(String(body)) {
            return "write \(decimal) (a decimal point, not a comma)"
        }
        guard percent || hadCurrency || grouped else { return nil }
        guard let value = FieldReader.parseNumber(grouped ? body.replacingOccurrences(of: ",", with: "") : String(body))
        else { return nil }
        if percent { return "write \(Formatting.number(value / 100, decimals: 10)) (\(text) as a fraction)" }
        let plainText = Formatting.number(value, decimals: 10)
        guard let underscored = underscored(plainText) else { return "write \(plainText)" }
        return "write \(plainText) or \(underscored)"
    }

    /// `1200000` as `1_200_000`; nil when there is nothing to group.
    private static func underscored(_ text: String) -> String? {
        let sign = text.hasPrefix("-") ? "-" : ""
        let body = text.dropFirst(sign.count)
        let integer = body.prefix { $0 != "." }
        guard integer.count > 3 else { return nil }
        var groups: [Substring] = []
        var rest = integer
        while rest.count > 3 {
            groups.insert(rest.suffix(3), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(rest, at: 0)
        return sign + groups.joined(separator: "_") + body.dropFirst(integer.count)
    }

    /// `7,5` → `7.5`: one comma between digits that is not a thousands separator.
    private static func decimalComma(_ text: String) -> String? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let candidate = "\(parts[0]).\(parts[1])"
        return FieldReader.parseNumber(candidate) != nil && !parts[0].contains(".") ? candidate : nil
    }

    /// `1,200` or `-1,200,000.5`: one to three digits, then groups of exactly three after each comma.
    private static func isGrouped(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1, (1...3).contains(groups[0].count) else { return false }
        let digits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard groups.allSatisfy(digits), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return false }
        return parts.count == 1 || digits(parts[1])
    }
}
