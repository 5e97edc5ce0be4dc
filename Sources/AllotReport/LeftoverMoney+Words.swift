import AllotAnalysis
import AllotModel

extension LeftoverMoney.Cause {
    /// A machine name for JSON and CSV.
    public var code: String {
        switch self {
        case .budget: "budget"
        case .everyMentorAtLimit: "every_mentor_at_limit"
        case .requirements: "requirements"
        case .nothingPays: "nothing_pays"
        }
    }

    /// Why the money is left, as a clause: "every next scholar it could pay for would break the 60
    /// seats at berkeley".
    public var sentence: String {
        switch self {
        case .budget: "less is left than the cheapest next scholar costs"
        case .everyMentorAtLimit: "every mentor is at their own cap or lock, or excluded"
        case .requirements(let requirements):
            "every next scholar it could pay for would break "
                + Wording.list(requirements.map(RequirementText.label), conjunction: "or")
        case .nothingPays: "a next scholar it could pay for breaks nothing, but none adds value"
        }
    }

    /// The same reason in a few words, for a label on a chart: "more scholars would break the 60
    /// seats at berkeley".
    ///
    /// Names at most two requirements; the rest are counted ("… or 2 more").
    public var phrase: String {
        switch self {
        case .budget: "the budget is spent"
        case .everyMentorAtLimit: "every mentor is at their cap or lock"
        case .requirements(let requirements):
            "more scholars would break "
                + Wording.list(
                    requirements.prefix(2).map(RequirementText.label)
                        + (requirements.count > 2 ? ["\(requirements.count - 2) more"] : []),
                    conjunction: "or")
        case .nothingPays: "no next scholar adds value"
        }
    }
}
