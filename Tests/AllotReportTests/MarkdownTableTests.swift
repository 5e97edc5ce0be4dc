import AllotReport
import Testing

@Suite("Markdown table writer")
struct MarkdownTableTests {
    @Test(
        "cell text cannot end its cell or its row",
        arguments: [
            ("plain", "plain"),
            ("a|b", "a\\|b"),
            ("back\\slash", "back\\\\slash"),
            ("already \\| escaped", "already \\\\\\| escaped"),
            ("two\nlines", "two<br>lines"),
            ("crlf\r\nonce", "crlf<br>once"),
            ("cr\ronly", "cr<br>only"),
            ("blank\n\nline", "blank<br><br>line"),
        ])
    func escaping(text: String, escaped: String) {
        #expect(MarkdownTable.escape(text) == escaped)
    }

    @Test("header, alignment row (---: for right-aligned columns) and padded rows")
    func layout() {
        var table = MarkdownTable(headers: ["mentor", "slots", "x"], alignments: [.left, .right, .left])
        table.add(["alpha|beta", "3/4", "a\nb"])
        table.add(["g", "12/12"])
        let expected = """
            | mentor      | slots | x      |
            | ----------- | ----: | ------ |
            | alpha\\|beta |   3/4 | a<br>b |
            | g           | 12/12 |        |

            """
        #expect(table.render() == expected)
    }

    @Test("every line has as many unescaped pipes as the header, whatever the cells hold")
    func columnCount() {
        var table = MarkdownTable(headers: ["a", "b"], alignments: [.left, .right])
        table.add(["|||", "\\|\\"])
        table.add(["x\r\n|y", "\\"])
        for line in table.render().split(separator: "\n") {
            var pipes = 0
            var escaped = false
            for character in line {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "|" {
                    pipes += 1
                }
            }
            #expect(pipes == 3, "\(line)")
        }
    }
}
