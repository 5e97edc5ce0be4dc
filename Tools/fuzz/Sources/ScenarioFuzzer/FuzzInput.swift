import AllotModel
import Foundation

/// One fuzz input: a scenario file, or a `mentors_csv` table when its first line is `#table`.
///
/// The table marker lets one target cover both readers, and lets the seed corpus say which
/// reader a seed is for; libFuzzer's mutations move inputs between the two freely.
struct FuzzInput {
    static let tableMarker = Data("#table\n".utf8)

    let data: Data

    init(_ data: Data) { self.data = data }

    /// Loads the input as `allot validate` does and checks what a valid scenario promises.
    func check() {
        if data.starts(with: Self.tableMarker) {
            write(data.dropFirst(Self.tableMarker.count), to: FuzzFolder.table)
            write(Data(FuzzFolder.tableScenarioText.utf8), to: FuzzFolder.tableScenario)
            validate(FuzzFolder.tableScenario)
        } else {
            write(data, to: FuzzFolder.scenario)
            validate(FuzzFolder.scenario)
        }
    }

    private func write(_ bytes: Data, to path: String) {
        // The fuzzer's own folder; failing to write it is a broken harness, not a finding.
        guard FileManager.default.createFile(atPath: path, contents: bytes) else {
            fatalError("harness: cannot write \(path)")
        }
    }

    private func validate(_ path: String) {
        let loaded: LoadedScenario
        do {
            loaded = try ScenarioLoader.load(file: path)
        } catch let error as ScenarioError {
            // A clean refusal; render it as the CLI would, since the messages are code too.
            blackHole(error.description)
            return
        } catch {
            fatalError("the loader threw something other than ScenarioError: \(error)")
        }
        // What `allot validate` prints for a valid file.
        let scenario = loaded.scenario
        blackHole(
            "\(Formatting.count(scenario.mentors.count, "mentor")), \(Formatting.count(scenario.agendas.count, "agenda")), "
                + "budget \(Formatting.money(scenario.budget)) \(scenario.currency) (hash \(loaded.hash))")
        for warning in loaded.warnings { blackHole(warning.description) }
        // The contract `solve` relies on: a scenario that validates builds a model the solver accepts
        // (otherwise `solve` ends in "internal error", exit 70).
        let formulation = Formulation(scenario: scenario)
        do {
            try formulation.problem.validate()
        } catch {
            fatalError("a scenario that validates built an invalid model: \(error)")
        }
    }
}

/// Keeps a rendered message alive so the optimizer cannot skip the code that builds it.
@inline(never)
func blackHole(_ text: String) {
    if text.utf8.count == Int.max { print(text) }
}
