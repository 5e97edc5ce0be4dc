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
}
