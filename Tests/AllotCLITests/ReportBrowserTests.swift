import AllotTestSupport
import Foundation
import Testing

/// The page of `allot report` in a real headless Chromium.
///
/// It renders, its script moves the budget, and names stay text. Without a browser these fail (see `Chromium.testsEnabled`), so CI cannot pass
/// by skipping them.
@Suite("allot report in a browser")
struct ReportBrowserTests {
    static let root = GoldenOutputTests.root
    static let skipped: Comment = "no Chromium and ALLOT_SKIP_BROWSER=1"

    static var bundled: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Scenarios").path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "Scenarios/\($0)" }
    }

    @Test("the page and every chart in it are well-formed XML with nothing outside the file", arguments: bundled)
    func selfContained(scenario: String) throws {
        let (page, result, directory) = try ReportCommandTests.report(scenario, ["--samples", "20"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == 0, "\(result.stderr)")
        try PageChecks.wellFormedXML(page)
        let charts = page.components(separatedBy: "<svg ").dropFirst().map {
            "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>"
        }
        #expect(charts.count == 2)
        for chart in charts { try PageChecks.wellFormedXML(chart) }
        #expect(PageChecks.externalReferences(in: page) == [])
    }

    @Test(
        "every bundled scenario's page renders in Chromium to a picture that is not blank",
        .enabled(if: Chromium.testsEnabled, skipped), arguments: bundled)
    func renders(scenario: String) throws {
        let (_, result, directory) = try ReportCommandTests.report(scenario)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == 0, "\(result.stderr)")
        let png = directory.appendingPathComponent("report.png")
        try Chromium.screenshot(of: directory.appendingPathComponent("report.html"), to: png, width: 1000, height: 1400)
        #expect(try !PNGColours.isOneColour(png: png))
    }

    /// Each mentor's slots in the slider's table, from the DOM after the script ran.
    static func sliderSlots(_ dom: String) throws -> [String: Int] {
        let pattern = try NSRegularExpression(
            pattern: #"<tr data-mentor="([^"]+)"[^>]*><td>[^<]*</td><td class="num level-slots">([0-9-]+)</td>"#)
        var slots: [String: Int] = [:]
        for match in pattern.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)) {
            guard let id = Range(match.range(at: 1), in: dom), let count = Range(match.range(at: 2), in: dom) else { continue }
            slots[String(dom[id])] = Int(dom[count])
        }
        return slots
    }

    @Test(
        "#budget=… in the address makes the slider's script show that level's allocation, the one solve gives",
        .enabled(if: Chromium.testsEnabled, skipped))
    func addressPicksALevel() throws {
        let scenario = "Scenarios/winter-cohort.yaml"
        let (_, result, directory) = try ReportCommandTests.report(scenario, ["--budget", "1000000:1400000:100000"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == 0, "\(result.stderr)")
        let url = directory.appendingPathComponent("report.html").absoluteString
        let base = try ExportCommandTests.solved(scenario).slots
        for budget in [1_000_000, 1_300_000] {
            let dom = try Chromium.dumpDOM(url + "#budget=\(budget)")
            #expect(dom.contains(#"<section id="levels" data-budget="\#(budget)">"#))
            let expected = try ExportCommandTests.solved(scenario, set: "budget=\(budget)").slots
            #expect(expected != base, "the level must differ from the current budget to show the script at work")
            #expect(try Self.sliderSlots(dom) == expected)
            #expect(dom.contains(#"<p id="level-changes">Against the current budget: "#))
        }
        // Without a fragment the page shows the scenario's own budget.
        let plain = try Chromium.dumpDOM(url)
        #expect(plain.contains(#"<section id="levels" data-budget="1175000">"#))
        #expect(try Self.sliderSlots(plain) == base)
    }

    @Test(
        "names with markup and </script> show as text in the browser, and run nothing",
        .enabled(if: Chromium.testsEnabled, skipped))
    func namesStayText() throws {
        let (_, result, directory) = try ReportCommandTests.report("Tests/AllotCLITests/Fixtures/valid/markup.yaml")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == 0, "\(result.stderr)")
        let dom = try Chromium.dumpDOM(directory.appendingPathComponent("report.html").absoluteString)
        // The name's own script would have set the title to "pwned".
        #expect(dom.contains("<title>Cohort &lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt; &amp; "))
        #expect(dom.contains("<h1>Cohort &lt;/script&gt;&lt;script&gt;"))
        #expect(!dom.contains("<img"))
        #expect(!dom.contains("<b>friends"))
        #expect(dom.contains("&lt;img src=x onerror=alert(1)&gt; (alpha)"))
    }
}
