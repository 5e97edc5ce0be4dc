import AllotAnalysis
import AllotReport

extension OutputFormat {
    /// `summary` as text in this format.
    func render(_ summary: SolveSummary) -> String {
        switch self {
        case .table: summary.renderTable()
        case .json: summary.renderJSON()
        case .csv: summary.renderCSV()
        case .markdown: summary.renderMarkdown()
        }
    }
}
