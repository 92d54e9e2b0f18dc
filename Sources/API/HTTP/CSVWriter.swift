/// CSV as Swedish Excel opens it: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends,
/// fields quoted when they hold `;`, quotes or line breaks. Cells that a spreadsheet would run as a
/// formula are guarded (`CSVFormulaGuard`); numbers stay numbers.
enum CSVWriter {
    static func document(header: [String], rows: [[String?]]) -> String {
        var out = "\u{FEFF}"
        out += header.map(field).joined(separator: ";") + "\r\n"
        for row in rows {
            out += row.map { field($0 ?? "") }.joined(separator: ";") + "\r\n"
        }
        return out
    }

    static func field(_ value: String) -> String {
        let value = CSVFormulaGuard.guarded(value)
        if value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}

/// Cells a spreadsheet would run as a formula (beginning with `=`, `+`, `-`, `@`, a tab or a carriage return, as OWASP
/// lists them) are written with a `'` before them, and read back without it, so that an export imports unchanged. A
/// number (with a decimal point or, for Swedish Excel, a decimal comma) is written as it is, negative or not. A text
/// that itself begins with `'` before such a character gets one more, so that reading back is never ambiguous.
enum CSVFormulaGuard {
    private static let triggers = "=+-@\t\r".unicodeScalars

    /// The cell as written.
    static func guarded(_ value: String) -> String {
        let quoted = value.hasPrefix("'")
        guard startsFormula(value), quoted || Double(value.replacingOccurrences(of: ",", with: ".")) == nil else { return value }
        return "'" + value
    }

    /// The value of a cell as read.
    static func unguarded(_ cell: String) -> String {
        cell.hasPrefix("'") && startsFormula(cell) ? String(cell.dropFirst()) : cell
    }

    /// Whether the text, past any leading `'`, begins with a formula character.
    private static func startsFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return triggers.contains(first)
    }
}
