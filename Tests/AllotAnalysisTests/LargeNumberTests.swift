import AllotAnalysis
import AllotModel
import Testing

/// Numbers at and past every bound: refused or printed, never a trap (issue 16).
@Suite("large numbers")
struct LargeNumberTests {
    @Test("money prints with thousands separators beyond every integer type")
    func money() {
        #expect(Formatting.money(1e19) == "10,000,000,000,000,000,000")
        #expect(Formatting.money(-9.3e18) == "-9,300,000,000,000,000,000")
        #expect(Formatting.money(1e12) == "1,000,000,000,000")
    }

    @Test(
        "funding levels beyond the money bound, or too fine for 1,000 levels, are refused",
        arguments: [
            "0:1e19:1", "0:1e300:1e-300", "0:1:5e-324", "1e19", "0,1e13", "0:1:0.001", "0:0.005:0.001",
        ])
    func refusedLevels(text: String) {
        #expect(throws: FundingLevelsError.self) { try FundingLevels.parse(text) }
    }

    @Test("levels up to the money bound are accepted")
    func acceptedLevels() throws {
        #expect(try FundingLevels.parse("0:1e12:1e11").count == 11)
        #expect(try FundingLevels.parse("1e12") == [1e12])
        #expect(try FundingLevels.parse("0.01,0") == [0, 0.01])
    }

    @Test("the messages say what to change")
    func messages() {
        #expect(throws: FundingLevelsError.self) { try FundingLevels.parse("0:1:5e-324") }
        do {
            _ = try FundingLevels.parse("0:1e19:1")
        } catch {
            #expect(
                error.description
                    == "0:1e19:1: the level 1e+19 is not a budget a scenario may hold; use levels of 0 or from 0.01 to "
                    + "1,000,000,000,000")
        }
        do {
            _ = try FundingLevels.parse("0:1:5e-324")
        } catch {
            #expect(error.description == "0:1:5e-324: far too many levels; at most 1000 — use a larger STEP")
        }
    }
}
