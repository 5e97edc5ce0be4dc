import AllotAnalysis
import AllotReport

extension OutputFormat {
    /// `report` as text in this format; `style` applies to the table only.
    func render(_ report: some FormattedReport, style: TextStyle = .plain) -> String {
        switch self {
        case .table: report.renderTable(style: style)
        case .json: report.renderJSON()
        case .csv: report.renderCSV()
        case .markdown: report.renderMarkdown()
        }
    }
}
