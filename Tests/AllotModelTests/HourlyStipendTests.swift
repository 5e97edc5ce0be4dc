import AllotModel
import AllotTestSupport
import GLPKBackend
import Testing

/// `cost.stipend_per_hour` × `cost.hours_per_month` is the other way to give the monthly stipend.
@Suite("hourly stipends")
struct HourlyStipendTests {
    static func scenario(cost: String) -> String {
        """
        name: Hourly
        budget: 200000
        cost: \(cost)
        locations: [{id: london, extra_per_scholar: 1500}]
        agendas: [{id: interp}]
        mentors:
          - {id: a, agenda: interp, values: [10, 9, 8, 7]}
          - {id: b, agenda: interp, location: london, values: [9, 6, 3]}
        """
    }

    @Test("$30/h at 160 h a month costs what $4,800 a month does, and solves to the same allocation")
    func sameCost() throws {
        let monthly = try ScenarioLoader.load(
            text: Self.scenario(cost: "{stipend_per_month: 4800, months: 2.5, per_scholar: 2000}"), file: "m.yaml")
        let hourly = try ScenarioLoader.load(
            text: Self.scenario(cost: "{stipend_per_hour: 30, hours_per_month: 160, months: 2.5, per_scholar: 2000}"),
            file: "h.yaml")
        #expect(hourly.scenario.cost.stipendPerMonth == 4800)
        #expect(hourly.scenario.cost.hourly == HourlyStipend(perHour: 30, hoursPerMonth: 160))
        for mentor in monthly.scenario.mentors {
            let twin = try #require(hourly.scenario.mentor(id: mentor.id))
            #expect(hourly.scenario.costPerScholar(of: twin) == monthly.scenario.costPerScholar(of: mentor))
        }
        #expect(hourly.scenario.costPerScholar(of: try #require(hourly.scenario.mentor(id: "b"))) == 15_500)
        let allocator = Allocator(backend: GLPKBackend())
        let fromMonthly = try allocator.solve(monthly.scenario).allocation
        let fromHourly = try allocator.solve(hourly.scenario).allocation
        #expect(fromMonthly != nil && fromMonthly == fromHourly)
    }

    @Test("both forms, or half of the hourly pair, are errors that say what to do")
    func oneFormOnly() {
        let cases: [(cost: String, path: String, fix: String)] = [
            ("{stipend_per_month: 4800, stipend_per_hour: 30, hours_per_month: 160}", "cost.stipend_per_month", "keep one form"),
            ("{stipend_per_hour: 30, months: 2}", "cost.stipend_per_hour", "e.g. `hours_per_month: 160`"),
            ("{hours_per_month: 160, months: 2}", "cost.hours_per_month", "e.g. `stipend_per_hour: 30`"),
            ("{stipend_per_hour: -30, hours_per_month: 160}", "cost.stipend_per_hour", "must be at least 0"),
        ]
        for example in cases {
            let issues = scenarioIssues(Self.scenario(cost: example.cost))
            #expect(issues.count == 1, "\(example.cost): \(issues)")
            #expect(issues.first?.path == example.path, "\(example.cost)")
            #expect(issues.first?.message.contains(example.fix) == true, "\(example.cost): \(issues)")
            #expect(issues.first?.location?.hasPrefix("3:") == true, "\(example.cost)")
        }
    }
}
