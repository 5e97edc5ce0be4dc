import AllotTestSupport
import Foundation
import Testing

/// `allot report`: the page's content, escaping, levels and refusals, read as text (the browser
/// checks are in ReportBrowserTests).
@Suite("allot report")
struct ReportCommandTests {
    static let root = GoldenOutputTests.root

    /// Writes the report of `scenario` into a fresh folder; returns the page, the run and the folder (remove it).
    static func report(_ scenario: String, _ extra: [String] = []) throws -> (
        page: String, result: AllotProcess.Result, directory: URL
    ) {
        let directory = try scratchDirectory("report")
        let file = directory.appendingPathComponent("report.html")
        let result = try AllotProcess.run(["report", scenario, "--html", file.path] + extra, in: root)
        let page = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return (page, result, directory)
    }

    @Test("the tiny scenario's page is unchanged (no timestamps: the same scenario gives the same page)")
    func golden() throws {
        let (page, result, directory) = try Self.report("Scenarios/tiny.yaml")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")
        if let problem = Golden.mismatch(page, name: "Scenarios_tiny.report.html", directory: GoldenOutputTests.goldenDirectory) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test("names with markup, entities, quotes and </script> appear only as escaped text")
    func escaping() throws {
        let (page, result, directory) = try Self.report("Tests/AllotCLITests/Fixtures/valid/markup.yaml")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == 0, "\(result.stderr)")
        // Exactly the page's own two script elements (the data and the slider), whatever the names say.
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(page.components(separatedBy: "</script>").count - 1 == 2)
        for raw in ["<b>friends</b>", "<img src=x", "<i>&amp;", "onerror=alert(1)>"] {
            #expect(!page.contains(raw), "unescaped \(raw)")
        }
        #expect(page.contains("<h1>Cohort &lt;/script&gt;&lt;script&gt;document.title=&apos;pwned&apos;&lt;/script&gt; &amp; "))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt; (alpha)"))
        #expect(page.contains("O&apos;Brien &amp; &quot;Sons&quot; &lt;/script&gt; (beta)"))
        #expect(page.contains("Evals ]]&gt; &apos;quoted&apos;"))
    }

    @Test("the scenario's own budget is always a level, and the page opens on it")
    func currentBudgetIsALevel() throws {
        let (page, result, directory) = try Self.report("Scenarios/winter-cohort.yaml", ["--budget", "1000000,1500000"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("3 funding levels"))
        #expect(page.contains(#"<section id="levels" data-budget="1175000">"#))
        #expect(page.contains(#"<tr class="current"><td class="num">1,175,000</td>"#))
        for level in ["1,000,000", "1,500,000"] { #expect(page.contains(#"<td class="num">\#(level)</td>"#)) }
    }

    @Test("the robust section appears only when samples are asked for")
    func robustOnlyWithSamples() throws {
        let plain = try Self.report("Scenarios/winter-cohort.yaml")
        defer { try? FileManager.default.removeItem(at: plain.directory) }
        #expect(!plain.page.contains(#"<section id="robust">"#))
        let sampled = try Self.report("Scenarios/winter-cohort.yaml", ["--samples", "20", "--seed", "3"])
        defer { try? FileManager.default.removeItem(at: sampled.directory) }
        #expect(sampled.result.status == 0, "\(sampled.result.stderr)")
        #expect(sampled.page.contains(#"<section id="robust">"#))
        #expect(sampled.page.contains("20 samples, seed 3"))
        #expect(sampled.page.contains("Stable core"))
    }

    @Test("an infeasible scenario still gets its page, naming the conflict, and exits 3")
    func infeasible() throws {
        let (page, result, directory) = try Self.report("Tests/AllotCLITests/Fixtures/infeasible/locks-over-budget.yaml")
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == 3, "\(result.stderr)")
        #expect(page.contains("No allocation at a budget of 100,000 USD"))
        #expect(!page.contains("..<"), "a sentence ends in two full stops")
        #expect(page.contains(#"<section id="frontier">"#))
    }

    @Test("an allocation a time limit stopped short of proof gets no reasons, and the page says why")
    func unprovenAllocationHasNoReasons() throws {
        let (page, result, directory) = try Self.report(
            "Tests/AllotCLITests/Fixtures/valid/slow-subset-sum.yaml", ["--time-limit", "2"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(page.contains("Status: feasible, not proven optimal"))
        #expect(page.contains("Left out because the allocation is not proven optimal"))
        #expect(!page.contains(#"<ul class="reasons">"#))
        #expect(!page.contains("<h3>Mentors at their own cap</h3>"))
    }

    @Test("a page name not ending in .html is refused with exit 64 and nothing written", arguments: ["r.png", "r.svg", "r"])
    func refusesOtherNames(name: String) throws {
        let directory = try scratchDirectory("report")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        let result = try AllotProcess.run(["report", "Scenarios/tiny.yaml", "--html", file.path], in: Self.root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("give a name ending in .html"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
