import AllotModel
import Foundation
import Testing

/// The scenario reference, `docs/scenario.md`, documents every key the decoder accepts.
@Suite("scenario reference page")
struct ScenarioReferenceTests {
    /// Keys documented ahead of their arrival in ``ScenarioKeys``, by section.
    static let extraKeys: [(section: String, keys: [String])] = [("", ["mentors_csv"])]

    /// The repository root: the first folder above this file that holds `Package.swift`.
    static func repositoryRoot() throws -> URL {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        throw ReferenceError.noRepositoryRoot
    }

    static func page() throws -> String {
        let url = try repositoryRoot().appendingPathComponent("docs/scenario.md")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The keys of `sections` that do not appear on `page` as code (`` `key` ``), by section.
    static func missingKeys(in page: String, sections: [(section: String, keys: [String])]) -> [String] {
        sections.compactMap { section, keys in
            let missing = keys.filter { !page.contains("`\($0)`") }
            guard !missing.isEmpty else { return nil }
            let name = section.isEmpty ? "top level" : section
            return "\(name): \(missing.joined(separator: ", "))"
        }
    }

    @Test("every key of every section appears on the page as code")
    func everyKeyDocumented() throws {
        let page = try Self.page()
        let missing = Self.missingKeys(in: page, sections: ScenarioKeys.sections + Self.extraKeys)
        #expect(missing.isEmpty, "docs/scenario.md does not document: \(missing.joined(separator: "; "))")
    }

    @Test("the check reports a key the page lacks, by section")
    func missingKeyReported() throws {
        let page = try Self.page()
        let missing = Self.missingKeys(
            in: page, sections: [("cost", ["stipend_per_month", "stipend_per_fortnight"]), ("", ["no_such_key"])])
        #expect(missing == ["cost: stipend_per_fortnight", "top level: no_such_key"])
    }

    @Test("the page stands alone: no design files or folders outside the repository")
    func standsAlone() throws {
        let page = try Self.page()
        for reference in ["DESIGN.md", "shared/"] {
            #expect(!page.contains(reference), "docs/scenario.md mentions \(reference)")
        }
    }

    @Test("the worked example at the end of the page is a valid scenario")
    func workedExampleLoads() throws {
        let page = try Self.page()
        let example = try #require(page.components(separatedBy: "## Worked example").last)
        let start = try #require(example.range(of: "```yaml\n"))
        let end = try #require(example.range(of: "\n```", range: start.upperBound..<example.endIndex))
        let loaded = try ScenarioLoader.load(text: String(example[start.upperBound..<end.lowerBound]), file: "example.yaml")
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.scenario.mentors.count == 5)
    }

    enum ReferenceError: Error {
        case noRepositoryRoot
    }
}
