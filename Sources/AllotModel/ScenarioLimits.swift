/// The largest (and, for money, smallest non-zero) magnitudes a scenario may hold: one place for
/// every bound on a number a user can type, in a file or on the command line.
///
/// 100,000 mentors with cap 1,000 fund at most 10⁸ slots. With money at most 10¹² the budget row
/// sums to at most 10²⁰ and with values at most 10⁹ the objective to at most 10¹⁷ (interactions
/// and returns add no more than that): every sum and product the model forms stays finite, every
/// total prints as a whole number, and a double's 16 significant digits leave room for the audit's
/// checks (budget within a relative 10⁻⁹, objective within 10⁻⁶). Money below a cent is below the
/// audit's absolute budget tolerance of 10⁻⁹ times at least 1, so a non-zero amount starts there.
public enum ScenarioLimits {
    /// Largest amount of money: the budget, every cost, and the cost of one scholar as computed.
    public static let money = 1e12
    /// Smallest non-zero amount of money (one cent of most currencies).
    public static let smallestMoney = 0.01
    /// Largest magnitude of a value: a slot's value, a return, an interaction, a curve's numbers.
    public static let value = 1e9
    /// Largest `cost.months` (a century).
    public static let months = 1_200.0
    /// Largest `cost.hours_per_month` (every hour of a 31-day month).
    public static let hoursPerMonth = 744.0
    /// Largest mentor cap (DESIGN.md §1).
    public static let cap = 1_000
    /// Most entries in any list of a scenario (DESIGN.md §1: at most 100,000 mentors).
    public static let listLength = 100_000
}

extension ScenarioLimits {
    /// Whether `amount` is an amount of money a scenario may hold: 0, or between
    /// ``smallestMoney`` and ``money``.
    public static func isMoney(_ amount: Double) -> Bool {
        amount == 0 || (smallestMoney...money).contains(amount)
    }
}
