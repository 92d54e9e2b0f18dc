import Foundation

/// Reading delimited text (RFC 4180 CSV, with `,` or `;`): fields in double quotes may hold the separator, line breaks
/// and `""` for a quote; `\r\n` and `\n` end a row.
public enum DelimitedText {
    /// The rows of `text`, each a list of fields.
    public static func rows(_ text: String, separator: Character = ",") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.replacingOccurrences(of: "\r\n", with: "\n").makeIterator()
        while let c = iterator.next() {
            if quoted {
                guard c == "\"" else {
                    field.append(c)
                    continue
                }
                guard let next = iterator.next() else {
                    quoted = false
                    break
                }
                if next == "\"" {
                    field.append("\"")
                    continue
                }
                quoted = false
                if next == separator {
                    row.append(field)
                    field = ""
                } else if next == "\n" {
                    row.append(field)
                    rows.append(row)
                    (row, field) = ([], "")
                } else {
                    field.append(next)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == separator {
                row.append(field)
                field = ""
            } else if c == "\n" {
                row.append(field)
                rows.append(row)
                (row, field) = ([], "")
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
