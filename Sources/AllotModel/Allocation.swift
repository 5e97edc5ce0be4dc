/// How many scholars each mentor receives.
///
/// Mentors not listed receive none.
public struct Allocation: Sendable, Equatable, Codable {
    /// Scholars by mentor id; only funded mentors (count > 0) are stored.
    public private(set) var slots: [String: Int]

    public init(slots: [String: Int] = [:]) {
        self.slots = slots.filter { $0.value != 0 }
    }

    public subscript(mentor: String) -> Int {
        get { slots[mentor] ?? 0 }
        set { slots[mentor] = newValue == 0 ? nil : newValue }
    }

    public var scholars: Int { slots.values.reduce(0, +) }
    public var fundedMentors: Int { slots.count }
}
