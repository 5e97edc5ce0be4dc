import AllotTestSupport
import Foundation
import Testing

@Suite("allot sweep --chart")
struct SweepChartTests {
    static let root = GoldenOutputTests.root

    /// A chart drawn by the real `allot sweep … --chart`, read back with an independent XML parser.
    struct Chart {
        let svg: SVGDocument
        let text: String

        /// The plot frame: the one unfilled `<rect>`.
        var plot: (left: Double, right: Double, top: Double, bottom: Double) {
            let frame = svg.elements("rect").first { $0.attributes["fill"] == "none" }
            let x = frame?.number("x") ?? .nan
            let y = frame?.number("y") ?? .nan
            return (x, x + (frame?.number("width") ?? .nan), y, y + (frame?.number("height") ?? .nan))
        }

        /// The x-axis tick labels, left to right: centred texts just below the plot.
        var xTicks: [(x: Double, label: String)] {
            let bottom = plot.bottom
            return svg.elements("text")
                .filter { $0.attributes["text-anchor"] == "middle" && ($0.number("y") ?? 0) > bottom }
                .filter { ($0.number("y") ?? 0) < bottom + 30 }
                .map { ($0.number("x") ?? .nan, $0.text) }
                .sorted { $0.x < $1.x }
        }

        /// The pixel column of `value` on the x axis, from the first and last numeric tick.
        func xPixel(_ value: Double) throws -> Double {
            let ticks = xTicks.compactMap { tick in
                Double(tick.label.replacingOccurrences(of: ",", with: "")).map { (tick.x, $0) }
            }
            let first = try #require(ticks.first)
            let last = try #require(ticks.last)
            return first.0 + (value - first.1) / (last.1 - first.1) * (last.0 - first.0)
        }

        /// Every text element whose content is exactly `content`.
        func texts(_ content: String) -> [SVGDocument.Element] { svg.elements("text").filter { $0.text == content } }
    }

    static func chart(_ arguments: [String], file: String = "chart.svg") throws -> Chart {
        let directory = try scratchDirectory("chart")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(file).path
        let result = try AllotProcess.run(["sweep"] + arguments + ["--chart", path], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let svg = try #require(SVGDocument(text), "the SVG is not well-formed XML")
        return Chart(svg: svg, text: text)
    }

    @Test("--vary puts the varied field on the x axis: its values as ticks, distinct labels, named axis")
    func variedAxis() throws {
        let chart = try Self.chart(["Scenarios/winter-cohort.yaml", "--vary", "cost.stipend_per_month=6400,4800"])
        let labels = chart.xTicks.map(\.label)
        #expect(labels.count >= 3)
        #expect(Set(labels).count == labels.count, "repeated tick labels: \(labels)")
        let values = labels.compactMap { Double($0.replacingOccurrences(of: ",", with: "")) }
        #expect(values.count == labels.count, "tick labels are not numbers: \(labels)")
        #expect((values.min() ?? .infinity) <= 4800 && (values.max() ?? 0) >= 6400, "\(labels)")
        #expect((values.max() ?? .infinity) - (values.min() ?? 0) < 10_000, "the ticks are not stipend values: \(labels)")
        // Each level's point sits at its stipend.
        for stipend in [4800.0, 6400] {
            let point = try #require(
                chart.svg.elements("circle").first { $0.title?.hasPrefix("cost.stipend_per_month = \(Int(stipend)):") == true })
            let expected = try chart.xPixel(stipend)
            #expect(abs((point.number("cx") ?? .nan) - expected) < 1, "\(point.title ?? "")")
        }
        #expect(!chart.texts("cost.stipend_per_month").isEmpty, "the x-axis title does not name the varied field")
        #expect(!chart.text.contains("funding (USD)"))
    }

    @Test("tick labels carry the decimals their step needs: shares 0.25 to 0.3 get distinct ticks")
    func fractionalTicks() throws {
        let chart = try Self.chart(["Scenarios/winter-cohort.yaml", "--vary", "agendas.mech-interp.max_share=0.25,0.3"])
        let labels = chart.xTicks.map(\.label)
        #expect(labels.count >= 3)
        #expect(Set(labels).count == labels.count, "repeated tick labels: \(labels)")
        let values = labels.compactMap(Double.init)
        #expect(values.count == labels.count && (values.min() ?? 1) <= 0.25 && (values.max() ?? 0) >= 0.3, "\(labels)")
    }

    @Test("--vary with values that are not all numbers spaces the levels evenly, named by their values")
    func categoricalAxis() throws {
        let chart = try Self.chart(["Scenarios/tiny.yaml", "--vary", "name=first,second one,third"])
        #expect(chart.xTicks.map(\.label) == ["first", "second one", "third"])
        let columns = chart.svg.elements("circle").compactMap { $0.number("cx") }
        #expect(columns.count == 3)
        #expect(zip(columns, chart.xTicks).allSatisfy { abs($0 - $1.x) < 1 }, "\(columns)")
        #expect(abs((columns[1] - columns[0]) - (columns[2] - columns[1])) < 1, "not evenly spaced: \(columns)")
    }

    @Test("one budget alone still gets distinct ticks around it")
    func singleLevel() throws {
        let chart = try Self.chart(["Scenarios/winter-cohort.yaml", "--budget", "1175000"])
        let labels = chart.xTicks.map(\.label)
        #expect(labels.count >= 3)
        #expect(Set(labels).count == labels.count, "repeated tick labels: \(labels)")
        // Whole amounts of money, a sensible distance apart (not 1,175,000.2, 1,175,000.4…).
        #expect(labels.allSatisfy { !$0.contains(".") }, "\(labels)")
        let point = try #require(chart.svg.elements("circle").first)
        let cx = try #require(point.number("cx"))
        let expected = try chart.xPixel(1_175_000)
        #expect(abs(cx - expected) < 1)
        #expect(cx > chart.plot.left && cx < chart.plot.right)
    }

    @Test("a chart name not ending in .svg is refused: exit 64, nothing written or solved")
    func chartExtension() throws {
        let directory = try scratchDirectory("chart")
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = Self.root.appendingPathComponent("Scenarios/winter-cohort.yaml").path
        for name in ["frontier.png", "frontier", "frontier.svg.bak"] {
            let result = try AllotProcess.run(
                ["sweep", scenario, "--budget", "1175000", "--chart", name], in: directory)
            #expect(result.status == 64, "\(name)")
            #expect(result.stderr.contains("--chart writes SVG: name a .svg file"), "\(result.stderr)")
            #expect(result.stdout.isEmpty, "\(name) was solved anyway")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        let upper = try AllotProcess.run(["sweep", scenario, "--budget", "1175000", "--chart", "F.SVG"], in: directory)
        #expect(upper.status == 0, "\(upper.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("F.SVG").path))
    }

    @Test("no two texts overlap; the legend keeps clear of the title and subtitle; the SVG scales")
    func layout() throws {
        let chart = try Self.chart([
            "Scenarios/winter-cohort.yaml", "--budget", "0,1175000,1300000,1500000,2000000",
        ])
        let root = chart.svg.root
        #expect(root.attributes["viewBox"] == "0 0 \(root.attributes["width"] ?? "?") \(root.attributes["height"] ?? "?")")
        let width = try #require(root.number("width"))
        let height = try #require(root.number("height"))
        let texts = chart.svg.elements("text").compactMap { text in chart.svg.box(of: text).map { (text.text, $0) } }
        #expect(texts.count > 20)
        for (index, (content, box)) in texts.enumerated() {
            #expect(box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height, "\(content) is cut off")
            for (other, otherBox) in texts[(index + 1)...] {
                let overlaps =
                    box.left < otherBox.right && otherBox.left < box.right && box.top < otherBox.bottom
                    && otherBox.top < box.bottom
                #expect(!overlaps, "\(content) overlaps \(other)")
            }
        }
        let subtitle = try #require(chart.svg.elements("text").first { $0.text.hasPrefix("scenario hash") })
        let legend = try #require(chart.texts("value (left axis)").first)
        let subtitleY = try #require(subtitle.number("y"))
        let legendY = try #require(legend.number("y"))
        #expect(abs(subtitleY - legendY) >= 14 || legendY > chart.plot.bottom)
    }

    @Test("a level without an allocation is a vermillion × at its x, named in its title and in the legend")
    func infeasibleLevel() throws {
        let chart = try Self.chart(["Scenarios/winter-cohort.yaml", "--budget", "0,1175000"])
        let marker = try #require(
            chart.svg.elements("g").first { $0.title?.hasPrefix("0 USD: no allocation (infeasible)") == true },
            "no marker for the infeasible level")
        let cross = try #require(marker.children.first { $0.attributes["stroke"] == "#D55E00" })
        // The path starts at the top-left arm of the ×, 5 px from its centre.
        let start = try #require(cross.attributes["d"]?.dropFirst().split(separator: "L").first?.split(separator: " "))
        let x = try #require(Double(start[0])) + 5
        let y = try #require(Double(start[1])) + 5
        let expected = try chart.xPixel(0)
        #expect(abs(x - expected) < 1)
        #expect(x >= chart.plot.left && x <= chart.plot.right)
        #expect(y > (chart.plot.top + chart.plot.bottom) / 2 && y < chart.plot.bottom, "the × is not at the foot of the plot")
        #expect(chart.texts("no allocation").count == 1)

        let feasible = try Self.chart(["Scenarios/winter-cohort.yaml", "--budget", "1100000,1175000"])
        #expect(feasible.texts("no allocation").isEmpty, "the legend names a marker that is not drawn")
    }

    @Test("levels far above what can be spent are labelled with what stops the spending, above the run")
    func flatRunLabel() throws {
        // The flat run (1,300,000 and up: the Berkeley seats are full) ends at the right edge, so
        // a label centred over it would stick out of the plot.
        let chart = try Self.chart(["Scenarios/winter-cohort.yaml", "--budget", "1000000,1100000,1300000,1500000"])
        let label = try #require(
            chart.svg.elements("text").first { $0.text.hasPrefix("money left:") }, "no label on the flat run")
        #expect(label.text == "money left: more scholars would break the 60 seats at berkeley")
        let box = try #require(chart.svg.box(of: label))
        let plot = chart.plot
        #expect(box.left >= plot.left && box.right <= plot.right && box.top >= plot.top && box.bottom <= plot.bottom)
        let run = chart.svg.elements("circle").filter {
            $0.title?.hasPrefix("1,300,000 USD") == true || $0.title?.hasPrefix("1,500,000 USD") == true
        }
        #expect(run.count == 2)
        #expect(run.allSatisfy { box.bottom < ($0.number("cy") ?? 0) }, "the label is not above the run")
        let start = try chart.xPixel(1_300_000)
        let end = try chart.xPixel(1_500_000)
        #expect(box.left < end && box.right > start, "the label is not over the run")

        let rising = try Self.chart(["Scenarios/winter-cohort.yaml", "--budget", "1000000,1100000,1175000"])
        #expect(!rising.text.contains("money left"), "a level where the budget binds is labelled as flat")
    }

    @Test("every text is escaped: a scenario named <script>&\"' keeps the SVG well-formed")
    func escaping() throws {
        let name = "<script>&\"'"
        let chart = try Self.chart(["Scenarios/tiny.yaml", "--budget", "10000,50000", "--set", "name=\(name)"])
        #expect(chart.svg.elements("title").first?.text.hasPrefix(name) == true)
        #expect(chart.svg.elements("text").first?.text == "\(name): what funding buys")
        #expect(!chart.text.contains("<script>"))
        // Values of a varied field become tick labels and tooltips.
        let varied = try Self.chart(["Scenarios/tiny.yaml", "--vary", "name=<b>&c,\"d'"])
        #expect(varied.xTicks.map(\.label) == ["<b>&c", "\"d'"])
    }
}
