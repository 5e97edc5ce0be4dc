/// A step a mentor could take from their current count: one slot more or fewer, or, for an
/// unfunded mentor with a `min`, the whole first block (and back to none).
///
/// The one definition `solve`, `explain` and the binding list use, so they never disagree on
/// what an excluded or locked mentor's next slot is.
public struct MentorStep: Sendable, Equatable {
    public let from: Int
    public let to: Int
    /// The change in the mentor's own slot values (not counting interactions or agenda returns).
    public let value: Double
    /// The change in cost, fixed cost included when the step funds or unfunds the mentor.
    public let cost: Double
}

extension Scenario {
    /// The step up from `count`, or nil when the mentor may have no more (see ``stepUpBlocker(of:at:)``).
    public func nextStep(of mentor: Mentor, from count: Int) -> MentorStep? {
        let limits = mentor.slotLimits
        let up = count == 0 ? limits.lowestFunded : count + 1
        guard limits.canBeFunded, up <= limits.highest else { return nil }
        return step(mentor, from: count, to: up)
    }

    /// The step down from `count`, or nil when the mentor has none or a lock holds them there.
    public func previousStep(of mentor: Mentor, from count: Int) -> MentorStep? {
        guard count > 0 else { return nil }
        let limits = mentor.slotLimits
        let down = count - 1 < limits.lowestFunded ? 0 : count - 1
        guard limits.allows(down) else { return nil }
        return step(mentor, from: count, to: down)
    }

    /// The mentor's own requirement that allows no step up: the exclusion, the own cap, or a lock.
    public func stepUpBlocker(of mentor: Mentor, at count: Int) -> Requirement? {
        guard nextStep(of: mentor, from: count) == nil else { return nil }
        if mentor.exclude { return .excluded(mentor: mentor.id) }
        if let lock = mentor.lock {
            switch lock {
            case .atMost(let n), .exactly(let n):
                if n < mentor.cap || !mentor.slotLimits.canBeFunded { return .lock(mentor: mentor.id, lock) }
            case .atLeast: break
            }
        }
        return .ownCap(mentor: mentor.id, cap: mentor.cap)
    }

    /// The lock that allows no step down from `count` (nil when a step down exists or there are no slots).
    public func stepDownBlocker(of mentor: Mentor, at count: Int) -> Requirement? {
        guard count > 0, previousStep(of: mentor, from: count) == nil, let lock = mentor.lock else { return nil }
        return .lock(mentor: mentor.id, lock)
    }

    private func step(_ mentor: Mentor, from: Int, to: Int) -> MentorStep {
        MentorStep(
            from: from, to: to, value: mentor.value(ofSlots: to) - mentor.value(ofSlots: from),
            cost: cost(of: mentor, scholars: to) - cost(of: mentor, scholars: from))
    }
}
