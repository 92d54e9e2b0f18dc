extension ReportDocument {
    /// The document as CommonMark with GFM tables. A chart is given by its title and summary in words; its figures
    /// stand in the table that follows it.
    public func markdown() -> String {
        var out = ["# \(Markdown.escape(title))"]
        for block in blocks {
            out.append("")
            switch block {
            case .heading(let level, let text): out.append(String(repeating: "#", count: level) + " " + Markdown.escape(text))
            case .paragraph(let text): out.append(Markdown.escape(text))
            case .note(let text): out.append("*\(Markdown.escape(text))*")
            case .quote(let text): out.append("> \(Markdown.escape(text))")
            case .list(let items): out.append(items.map { "- \(Markdown.escape($0))" }.joined(separator: "\n"))
            case .facts(let pairs): out.append(pairs.map { "\(Markdown.escape($0.0)): \(Markdown.escape($0.1))" }.joined(separator: "  \n"))
            case .table(let table):
                if let caption = table.caption { out.append("**\(Markdown.escape(caption))**\n") }
                let total = table.total.map { [$0.map { $0.isEmpty ? "" : "**\(Markdown.escape($0))**" }] } ?? []
                out.append(
                    Markdown.table(table.header, rightAligned: table.numeric, table.rows.map { $0.map(Markdown.escape) } + total))
            case .chart(let chart): out.append("*\(Markdown.escape(chart.title)): \(Markdown.escape(chart.summary))*")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
