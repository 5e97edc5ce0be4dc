import AllotModel
import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files without solving; list every problem with its line and a fix.",
        discussion: """
            Example:
              allot validate Scenarios/*.yaml
            """)

    @Argument(help: "One or more scenario files.")
    var scenarios: [String]

    @OptionGroup var scenarioOptions: ScenarioOptions

    func validate() throws {
        if scenarios.isEmpty { throw ValidationError("name at least one scenario file, e.g. allot validate plan.yaml") }
    }

    func run() throws {
        var worst: ExitCode = .success
        for file in scenarios {
            do {
                let loaded = try scenarioOptions.load(file)
                let scenario = loaded.scenario
                print(
                    "\(file): valid — \(Formatting.count(scenario.mentors.count, "mentor")), "
                        + "\(Formatting.count(scenario.agendas.count, "agenda")), "
                        + "budget \(Formatting.money(scenario.budget)) \(scenario.currency) (hash \(loaded.hash))")
            } catch let exit as ExitCode {
                // Keep checking the other files; report the most serious status at the end.
                if worst == .success || exit == ExitStatus.unreadable { worst = exit }
            }
        }
        if worst != .success { throw worst }
    }
}
