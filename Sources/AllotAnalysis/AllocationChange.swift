import AllotModel

/// One mentor's change in slots between two allocations.
public struct AllocationChange: Sendable, Equatable, Codable {
    public let mentor: String
    public let from: Int
    public let to: Int
    public var delta: Int { to - from }

    /// Every mentor whose slots differ, ascending by id.
    public static func between(_ before: Allocation, _ after: Allocation) -> [AllocationChange] {
        Set(before.slots.keys).union(after.slots.keys).sorted().compactMap { mentor in
            before[mentor] == after[mentor] ? nil : AllocationChange(mentor: mentor, from: before[mentor], to: after[mentor])
        }
    }
}
