import AllotModel
import AllotTestSupport
import Testing

/// Numbers and ids written as a spreadsheet shows them get the spelling to use instead.
@Suite("spreadsheet habits")
struct SpreadsheetHabitsTests {
    static let scenario = """
        name: Habits
        budget: BUDGET
        locations: [{id: berkeley}]
        agendas: [{id: interp, max_share: SHARE}]
        mentors:
          - {id: a, agenda: interp, location: LOCATION, values: [1]}
        """

    static func issues(budget: String = "1000", share: String = "1", location: String = "berkeley") -> [ScenarioIssue] {
        let text = scenario.replacingOccurrences(of: "BUDGET", with: budget).replacingOccurrences(of: "SHARE", with: share)
            .replacingOccurrences(of: "LOCATION", with: location)
        return scenarioIssues(text)
    }

    @Test(
        "each spelling is refused with the fix",
        arguments: [
            ("1,200,000", "write 1200000 or 1_200_000"),
            ("$16,000", "write 16000 or 16_000"),
            ("€1,250.50", "write 1250.5 or 1_250.5"),
            ("25%", "write 0.25 (25% as a fraction)"),
            ("12.5%", "write 0.125 (12.5% as a fraction)"),
            ("1000,5", "write 1000.5 (a decimal point, not a comma)"),
            ("10,9,8", "several numbers? in a CSV cell separate them with ';' (10;9;8)"),
        ])
    func numbers(written: String, fix: String) {
        let issues = Self.issues(budget: written)
        #expect(issues.map(\.path) == ["budget"], "\(issues)")
        #expect(issues.first?.message == "expected a number, found '\(written)'; \(fix)", "\(issues)")
    }

    @Test("a share written as a percentage, and text that is no number at all")
    func shareAndText() {
        #expect(Self.issues(share: "35%").first?.message == "expected a number, found '35%'; write 0.35 (35% as a fraction)")
        #expect(Self.issues(budget: "plenty").first?.message == "expected a number, found 'plenty'")
        #expect(
            Self.issues(budget: "16,00").first?.message
                == "expected a number, found '16,00'; write 16.00 (a decimal point, not a comma)")
    }

    @Test("an id in capitals or with spaces, and a near miss of a defined id, suggest the id")
    func identifiers() {
        #expect(Self.issues(location: "Berkeley").first?.message.hasSuffix("did you mean `berkeley`?") == true)
        #expect(Self.issues(location: "\"Berkeley Office\"").first?.message.hasSuffix("did you mean `berkeley-office`?") == true)
        #expect(
            Self.issues(location: "berkley").first?.message == "(a) location berkley is not defined; did you mean `berkeley`?")
        #expect(
            Self.issues(location: "paris").first?.message
                == "(a) location paris is not defined; use one of berkeley or add it under `locations`")
    }
}
