import AllotTestSupport
import CSV
import Foundation
import Testing

@Suite("allot solve --format csv")
struct SolveCSVTests {
    @Test("one row per mentor with the header's field count, read back by a real CSV parser")
    func roundTrip() throws {
        let result = try AllotProcess.run(["solve", "valid/awkward.yaml", "--format", "csv"], in: fixtures)
        #expect(result.status == 0)
        let reader = try CSVReader(string: result.stdout, hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        #expect(
            header == [
                "id", "name", "agenda", "location", "slots", "cap", "value", "cost", "last_slot_value", "next_slot_value",
                "next_slot_cost", "tags", "status", "scenario_hash",
            ])
        var rows: [[String]] = []
        while let row = reader.next() {
            #expect(row.count == header.count, "row \(rows.count + 1): \(row)")
            rows.append(row)
        }
        #expect(rows.map { $0[0] } == ["comma", "formula", "multiline"])
        #expect(
            rows.map { $0[1] } == [
                "Doe, Jane \"JD\"", "'=HYPERLINK(\"http://example.invalid\",\"click\")", "first line\nsecond | line",
            ])
        #expect(rows.map { $0[4] } == ["2", "3", "1"])
    }

    @Test("without an allocation only the header row is printed: exit 3, the reason on stderr")
    func infeasible() throws {
        let result = try AllotProcess.run(["solve", "valid/infeasible.yaml", "--format", "csv"], in: fixtures)
        #expect(result.status == 3)
        #expect(
            result.stdout
                == "id,name,agenda,location,slots,cap,value,cost,last_slot_value,next_slot_value,next_slot_cost,tags,status,"
                + "scenario_hash\r\n")
        #expect(result.stderr.contains("the locks on mentor-a (exactly 5 scholars, 60,000) and mentor-b"))
    }
}
