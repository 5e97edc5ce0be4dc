import AllotModel
import GLPKBackend
import Testing

@Suite("scenario loading")
struct ScenarioLoaderTests {
    static let minimal = """
        name: Minimal
        budget: 1_450_000
        cost: {stipend_per_month: 4800, months: 2.5}
        agendas: [{id: interp}]
        mentors:
          - {id: lab.a, agenda: interp, values: [10, 9, 8]}
          - {id: b, agenda: interp, values: [5], min: 0}
        """

    @Test("numbers may be written 1450000, 1.45e6 or 1_450_000")
    func numberSpellings() throws {
        for spelling in ["1450000", "1.45e6", "1_450_000", "1450000.0"] {
            let text = Self.minimal.replacingOccurrences(of: "1_450_000", with: spelling)
            #expect(try ScenarioLoader.load(text: text, file: "s.yaml").scenario.budget == 1_450_000, "\(spelling)")
        }
    }

    @Test("JSON is accepted, including tab indentation")
    func json() throws {
        let text =
            "{\n\t\"name\": \"J\",\n\t\"budget\": 10,\n\t\"agendas\": [{\"id\": \"i\"}],\n"
            + "\t\"mentors\": [{\"id\": \"a\", \"agenda\": \"i\", \"values\": [1, 2]}]\n}\n"
        let loaded = try ScenarioLoader.load(text: text, file: "s.json")
        #expect(loaded.scenario.mentors.first?.cap == 2)
    }

    @Test("--set reaches list entries by id, including ids with dots, and changes the hash")
    func overrides() throws {
        let base = try ScenarioLoader.load(text: Self.minimal, file: "s.yaml")
        let changed = try ScenarioLoader.load(
            text: Self.minimal, file: "s.yaml",
            overrides: [try Override(parsing: "mentors.lab.a.cap=2"), try Override(parsing: "cohort.max_scholars=3")])
        #expect(changed.scenario.mentor(id: "lab.a")?.cap == 2)
        #expect(changed.scenario.cohort.maxScholars == 3)
        #expect(base.hash != changed.hash)
        #expect(base.hash == (try ScenarioLoader.load(text: "# a comment\n" + Self.minimal, file: "t.yaml")).hash)
    }

    @Test("min 0 means min 1, and a typo in a --set path is an unknown key")
    func minimumAndTypos() throws {
        let loaded = try ScenarioLoader.load(text: Self.minimal, file: "s.yaml")
        #expect(loaded.scenario.mentor(id: "b")?.minimumIfFunded == 1)
        #expect(throws: ScenarioError.self) {
            try ScenarioLoader.load(text: Self.minimal, file: "s.yaml", overrides: [try Override(parsing: "cost.monhts=3")])
        }
    }

    @Test("an optimum that funds nobody says why")
    func nobodyFunded() throws {
        let loaded = try ScenarioLoader.load(text: Self.minimal, file: "s.yaml", overrides: [try Override(parsing: "budget=100")])
        let result = try Allocator(backend: GLPKBackend()).solve(loaded.scenario)
        #expect(result.status == .optimal)
        #expect(result.allocation?.scholars == 0)
        #expect(
            result.diagnosis == .budgetBelowCheapest(budget: 100, cheapest: 12000))
    }

    @Test("shares are exact on whole scholars: with 7 scholars, 35% allows at most 2")
    func exactShares() throws {
        let text = """
            name: Shares
            budget: 7
            cost: {per_scholar: 1}
            cohort: {min_scholars: 7, max_scholars: 7}
            agendas: [{id: big, max_share: 0.35}, {id: small}]
            mentors:
              - {id: a, agenda: big, values: [9, 9, 9, 9, 9, 9, 9]}
              - {id: b, agenda: small, values: [1, 1, 1, 1, 1, 1, 1]}
            """
        let result = try Allocator(backend: GLPKBackend()).solve(try ScenarioLoader.load(text: text, file: "s.yaml").scenario)
        #expect(result.allocation?.slots == ["a": 2, "b": 5])
        #expect(result.tieBreak == .cheapestAmongOptimal)
    }
}
