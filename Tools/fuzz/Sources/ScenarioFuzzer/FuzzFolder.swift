import Foundation

/// Where this fuzzing process writes its inputs: a private folder, removed at exit.
enum FuzzFolder {
    static let path: String = {
        let folder = NSTemporaryDirectory() + "/allot-fuzz-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            fatalError("harness: cannot create \(folder): \(error)")
        }
        atexit { try? FileManager.default.removeItem(atPath: FuzzFolder.path) }
        return folder
    }()

    static let scenario = path + "/scenario.yaml"
    static let table = path + "/mentors.csv"
    static let tableScenario = path + "/table.yaml"

    /// A valid scenario around the fuzzed table, naming the agendas and locations of the seed tables.
    static let tableScenarioText = """
        name: Fuzzed table
        budget: 250000
        cost: {stipend_per_month: 4800, months: 2.5, per_scholar: 2000, per_mentor: 1000}
        locations:
          - {id: berkeley, seats: 6, extra_per_scholar: 5000}
          - {id: london, extra_per_scholar: 1500}
          - {id: remote}
        agendas:
          - {id: interp, max_share: 0.5}
          - {id: interpretability}
          - {id: evals}
          - {id: oversight}
          - {id: control, min_share: 0.2}
        mentors_csv: mentors.csv

        """
}
