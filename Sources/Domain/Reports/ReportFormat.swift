/// The formats a report comes in, all from the same data: JSON (amounts in öre), Markdown, the printable HTML page
/// and, for the final report's financial account, CSV (`;`, UTF-8 with BOM, Swedish headings, kronor with a decimal
/// comma).
public enum ReportFormat: String, Codable, CaseIterable, Sendable {
    case json, markdown, html, csv

    /// The media type of the format.
    public var contentType: String {
        switch self {
        case .json: "application/json"
        case .markdown: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        }
    }
}
