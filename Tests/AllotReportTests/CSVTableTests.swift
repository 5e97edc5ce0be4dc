import AllotReport
import CSV
import Testing

@Suite("CSV writer")
struct CSVTableTests {
    @Test(
        "fields with a comma, a quote, CR or LF are quoted; quotes are doubled; others are bare",
        arguments: [
            ("plain", "plain"),
            ("", ""),
            ("Doe, Jane", "\"Doe, Jane\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("two\r\nlines", "\"two\r\nlines\""),
            ("carriage\rreturn", "\"carriage\rreturn\""),
            ("a;b c", "a;b c"),
            ("Jérémy 李", "Jérémy 李"),
        ])
    func quoting(text: String, field: String) {
        #expect(CSVTable.field(.text(text)) == field)
    }

    @Test(
        "text that a spreadsheet would run as a formula gets a leading quote",
        arguments: [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tindent", "'\tindent"),
            ("\rstart", "\"'\rstart\""),
            ("\r\nstart", "\"'\r\nstart\""),
            ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
            ("=SUM(A1,B1)", "\"'=SUM(A1,B1)\""),
            ("a=b", "a=b"),
            ("mentor-a", "mentor-a"),
        ])
    func formulaGuard(text: String, field: String) {
        #expect(CSVTable.field(.text(text)) == field)
    }

    @Test("numbers are never guarded: a negative value stays a number")
    func negativeNumbers() {
        #expect(CSVTable.field(.number(-0.5)) == "-0.5")
        #expect(CSVTable.field(.number(-3)) == "-3")
        #expect(CSVTable.field(.integer(-2)) == "-2")
        #expect(CSVTable.field(.integer(0)) == "0")
    }

    @Test(
        "numbers are rounded to 9 decimals, without noise, exponent or negative zero",
        arguments: [
            (0.1 + 0.2, "0.3"),
            (16_000, "16000"),
            (1_450_000, "1450000"),
            (1.0 / 3.0, "0.333333333"),
            (2.0 / 3.0, "0.666666667"),
            (-0.0, "0"),
            (-1e-12, "0"),
            (2.5e-7, "0.00000025"),
            (1e20, "100000000000000000000"),
            (1_234_567.125, "1234567.125"),
            (-7.25, "-7.25"),
        ])
    func numbers(value: Double, field: String) {
        #expect(CSVTable.field(.number(value)) == field)
    }

    @Test("every record, the last included, ends with CRLF")
    func lineEndings() {
        var table = CSVTable(header: ["id", "value"])
        table.add([.text("a"), .number(1)])
        table.add([.text("b"), .integer(2)])
        #expect(table.render() == "id,value\r\na,1\r\nb,2\r\n")
        #expect(CSVTable(header: ["only"]).render() == "only\r\n")
    }

    @Test("a real CSV parser reads back every awkward field, with the guard's quote on text only")
    func roundTrip() throws {
        let awkward = [
            "Doe, Jane", "say \"hi\"", "two\nlines", "crlf\r\ninside", "=cmd|' /C calc'!A0", "-2+3", "@team", "\tx",
            "trailing space ", "", "Jérémy 李",
        ]
        var table = CSVTable(header: ["text", "number", "integer"])
        for (index, text) in awkward.enumerated() {
            table.add([.text(text), .number(-0.5 * Double(index)), .integer(-index)])
        }
        let reader = try CSVReader(string: table.render(), hasHeaderRow: true)
        #expect(reader.headerRow == ["text", "number", "integer"])
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(reader.error == nil)
        #expect(rows.count == awkward.count)
        for (index, row) in rows.enumerated() {
            let text = awkward[index]
            let guarded = ["=", "+", "-", "@", "\t", "\r"].contains { text.hasPrefix($0) } ? "'" + text : text
            #expect(row == [guarded, CSVTable.field(.number(-0.5 * Double(index))), "\(-index)"], "row \(index + 1)")
            #expect(Double(row[1]) == -0.5 * Double(index), "row \(index + 1): the number cell is not a number")
        }
    }
}
