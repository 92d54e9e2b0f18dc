/// CSV as Swedish Excel opens it: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends,
/// fields quoted when they hold `;`, quotes or line breaks. Cells that a spreadsheet would run as a
/// formula (beginning with `=`, `+`, `-`, `@`, or a tab or carriage return before one, as OWASP lists them) are
/// prefixed with `'`; numbers stay numbers.
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
        var value = value
        // A number (with a decimal point or, for Swedish Excel, a decimal comma) is written as it is, negative or not.
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            Double(value.replacingOccurrences(of: ",", with: ".")) == nil
        {
            value = "'" + value
        }
        if value.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
