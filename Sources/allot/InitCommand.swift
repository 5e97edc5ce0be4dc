import AllotModel
import AllotReport
import ArgumentParser
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter scenario that validates and solves; with --from, its mentors are a CSV table.",
        discussion: """
            Examples:
              allot init --output cohort.yaml
              allot init --from mentors.csv --output cohort.yaml && allot solve cohort.yaml

            The starter shows every section with its defaults. With --from, the scenario names the
            table (mentors_csv, relative to the scenario) and defines the agendas and locations its
            rows name; the budget is set to about 60% of what every mentor's full cap would cost.
            Nothing is written when the table has a problem (exit 65, each by row and column) or
            when --output names an existing file (exit 73; --force replaces it).
            """)

    @Option(
        name: .customLong("from"),
        help: ArgumentHelp("A CSV table of mentors (a spreadsheet's export).", valueName: "mentors.csv"))
    var table: String?

    @Option(help: ArgumentHelp("Write the scenario here instead of stdout.", valueName: "file.yaml"))
    var output: String?

    @Flag(help: "Replace --output if it exists.")
    var force = false

    func run() throws {
        // The scenario is checked as if it were already at its destination, so its table path resolves.
        let destination = output ?? "starter.yaml"
        let directory = (destination as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !directory.isEmpty,
            !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue
        {
            printError("error: cannot write \(destination): the folder \(directory) does not exist")
            throw ExitStatus.cannotWrite
        }
        var starter = try reportingErrors {
            try table.map {
                try StarterScenario.from(
                    table: $0, writtenAs: StarterScenario.relativePath(of: $0, from: directory.isEmpty ? "." : directory))
            } ?? .example
        }
        let loaded = try reportingErrors { try ScenarioLoader.load(text: starter.yaml(), file: destination) }
        // Only the budget (a whole number ≥ 0) and a comment change from what was just loaded.
        starter = starter.funded(as: loaded.scenario)
        let text = starter.yaml()
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            printError("error: \(output) exists; choose another name, or pass --force to replace it")
            throw ExitStatus.cannotWrite
        }
        try emit(text, to: output, protecting: table.map { [$0] } ?? [])
        if let output {
            printError(
                "wrote \(output): \(Formatting.count(loaded.scenario.mentors.count, "mentor")), "
                    + "\(Formatting.count(loaded.scenario.agendas.count, "agenda")), budget "
                    + "\(Formatting.money(starter.budget)); next: allot solve \(output)")
        }
    }
}
