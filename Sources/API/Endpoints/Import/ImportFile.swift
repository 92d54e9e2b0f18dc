import Foundation
import SamordnaDomain

/// An import file read into rows: CSV exactly as the list exports it (`;`, an optional byte-order mark, the export's
/// column names, formula-guarded cells) or JSON Lines (one object per line, as the API writes a record). A row names
/// the record it updates by `id` (with `version` as the precondition) or, without one, creates.
struct ImportFile {
    /// One row: where it is in the file, and what it says.
    struct Row {
        /// `rows[N]` (CSV, the header being row 1) or `lines[N]` (JSON Lines), as errors name it.
        var place: String
        /// The line or row number.
        var number: Int
        var id: String?
        var version: JSONValue?
        /// The input's fields the row gives (null for an empty cell).
        var fields: [String: JSONValue]
        /// Cells that could not be read.
        var issues: [ValidationIssue]
    }

    /// The formats an import reads, by media type.
    enum Format: String {
        case csv = "text/csv"
        case jsonLines = "application/jsonl"

        /// The format of a `Content-Type`, or nil; `application/x-ndjson` is taken as JSON Lines.
        init?(contentType: String?) {
            switch contentType.flatMap(RequestBody.utf8MediaType) {
            case "text/csv": self = .csv
            case "application/jsonl", "application/x-ndjson", "application/x-jsonlines": self = .jsonLines
            default: return nil
            }
        }
    }

    var rows: [Row]

    /// The columns a CSV row may carry besides the fields: what the export writes around them.
    static let bookkeepingColumns: Set<String> = ["id", "version", "createdAt", "updatedAt"]

    /// Reads a CSV file against the resource's columns: `header` (every column the export writes) and `parse`, the
    /// columns the import reads (the others are kept by the server and ignored). Problems with the header are thrown.
    static func csv(_ text: String, header: [String], parse: [String: @Sendable (String) throws -> JSONValue]) throws -> ImportFile {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let table = DelimitedText.rows(String(text), separator: ";")
        guard let columns = table.first, columns != [""] else {
            throw DomainError.validationFailed([
                ValidationIssue(field: "rows[1]", code: "noHeader", detail: "The file needs the export's header row.")
            ])
        }
        var headerIssues: [ValidationIssue] = []
        let known = Set(header)
        for (index, name) in columns.enumerated() {
            if !known.contains(name) {
                headerIssues.append(
                    ValidationIssue(
                        field: "rows[1][\(index + 1)]", code: "unknownColumn", detail: "\(name) is not a column of this export."))
            } else if columns[..<index].contains(name) {
                headerIssues.append(
                    ValidationIssue(field: "rows[1][\(index + 1)]", code: "duplicateColumn", detail: "\(name) appears twice."))
            }
        }
        guard headerIssues.isEmpty else { throw DomainError.validationFailed(headerIssues) }
        var rows: [Row] = []
        for (offset, cells) in table.enumerated().dropFirst() where cells.contains(where: { !$0.isEmpty }) {
            let number = offset + 1
            var row = Row(place: "rows[\(number)]", number: number, fields: [:], issues: [])
            guard cells.count == columns.count else {
                row.issues.append(
                    ValidationIssue(
                        field: row.place, code: "wrongCellCount",
                        detail: "The row has \(cells.count) cells; the header has \(columns.count)."))
                rows.append(row)
                continue
            }
            for (name, raw) in zip(columns, cells) {
                let cell = CSVFormulaGuard.unguarded(raw)
                switch name {
                case "id": row.id = cell.isEmpty ? nil : cell
                case "version": row.version = cell.isEmpty ? nil : Int64(cell).map(JSONValue.integer) ?? .string(cell)
                default:
                    guard let read = parse[name] else { continue }
                    do {
                        row.fields[name] = try read(cell)
                    } catch let error as CSVCellError {
                        row.issues.append(ValidationIssue(field: "\(row.place).\(name)", code: error.code, detail: error.detail))
                    }
                }
            }
            rows.append(row)
        }
        return ImportFile(rows: rows)
    }

    /// Reads JSON Lines: each non-blank line one JSON object.
    static func jsonLines(_ text: String) -> ImportFile {
        var rows: [Row] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            var row = Row(place: "lines[\(number)]", number: number, fields: [:], issues: [])
            let data = Data(trimmed.utf8)
            guard let value = try? JSONDecoder().decode(JSONValue.self, from: data), var members = value.objectValue,
                DuplicateMemberScanner.firstDuplicate(in: data) == nil
            else {
                row.issues.append(ValidationIssue(field: row.place, code: "malformedJson", detail: "The line is not one JSON object."))
                rows.append(row)
                continue
            }
            if let id = members.removeValue(forKey: "id") {
                if case .string(let text) = id {
                    row.id = text
                } else if id != .null {
                    row.issues.append(ValidationIssue(field: "\(row.place).id", code: "wrongType", detail: "id must be a string."))
                }
            }
            row.version = members.removeValue(forKey: "version").flatMap { $0 == .null ? nil : $0 }
            for name in ["createdAt", "updatedAt"] { members.removeValue(forKey: name) }
            row.fields = members
            rows.append(row)
        }
        return ImportFile(rows: rows)
    }
}
