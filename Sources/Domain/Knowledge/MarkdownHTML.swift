/// Markdown as sanitised HTML: the subset knowledge items are written in (headings, paragraphs, emphasis, code,
/// lists, block quotes, links), where every character of the text is escaped, so that raw HTML, scripts and event
/// attributes come out as text, and a link is kept only to an http, https or mailto address.
public enum MarkdownHTML {
    /// The HTML of a Markdown text.
    public static func render(_ markdown: String) -> String {
        var html: [String] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [String])?
        var quote: [String] = []
        var code: [String]?

        func flushParagraph() {
            if !paragraph.isEmpty { html.append("<p>" + inline(paragraph.joined(separator: "\n")) + "</p>") }
            paragraph = []
        }
        func flushList() {
            if let current = list {
                let tag = current.ordered ? "ol" : "ul"
                html.append("<\(tag)>" + current.items.map { "<li>" + inline($0) + "</li>" }.joined() + "</\(tag)>")
            }
            list = nil
        }
        func flushQuote() {
            if !quote.isEmpty { html.append("<blockquote>" + render(quote.joined(separator: "\n")) + "</blockquote>") }
            quote = []
        }
        func flushAll() {
            flushParagraph()
            flushList()
            flushQuote()
        }

        for rawLine in markdown.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            let trimmed = line.trimmingLeadingSpaces()
            if var lines = code {
                if trimmed.hasPrefix("```") {
                    html.append("<pre><code>" + escape(lines.joined(separator: "\n")) + "</code></pre>")
                    code = nil
                } else {
                    lines.append(line)
                    code = lines
                }
                continue
            }
            if trimmed.hasPrefix("```") {
                flushAll()
                code = []
            } else if trimmed.hasPrefix(">") {
                flushParagraph()
                flushList()
                quote.append(String(trimmed.dropFirst()).trimmingLeadingSpaces())
            } else if trimmed.isEmpty {
                flushAll()
            } else if let (level, text) = heading(trimmed) {
                flushAll()
                html.append("<h\(level)>" + inline(text) + "</h\(level)>")
            } else if let (ordered, text) = listItem(trimmed) {
                flushParagraph()
                flushQuote()
                if let current = list, current.ordered != ordered { flushList() }
                list = (ordered, (list?.items ?? []) + [text])
            } else if list != nil && line.hasPrefix("  ") {
                list!.items[list!.items.count - 1] += " " + trimmed
            } else {
                flushList()
                flushQuote()
                paragraph.append(trimmed)
            }
        }
        if let lines = code { html.append("<pre><code>" + escape(lines.joined(separator: "\n")) + "</code></pre>") }
        flushAll()
        return html.joined(separator: "\n")
    }

    /// `&`, `<`, `>`, `"` and `'` as entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, String(line.dropFirst(hashes + 1)).trimmingCharacters(in: " #"))
    }

    private static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, String(line.dropFirst(2)))
        }
        let digits = line.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return (true, String(rest.dropFirst(2)))
    }

    /// Inline Markdown: `code`, **strong**, *emphasis* (or with `_`), [text](url) and line breaks, over escaped text.
    static func inline(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let character = rest.first {
            if character == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                out += "<code>" + escape(String(rest[rest.index(after: rest.startIndex)..<end])) + "</code>"
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("**") || rest.hasPrefix("__"), let (inner, after) = delimited(rest, by: String(rest.prefix(2))) {
                out += "<strong>" + inline(inner) + "</strong>"
                rest = after
            } else if character == "*" || character == "_", let (inner, after) = delimited(rest, by: String(character)) {
                out += "<em>" + inline(inner) + "</em>"
                rest = after
            } else if character == "[", let (label, url, after) = link(rest) {
                if isSafe(url) {
                    out += "<a href=\"" + escape(url) + "\">" + inline(label) + "</a>"
                } else {
                    out += inline(label)
                }
                rest = after
            } else if character == "\n" {
                out += "<br>"
                rest = rest.dropFirst()
            } else {
                out += escape(String(character))
                rest = rest.dropFirst()
            }
        }
        return out
    }

    private static func delimited(_ text: Substring, by marker: String) -> (String, Substring)? {
        let body = text.dropFirst(marker.count)
        guard let first = body.first, first != " ", let range = body.range(of: marker), range.lowerBound != body.startIndex else {
            return nil
        }
        return (String(body[..<range.lowerBound]), body[range.upperBound...])
    }

    private static func link(_ text: Substring) -> (String, String, Substring)? {
        guard let close = text.firstIndex(of: "]") else { return nil }
        let afterLabel = text[text.index(after: close)...]
        guard afterLabel.first == "(", let end = afterLabel.firstIndex(of: ")") else { return nil }
        let label = String(text[text.index(after: text.startIndex)..<close])
        let url = String(afterLabel[afterLabel.index(after: afterLabel.startIndex)..<end]).trimmingCharacters(in: " ")
        return (label, url, afterLabel[afterLabel.index(after: end)...])
    }

    private static func isSafe(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:"))
            && !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }
}

extension String {
    fileprivate func trimmingLeadingSpaces() -> String { String(drop { $0 == " " || $0 == "\t" }) }
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
