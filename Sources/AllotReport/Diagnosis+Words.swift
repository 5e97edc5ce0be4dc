import AllotAnalysis
import AllotModel

extension AllocationResult {
    /// Why there is no allocation, or why it funds nobody, in words.
    public var explanation: String? { diagnosis.map(DiagnosisText.sentence) }
}

extension SolveSummary {
    /// Why there is no allocation, or why it funds nobody, in words.
    public var explanation: String? { diagnosis.map(DiagnosisText.sentence) }
}
