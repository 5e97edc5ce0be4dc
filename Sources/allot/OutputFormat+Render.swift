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

    func render(_ report: SweepReport) -> String {
        switch self {
        case .table: report.renderTable()
        case .json: report.renderJSON()
        case .csv: report.renderCSV()
        case .markdown: report.renderMarkdown()
        }
    }

    func render(_ comparison: ScenarioComparison) -> String {
        switch self {
        case .table: comparison.renderTable()
        case .json: comparison.renderJSON()
        case .csv: comparison.renderCSV()
        case .markdown: comparison.renderMarkdown()
        }
    }

    /// `report` in this format; CSV is refused by `RobustCommand.validate()` (the report is not one table).
    func render(_ report: RobustReport) -> String {
        switch self {
        case .table, .csv: report.renderTable()
        case .json: report.renderJSON()
        case .markdown: report.renderMarkdown()
        }
    }
}
