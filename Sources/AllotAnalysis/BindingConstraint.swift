import AllotModel

/// A constraint that stands in the way of one more scholar somewhere (its slack is less
/// than one scholar's worth), in words.
public struct BindingConstraint: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case budget, cohortScholars = "cohort_scholars", cohortMentors = "cohort_mentors", shareMax = "share_max"
        case shareMin = "share_min", agendaScholars = "agenda_scholars", seats, cap, lock
    }

    public let kind: Kind
    /// The agenda, location or mentor id it concerns, if any.
    public let subject: String?
    public let detail: String

    /// The constraints of `scenario` that are tight at `allocation`.
    public static func find(in scenario: Scenario, allocation: Allocation) -> [BindingConstraint] {
        var found: [BindingConstraint] = []
        let audit = AllocationAudit(scenario: scenario, allocation: allocation)
        let total = audit.scholars
        let unspent = scenario.budget - audit.spent
        // The cheapest step any mentor could still take: one more scholar, or a first block.
        let steps = scenario.mentors.compactMap { mentor -> Double? in
            let limits = mentor.slotLimits
            let count = allocation[mentor.id]
            let next = count == 0 ? limits.lowestFunded : count + 1
            guard limits.canBeFunded, next <= limits.highest else { return nil }
            return scenario.cost(of: mentor, scholars: next) - scenario.cost(of: mentor, scholars: count)
        }
        if let cheapest = steps.min(), unspent < cheapest - 1e-9 {
            found.append(
                BindingConstraint(
                    kind: .budget, subject: nil,
                    detail: "budget: \(Formatting.money(unspent)) left, less than the cheapest next scholar "
                        + "(\(Formatting.money(cheapest)))"))
        }
        if let maximum = scenario.cohort.maxScholars, total >= maximum {
            found.append(BindingConstraint(kind: .cohortScholars, subject: nil, detail: "cohort: at max_scholars \(maximum)"))
        }
        if scenario.cohort.minScholars > 0, total <= scenario.cohort.minScholars {
            found.append(
                BindingConstraint(
                    kind: .cohortScholars, subject: nil, detail: "cohort: at min_scholars \(scenario.cohort.minScholars)"))
        }
        if let maximum = scenario.cohort.maxMentors, audit.fundedMentors >= maximum {
            found.append(BindingConstraint(kind: .cohortMentors, subject: nil, detail: "cohort: at max_mentors \(maximum)"))
        }
        for agenda in scenario.agendas {
            let count = audit.scholarsByAgenda[agenda.id, default: 0]
            // A share binds when moving one scholar into (or out of) the agenda, cohort size
            // unchanged, would break it: that is what stops a better swap.
            if agenda.maxShare < 1, Double(count + 1) > agenda.maxShare * Double(total) + 1e-9 {
                found.append(
                    BindingConstraint(
                        kind: .shareMax, subject: agenda.id,
                        detail: "agenda \(agenda.id): \(count) of \(total) scholars, at its max_share "
                            + "\(Formatting.percent(agenda.maxShare)) (one more would exceed it)"))
            }
            if agenda.minShare > 0, count > 0 || total > 0, Double(count - 1) < agenda.minShare * Double(total) - 1e-9 {
                found.append(
                    BindingConstraint(
                        kind: .shareMin, subject: agenda.id,
                        detail: "agenda \(agenda.id): \(count) of \(total) scholars, at its min_share "
                            + "\(Formatting.percent(agenda.minShare)) (one fewer would fall below it)"))
            }
            if let maximum = agenda.maxScholars, count >= maximum {
                found.append(
                    BindingConstraint(
                        kind: .agendaScholars, subject: agenda.id, detail: "agenda \(agenda.id): at max_scholars \(maximum)"))
            }
            if agenda.minScholars > 0, count <= agenda.minScholars {
                found.append(
                    BindingConstraint(
                        kind: .agendaScholars, subject: agenda.id,
                        detail: "agenda \(agenda.id): at min_scholars \(agenda.minScholars)"))
            }
        }
        for location in scenario.locations {
            if let seats = location.seats, audit.scholarsByLocation[location.id, default: 0] >= seats {
                found.append(
                    BindingConstraint(
                        kind: .seats, subject: location.id, detail: "location \(location.id): all \(seats) seats used"))
            }
        }
        for mentor in scenario.mentors.sorted(by: { $0.id < $1.id }) {
            let count = allocation[mentor.id]
            guard count > 0 else { continue }
            if count == mentor.cap {
                found.append(BindingConstraint(kind: .cap, subject: mentor.id, detail: "\(mentor.id): at own cap \(mentor.cap)"))
            } else if let lock = mentor.lock, count == lock.count {
                found.append(
                    BindingConstraint(kind: .lock, subject: mentor.id, detail: "\(mentor.id): held by its lock (\(lock.count))"))
            }
        }
        return found
    }
}
