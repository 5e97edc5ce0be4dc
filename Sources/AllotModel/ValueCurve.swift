/// How a mentor's marginal values are given: listed, or generated from a shape.
public enum ValueCurve: Sendable, Equatable, Codable {
    /// Marginal value of the 1st, 2nd, … scholar; any shape.
    case values([Double])
    /// `first · ratio^(k-1)`, ratio ≥ 0.
    case geometric(first: Double, ratio: Double)
    /// Evenly spaced from `first` (1st slot) to `last` (slot `cap`).
    case linear(first: Double, last: Double)
    case constant(Double)

    /// The first `count` marginal values.
    ///
    /// A listed curve must have at least `count` entries.
    public func values(count: Int) -> [Double] {
        guard count > 0 else { return [] }
        switch self {
        case .values(let list):
            return Array(list.prefix(count))
        case .geometric(let first, let ratio):
            var result: [Double] = []
            var current = first
            for _ in 0..<count {
                result.append(current)
                current *= ratio
            }
            return result
        case .linear(let first, let last):
            if count == 1 { return [first] }
            let step = (last - first) / Double(count - 1)
            return (0..<count).map { $0 == count - 1 ? last : first + step * Double($0) }
        case .constant(let value):
            return Array(repeating: value, count: count)
        }
    }
}
