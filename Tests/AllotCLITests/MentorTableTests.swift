import AllotTestSupport
import Foundation
import Testing

/// `mentors_csv`: mentors from a spreadsheet's CSV export, checked like inline mentors.
@Suite("mentor tables from CSV")
struct MentorTableTests {
    /// The table fixture's scenario (`from-csv.yaml`) with `mentors.csv` replaced by `table`.
    static func withTable(_ table: String) throws -> URL {
        let directory = try scratchDirectory("table")
        try FileManager.default.copyItem(
            at: fixtures.appendingPathComponent("table/from-csv.yaml"), to: directory.appendingPathComponent("s.yaml"))
        try Data(table.utf8).write(to: directory.appendingPathComponent("mentors.csv"))
        return directory
    }

    @Test("the same mentors inline and from a spreadsheet export (BOM, CRLF, quotes, 16,000) solve to the same JSON")
    func sameAllocation() throws {
        let fromTable = try AllotProcess.run(["solve", "table/from-csv.yaml", "--format", "json"], in: fixtures)
        let inline = try AllotProcess.run(["solve", "table/inline.yaml", "--format", "json"], in: fixtures)
        #expect(fromTable.status == 0 && inline.status == 0, "\(fromTable.stderr)\(inline.stderr)")
        // Apart from the file name and the time taken, byte for byte (the hash included).
        let comparable = { (json: String) in
            json.split(separator: "\n").filter { !$0.contains("\"file\"") && !$0.contains("solve_seconds") }
        }
        #expect(comparable(fromTable.stdout) == comparable(inline.stdout))
        #expect(fromTable.stdout.contains("\"name\" : \"Bo \\\"The Evaluator\\\"\""), "\(fromTable.stdout)")
        #expect(fromTable.stdout.contains("\"cost\" : 32000"), "eli's quoted 16,000 per scholar, 2 scholars")
    }

    @Test("--set reaches a mentor from the table, and mentors_csv itself can be set")
    func overrides() throws {
        let capped = try AllotProcess.run(
            ["solve", "table/from-csv.yaml", "--format", "json", "--set", "mentors.dee.cap=1"], in: fixtures)
        #expect(capped.status == 0, "\(capped.stderr)")
        #expect(capped.stdout.contains("\"cap\" : 1,\n      \"cost\""), "\(capped.stdout)")
        let elsewhere = try AllotProcess.run(["solve", "table/from-csv.yaml", "--set", "mentors_csv=nowhere.csv"], in: fixtures)
        #expect(elsewhere.status == 65)
        #expect(
            elsewhere.stderr.contains("mentors_csv: cannot read the table table/nowhere.csv: no such file"), "\(elsewhere.stderr)"
        )
    }

    @Test(
        "a malformed table names the CSV file, row and column, exits 65 and solves nothing",
        arguments: [
            (
                "id,agenda,values\na,interp,10;9\nb,interp,5,6\n", "mentors.csv, row 3: error",
                "has 4 cells but the header names 3"
            ),
            (
                "id,agenda,values\na,interp,10;9\nb,interp,\"5\n", "mentors.csv, row 3: error",
                "a quote (\") opened in this row is never closed"
            ),
            (
                "id,agenda,cap,values\na,interp,2.5,10;9\n", "mentors.csv, row 2, column C: error",
                "cap: must be a whole number, not 2.5"
            ),
            (
                "id,agenda,values\na,interp,10;x\n", "mentors.csv, row 2, column C: error",
                "values[1]: expected a number, found 'x'"
            ),
            (
                "id,agenda,cost_per_scholar,values\na,interp,\"$16,000\",1\n", "row 2, column C: error",
                "found '$16,000'; write 16000 or 16_000"
            ),
            (
                "id,agenda,values\na,interp,10\nb,unknown,5\n", "mentors.csv, row 3, column B: error",
                "agenda unknown is not defined"
            ),
            ("id,agenda,values\na,Interp,10\n", "mentors.csv, row 2, column B: error", "did you mean `interp`?"),
            (
                "id,agenda,values\nada,interp,10\nada,evals,5\n", "mentors.csv, row 3, column A: error",
                "duplicate id ada (also mentors_csv[row 2] ("
            ),
            (
                "id,agenda,valeus\na,interp,10\n", "mentors.csv, row 1, column C: error",
                "unknown column 'valeus'; did you mean `values`?"
            ),
            ("id,agenda,v1,v2,v3\na,interp,1,,3\n", "mentors.csv, row 2, column E: error", "v3 is given after a blank v2"),
            ("agenda,values\ninterp,10\n", "mentors.csv, row 1: error", "the header has no `id` column"),
            ("id,agenda,values,v1\na,interp,10,10\n", "mentors.csv, row 1: error", "either in one `values` column"),
            ("id;agenda;v1\na;interp;7,5\n", "mentors.csv, row 1: error", "separated by semicolons, not commas"),
            ("id,agenda,values\na,interp,\"7,5\"\n", "row 2, column C: error", "write 7.5 (a decimal point, not a comma)"),
            ("id,agenda,values\na,interp,\"10,9,8\"\n", "row 2, column C: error", "separate them with ';' (10;9;8)"),
        ])
    func malformed(table: String, place: String, message: String) throws {
        let directory = try Self.withTable(table)
        let result = try AllotProcess.run(["solve", "s.yaml"], in: directory)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(place), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("a table saved in another encoding than UTF-8 says how to save it")
    func encoding() throws {
        let directory = try Self.withTable("")
        try Data([0x69, 0x64, 0x2C, 0x6E, 0x61, 0x6D, 0x65, 0x0A, 0x61, 0x2C, 0x4A, 0xE9, 0x0A]).write(
            to: directory.appendingPathComponent("mentors.csv"))
        let result = try AllotProcess.run(["validate", "s.yaml"], in: directory)
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "mentors_csv: cannot read the table mentors.csv: the file is not UTF-8 text; save it as UTF-8 "
                    + "(in Excel: Save As → CSV UTF-8)"), "\(result.stderr)")
    }

    @Test("a mentor id both inline and in the table is an error naming both places")
    func duplicateAcrossPlaces() throws {
        let directory = try Self.withTable("id,agenda,values\nada,interp,10\n")
        let scenario = directory.appendingPathComponent("s.yaml")
        let text = try String(contentsOf: scenario, encoding: .utf8) + "mentors:\n  - {id: ada, agenda: evals, values: [3]}\n"
        try Data(text.utf8).write(to: scenario)
        let result = try AllotProcess.run(["validate", "s.yaml"], in: directory)
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "mentors.csv, row 2, column A: error: mentors_csv[row 2].id: duplicate id ada (also mentors[0] (line "),
            "\(result.stderr)")
    }
}
