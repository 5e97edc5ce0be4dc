/// The part of `--time-limit` kept back from the search for the work after the last solve.
///
/// The deadline is the whole command's: after the search stops come the bound on how far the
/// allocation may be from the optimum, the binding constraints, explanations, and the report.
/// The search therefore stops earlier by a tenth of a second plus a time per mentor that depends
/// on what the command still has to do, never more than a quarter of the limit. The per-mentor
/// times are measured at 20,000 mentors (release build), with a margin.
enum DeadlineReserve {
    /// What a command does after its last solve.
    enum Work {
        /// An allocation's table or file (`solve`, `export`, `sweep`, `robust`): 1.3 s measured.
        case allocation
        /// A sentence per mentor, or several allocations side by side (`explain`, `compare`): 2 s.
        case explanation
        /// The HTML page, with its funding levels (`report`): 3 s.
        case page

        var secondsPerMentor: Double {
            switch self {
            case .allocation: 70e-6
            case .explanation: 110e-6
            case .page: 160e-6
            }
        }
    }

    static let fixedSeconds = 0.1

    static func seconds(limit: Double, mentors: Int, work: Work) -> Double {
        min(limit / 4, fixedSeconds + work.secondsPerMentor * Double(mentors))
    }
}
