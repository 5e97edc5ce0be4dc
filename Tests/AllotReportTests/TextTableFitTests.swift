import AllotReport
import Testing

/// A terminal table fitted to a width: text shortened by display width, then columns left out.
@Suite("text table fitting")
struct TextTableFitTests {
    static func table() -> TextTable {
        var table = TextTable(
            headers: ["id", "name", "agenda", "slots", "next cost"], alignments: [.left, .left, .left, .right, .right])
        table.add(["mi-a", "山田太郎 Yamada Tarō of Kyoto", "mechanistic-interpretability", "3/4", "19,000"])
        table.add(["so-b", "Jérémy", "scalable-oversight", "0/2", "-"])
        return table
    }

    @Test("Wide names are cut by display width with an ellipsis, and no line is wider than the limit")
    func truncatesByDisplayWidth() {
        let text = Self.table().render(style: TextStyle(width: 50))
        for line in text.split(separator: "\n") { #expect(TextTable.displayWidth(String(line)) <= 50, "\(line)") }
        #expect(text.contains("山田"))
        #expect(text.contains("…"))
        #expect(text.contains("next cost"))
        #expect(!text.contains("--wide"))
    }

    @Test("Too narrow even with text at its narrowest: the last columns are left out, and named")
    func dropsLastColumns() {
        let text = Self.table().render(style: TextStyle(width: 30))
        let lines = text.split(separator: "\n")
        #expect(!(lines.first ?? "").contains("next cost"))
        #expect(lines.last?.contains("left out to fit 30 columns: next cost") == true)
        #expect(lines.last?.contains("--wide shows them") == true)
    }

    @Test("The plain style is the full table, as before fitting existed")
    func plainIsFull() {
        let text = Self.table().render()
        #expect(text.contains("山田太郎 Yamada Tarō of Kyoto"))
        #expect(text.contains("mechanistic-interpretability"))
    }

    @Test("Prose wraps at spaces within the width, keeping its indent and the spacing inside lines")
    func wrapsProse() {
        let style = TextStyle(width: 24)
        let text = style.wrap("value:    391.79 (slots 389.29, interactions 3.00)\n  - a bullet that goes on and on and on\n")
        for line in text.split(separator: "\n") { #expect(TextTable.displayWidth(String(line)) <= 24, "\(line)") }
        #expect(text.hasPrefix("value:    391.79 (slots"))
        #expect(text.contains("\n  - a bullet that goes\n    on and on"))
        #expect(TextStyle.plain.wrap("a b c") == "a b c")
    }
}
