import AllotAnalysis

/// A result that every `--format` can render: terminal table, JSON, CSV and Markdown.
public protocol FormattedReport {
    func renderTable() -> String
    func renderJSON() -> String
    func renderCSV() -> String
    func renderMarkdown() -> String
}

extension SolveSummary: FormattedReport {}
extension SweepReport: FormattedReport {}
extension ScenarioComparison: FormattedReport {}
