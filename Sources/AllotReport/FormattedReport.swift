import AllotAnalysis

/// A result that every `--format` can render: terminal table, JSON, CSV and Markdown.
public protocol FormattedReport {
    /// The terminal table, fitted and coloured as `style` says (``TextStyle/plain`` for pipes and files).
    func renderTable(style: TextStyle) -> String
    func renderJSON() -> String
    func renderCSV() -> String
    func renderMarkdown() -> String
}

extension SolveSummary: FormattedReport {}
extension SweepReport: FormattedReport {}
extension ScenarioComparison: FormattedReport {}
