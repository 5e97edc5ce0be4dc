import AllotModel

/// A requirement that stands in the way of one more scholar somewhere (less room than one
/// scholar's worth), with what the allocation puts against it.
public struct BindingConstraint: Sendable, Equatable {
    public let requirement: Requirement
    /// Money left for the budget; room in scholars or mentors otherwise.
    public let slack: Double
    /// Money spent, the head count, or the funded mentors.
    public let measured: Double
    public let cohort: Int
    /// For the budget: the cheapest step any mentor could still take.
    public let cheapestStep: Double?

    /// The requirements of `scenario` that are tight at `allocation`, in catalogue order.
    public static func find(in scenario: Scenario, allocation: Allocation) -> [BindingConstraint] {
        let catalogue = ConstraintCatalogue(scenario)
        let tally = AllocationTally(scenario: scenario, allocation: allocation)
        let cheapest = scenario.mentors.compactMap { scenario.nextStep(of: $0, from: allocation[$0.id])?.cost }.min()
        return catalogue.requirements.filter { catalogue.isTight($0, tally) }.map { requirement in
            let isBudget = if case .budget = requirement { true } else { false }
            return BindingConstraint(
                requirement: requirement, slack: catalogue.slack(requirement, tally),
                measured: catalogue.measure(requirement, tally), cohort: tally.scholars,
                cheapestStep: isBudget ? cheapest : nil)
        }
    }
}
