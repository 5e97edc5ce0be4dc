import AllotTestSupport
import Foundation
import Testing

/// The tooling `allot report --html` tests will use, proven on small pages written here.
@Suite("browser support")
struct BrowserSupportTests {
    /// Shown when the browser tests are skipped (no browser and ALLOT_SKIP_BROWSER=1).
    static let skipped: Comment = "no Chromium and ALLOT_SKIP_BROWSER=1"

    /// A fresh directory for one test's pages and pictures.
    static func scratch(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("allot-browser-\(getpid())-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Writes `html` as `page.html` in `directory`.
    static func page(_ html: String, in directory: URL) throws -> URL {
        let file = directory.appendingPathComponent("page.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test(
        "a page with coloured SVG shapes renders to a PNG of more than one colour", .enabled(if: Chromium.testsEnabled, skipped))
    func colouredPage() throws {
        let directory = try Self.scratch("colour")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.page(
            """
            <!DOCTYPE html>
            <html><body style="margin:0;background:#fff">
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="200">
            <rect x="10" y="10" width="120" height="80" fill="#c00"/><circle cx="200" cy="100" r="50" fill="#06c"/>
            </svg></body></html>
            """, in: directory)
        let png = directory.appendingPathComponent("page.png")
        try Chromium.screenshot(of: file, to: png, width: 400, height: 300)
        #expect(try PNGColours.distinctColours(png: png) > 2)
        #expect(try !PNGColours.isOneColour(png: png))
    }

    @Test("a blank white page is detected as one colour", .enabled(if: Chromium.testsEnabled, skipped))
    func blankPage() throws {
        let directory = try Self.scratch("blank")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.page(
            #"<!DOCTYPE html><html><body style="background:#fff"></body></html>"#, in: directory)
        let png = directory.appendingPathComponent("page.png")
        try Chromium.screenshot(of: file, to: png, width: 400, height: 300)
        #expect(try PNGColours.isOneColour(png: png))
        #expect(try PNGColours.distinctColours(png: png) == 1)
    }

    @Test(
        "dumpDOM sees what a script wrote from location.hash, after a timer", .enabled(if: Chromium.testsEnabled, skipped))
    func dumpDOMAfterScript() throws {
        let directory = try Self.scratch("dom")
        defer { try? FileManager.default.removeItem(at: directory) }
        // The timer shows that the virtual time budget lets delayed work finish before the dump.
        let file = try Self.page(
            """
            <!DOCTYPE html>
            <html><body><p id="out">unset</p>
            <script>
            const budget = new URLSearchParams(location.hash.slice(1)).get("budget");
            setTimeout(() => { document.getElementById("out").textContent = "budget is " + budget; }, 500);
            </script></body></html>
            """, in: directory)
        let dom = try Chromium.dumpDOM(file.absoluteString + "#budget=42")
        #expect(dom.contains(#"<p id="out">budget is 42</p>"#), "\(dom)")
    }

    @Test("printToPDF writes a PDF", .enabled(if: Chromium.testsEnabled, skipped))
    func pdf() throws {
        let directory = try Self.scratch("pdf")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try Self.page("<!DOCTYPE html><html><body><h1>Mentors</h1></body></html>", in: directory)
        let pdf = directory.appendingPathComponent("page.pdf")
        try Chromium.printToPDF(of: file, to: pdf)
        #expect(try Data(contentsOf: pdf).prefix(5) == Data("%PDF-".utf8))
    }

    /// A stand-in browser: a shell script with `body`, in `directory`.
    static func fakeBrowser(_ body: String, in directory: URL) throws -> URL {
        let script = directory.appendingPathComponent("fake-chromium")
        try "#!/bin/sh\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    @Test("a failing browser's error names the command, its status and the end of its stderr")
    func failureReport() throws {
        let directory = try Self.scratch("fail")
        defer { try? FileManager.default.removeItem(at: directory) }
        let browser = try Self.fakeBrowser("echo 'first line' >&2\necho 'ERROR: cannot open page' >&2\nexit 3", in: directory)
        #expect {
            try Chromium.run(["--dump-dom", "file:///nowhere.html"], browser: browser)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("fake-chromium --dump-dom file:///nowhere.html exited with status 3")
                && text.contains("ERROR: cannot open page")
        }
    }

    @Test("a hung browser is killed at the time limit and reported as such")
    func hungBrowser() throws {
        let directory = try Self.scratch("hung")
        defer { try? FileManager.default.removeItem(at: directory) }
        // exec, so the killed process is the one holding the pipes open.
        let browser = try Self.fakeBrowser("echo 'still loading' >&2\nexec sleep 30", in: directory)
        let started = Date()
        #expect {
            try Chromium.run(["--dump-dom", "file:///slow.html"], browser: browser, limit: 1)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("was killed after 1 s") && text.contains("still loading")
        }
        // Far less than the script's 30 s: the kill came at the limit, and nothing waited on the dead process.
        #expect(Date().timeIntervalSince(started) < 4)
    }

    @Test("XHTML-style HTML5 with a doctype, inline SVG and script is well-formed XML")
    func wellFormed() throws {
        try PageChecks.wellFormedXML(
            """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/><title>a &amp; b</title></head>
            <body><br/><svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>
            <script>//<![CDATA[
            if (1 < 2 && true) {}
            //]]></script></body></html>
            """)
    }

    @Test(
        "malformed XML is rejected with the line and column of the first error",
        arguments: [
            ("<!DOCTYPE html>\n<html><body>\n<p>one <b>two</p>\n</body></html>", 3, "closing tag does not match"),
            ("<!DOCTYPE html>\n<html><body>\n<p>1 &lt; 2 & 3</p></body></html>", 3, "code 68"),
            ("<!DOCTYPE html>\n<html>\n<body>", 3, "<body> is never closed"),
            // Linux's libxml2 reports no error at all for this one; only the open-element check catches it.
            ("<html>", 1, "<html> is never closed"),
        ])
    func malformed(text: String, line: Int, reason: String) {
        #expect {
            try PageChecks.wellFormedXML(text)
        } throws: { error in
            guard let error = error as? PageChecks.NotWellFormed else { return false }
            return error.line == line && error.column > 1 && error.description.contains("line \(line), column")
                && error.reason.contains(reason)
        }
    }

    @Test("external src, href, url( and @import are found; #fragment, data: and empty are not")
    func externalReferences() {
        let html = """
            <html><head><link href="a.css" rel="stylesheet"/>
            <style>@import "b.css"; @import url(c.css); .x { background: url(http://example.com/i.png) }
            .y { background: url("data:image/png;base64,AAAA") } .z { fill: url(#gradient) }</style></head>
            <body><img src="http://x"/><a href="#a">in</a><img src='data:image/gif;base64,R0lG'/>
            <svg><use xlink:href="#dot"/><use xlink:href="sprites.svg#dot"/></svg>
            <div data-src="not-an-attribute-we-load"></div><a href="">self</a><script src=//cdn.example/x.js></script>
            </body></html>
            """
        #expect(
            PageChecks.externalReferences(in: html) == [
                "a.css", "b.css", "c.css", "http://example.com/i.png", "http://x", "sprites.svg#dot",
                "//cdn.example/x.js",
            ])
    }
}
