import Foundation
import SamordnaDomain

/// Reads the seed CSV files: comma-separated, a header row, double-quoted fields where needed.
enum CSVReader {
    /// The rows as dictionaries keyed by the header's names.
    static func records(_ text: String) -> [[String: String]] {
        let rows = parse(text)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().filter { $0 != [""] }.map { row in
            Dictionary(zip(header, row).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
        }
    }

    static func parse(_ text: String) -> [[String]] { DelimitedText.rows(text, separator: ",") }
}
