/// The document as a printable, accessible HTML page (WCAG 2.1 AA): the document's language on `<html>`, one `<h1>`
/// and real `<h2>`/`<h3>` headings, tables with captions and header cells with scope, charts as inline SVG with a
/// title and a description (`role="img"`) and their figures in the table next to them, and a print stylesheet for A4
/// with page numbers ("Sida 1 av 3") in the page margin. No script, no external resource.
extension ReportDocument {
    /// The page; `madeOn`, the day the report was made, is printed under the title.
    public func html(madeOn: CalendarDate? = nil) -> String {
        let t = ReportText(language: language)
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(language.rawValue)\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(HTML.escape(title))</title>")
        out.append("<style>\n\(Self.stylesheet(page: t.page, of: t.of))</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<main>")
        out.append("<h1>\(HTML.escape(title))</h1>")
        if let madeOn { out.append("<p class=\"generated\">\(HTML.escape(t.generatedOn(madeOn.description)))</p>") }
        var charts = 0
        for block in blocks {
            switch block {
            case .heading(let level, let text): out.append("<h\(level)>\(HTML.escape(text))</h\(level)>")
            case .paragraph(let text): out.append("<p>\(HTML.escape(text))</p>")
            case .note(let text): out.append("<p class=\"note\"><em>\(HTML.escape(text))</em></p>")
            case .quote(let text): out.append("<blockquote><p>\(HTML.escape(text))</p></blockquote>")
            case .list(let items): out.append("<ul>" + items.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>")
            case .facts(let pairs):
                out.append(
                    "<dl class=\"facts\">" + pairs.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>")
            case .table(let table): out.append(Self.table(table))
            case .chart(let chart):
                charts += 1
                out.append(Self.svg(chart, id: "chart-\(charts)"))
            }
        }
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    private static func table(_ table: Table) -> String {
        let cell = { (tag: String, index: Int, text: String, scope: String?) in
            let attributes = (scope.map { " scope=\"\($0)\"" } ?? "") + (table.numeric.contains(index) ? " class=\"num\"" : "")
            return "<\(tag)\(attributes)>\(HTML.escape(text))</\(tag)>"
        }
        let row = { (cells: [String]) in
            "<tr>"
                + cells.enumerated().map { $0.offset == 0 ? cell("th", 0, $0.element, "row") : cell("td", $0.offset, $0.element, nil) }
                .joined() + "</tr>"
        }
        var out = "<table>"
        if let caption = table.caption { out += "<caption>\(HTML.escape(caption))</caption>" }
        out += "<thead><tr>" + table.header.enumerated().map { cell("th", $0.offset, $0.element, "col") }.joined() + "</tr></thead>"
        out += "<tbody>" + table.rows.map(row).joined() + "</tbody>"
        if let total = table.total { out += "<tfoot>" + row(total) + "</tfoot>" }
        return out + "</table>"
    }

    /// Fills for the series, each at least 3:1 against white (WCAG 1.4.11), told apart by the legend's words too.
    private static let fills = ["#1f4e79", "#b34700", "#2e6b30", "#6a3d9a"]

    private static func svg(_ chart: BarChart, id: String) -> String {
        let (width, labelWidth, barArea, barHeight, gap) = (680, 250, 300, 18, 10)
        let legendHeight = chart.series.count > 1 ? 24 : 0
        let rowHeight = chart.series.count * barHeight + gap
        let height = legendHeight + chart.categories.count * rowHeight + gap
        let largest = max(1, chart.series.flatMap(\.values).max() ?? 1)
        var out =
            "<figure class=\"chart\"><svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<title id=\"\(id)-title\">\(HTML.escape(chart.title))</title><desc id=\"\(id)-desc\">\(HTML.escape(chart.summary))</desc>"
        if chart.series.count > 1 {
            for (index, series) in chart.series.enumerated() {
                let x = labelWidth + index * 140
                out += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(fills[index % fills.count])\"/>"
                out += "<text x=\"\(x + 18)\" y=\"14\" class=\"legend\">\(HTML.escape(series.name))</text>"
            }
        }
        for (row, category) in chart.categories.enumerated() {
            let top = legendHeight + row * rowHeight + gap / 2
            let name = category.count > 34 ? String(category.prefix(33)) + "…" : category
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(top + chart.series.count * barHeight / 2 + 4)\" text-anchor=\"end\">"
            out += "\(HTML.escape(name))</text>"
            for (index, series) in chart.series.enumerated() {
                let value = index < series.values.count && row < series.values.count ? series.values[row] : 0
                let length = Int((Double(max(0, value)) / Double(largest) * Double(barArea)).rounded())
                let y = top + index * barHeight
                out +=
                    "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight - 2)\" fill=\"\(fills[index % fills.count])\"/>"
                let label = row < chart.labels[index].count ? chart.labels[index][row] : ""
                out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + barHeight - 4)\" class=\"value\">\(HTML.escape(label))</text>"
            }
        }
        return out + "</svg><figcaption>\(HTML.escape(chart.title))</figcaption></figure>"
    }

    private static func stylesheet(page: String, of: String) -> String {
        """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm;
          @bottom-right { content: "\(page) " counter(page) " \(of) " counter(pages); font: 9pt "DejaVu Sans", Arial, sans-serif; color: #333; } }
        html { font: 10.5pt/1.45 "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; background: #fff; }
        body { margin: 0; }
        main { max-width: 180mm; margin: 0 auto; }
        h1 { font-size: 20pt; margin: 0 0 4mm; color: #0b2f4f; }
        h2 { font-size: 14pt; margin: 8mm 0 3mm; color: #0b2f4f; border-bottom: 1px solid #8a8a8a; break-after: avoid; }
        h3 { font-size: 11.5pt; margin: 5mm 0 2mm; break-after: avoid; }
        blockquote { margin: 2mm 0 3mm; padding: 1mm 4mm; border-left: 3px solid #1f4e79; background: #f2f5f8; }
        p.note { color: #3d3d3d; }
        p.generated { color: #3d3d3d; margin-top: 0; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: 1mm 6mm; margin: 0 0 4mm; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9.5pt; }
        caption { text-align: left; font-weight: bold; padding-bottom: 1mm; }
        th, td { border-bottom: 1px solid #b3b3b3; padding: 1mm 2mm; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #1a1a1a; }
        tbody th { font-weight: normal; }
        tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #1a1a1a; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        tr, figure { break-inside: avoid; }
        thead { display: table-header-group; }
        figure.chart { margin: 2mm 0 3mm; }
        figure.chart svg { font: 12px "DejaVu Sans", Arial, sans-serif; fill: #1a1a1a; }
        figure.chart svg text.value, figure.chart svg text.legend { fill: #1a1a1a; }
        figcaption { font-size: 9pt; color: #3d3d3d; }
        @media screen { main { padding: 10mm; } }

        """
    }
}

/// Writing HTML text and attribute values.
public enum HTML {
    /// The text with `&`, `<`, `>`, `"` and `'` as character references.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
