/// The part of `--time-limit` kept back from the search for the work after the last solve.
///
/// The deadline is the whole command's: after the search stops come the bound on how far the
/// allocation may be from the optimum, the binding constraints, the explanations and the report,
/// which at 20,000 mentors took about a second on its own. The search therefore stops this much
/// earlier: a tenth of a second plus 40 µs per mentor (measured: about 30 µs per mentor for the
/// report and the binding list at 20,000 mentors), never more than a quarter of the limit.
enum DeadlineReserve {
    static let fixedSeconds = 0.1
    static let secondsPerMentor = 40e-6

    static func seconds(limit: Double, mentors: Int) -> Double {
        min(limit / 4, fixedSeconds + secondsPerMentor * Double(mentors))
    }
}
