import AllotAnalysis
import AllotReport

extension OutputFormat {
    /// `report` as text in this format.
    func render(_ report: some FormattedReport) -> String {
        switch self {
        case .table: report.renderTable()
        case .json: report.renderJSON()
        case .csv: report.renderCSV()
        case .markdown: report.renderMarkdown()
        }
    }
}
