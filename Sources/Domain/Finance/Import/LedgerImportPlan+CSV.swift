import Foundation

extension LedgerImportPlan {
    /// The columns a ledger CSV must have: the writable fields of an entry that are required.
    public static let requiredColumns = ["date", "amount", "kind", "costCategory", "fundingSource", "description", "voucherReference"]
    /// The columns it may have: the other writable fields, and what the export adds (read but not imported).
    public static let optionalColumns = ["appropriation", "initiativeId", "payeeId", "reversesId"]
    static let exportedColumns = ["id", "assignmentId", "reversedById", "version", "createdAt", "updatedAt"]

    /// The entries of a ledger CSV as `GET /v1/transactions?format=csv` writes it (UTF-8, optional BOM, `;` or `,`,
    /// a header of camelCase names, amounts in öre): one entry per row. A free-text cell the export guarded against
    /// formulas (`'=…`) is read back without the guard. An `assignmentId` column, where filled, must name the
    /// import's assignment.
    public static func csv(_ bytes: [UInt8], _ input: LedgerImportInput) -> LedgerImportPlan {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let table = DelimitedText.rows(text, separator: firstLine.contains(";") ? ";" : ",").filter { $0 != [""] }
        guard let header = table.first else {
            return LedgerImportPlan(
                rows: [], rowsRead: 0, rowsSkipped: 0,
                issues: [ValidationIssue(field: "content", code: "empty", detail: "The CSV has no header row.")])
        }
        var issues: [ValidationIssue] = []
        let known = Set(requiredColumns + optionalColumns + exportedColumns)
        for column in header where !known.contains(column) {
            issues.append(ValidationIssue(field: "rows[1]", code: "unknownColumn", detail: "Unknown column \(column)."))
        }
        for column in requiredColumns where !header.contains(column) {
            issues.append(ValidationIssue(field: "rows[1]", code: "missingColumn", detail: "The column \(column) is required."))
        }
        guard issues.isEmpty else { return LedgerImportPlan(rows: [], rowsRead: 0, rowsSkipped: 0, issues: issues) }

        var rows: [Row] = []
        for (index, cells) in table.dropFirst().enumerated() {
            let number = index + 2
            let cell = { (column: String) -> String? in
                guard let position = header.firstIndex(of: column), position < cells.count, !cells[position].isEmpty else { return nil }
                return unguarded(cells[position])
            }
            let problem = { (column: String, code: String, detail: String) in
                issues.append(ValidationIssue(field: "rows[\(number)].\(column)", code: code, detail: detail))
            }
            if cells.count != header.count {
                problem("row", "columnCount", "The row has \(cells.count) cells; the header \(header.count).")
            }
            if let assignment = cell("assignmentId"), assignment != input.assignmentId.description {
                problem("assignmentId", "otherAssignment", "The row belongs to another assignment than the import's.")
            }
            let required = requiredColumns.map { ($0, cell($0)) }
            for (column, value) in required where value == nil { problem(column, "required", "\(column) is required.") }
            let date = cell("date").flatMap(CalendarDate.init)
            let amount = cell("amount").flatMap { Int64($0) }
            let kind = cell("kind").flatMap(LedgerTransaction.Kind.init)
            let category = cell("costCategory").flatMap(CostCategory.init)
            let source = cell("fundingSource").flatMap(FundingSource.init)
            let identifiers = ["initiativeId", "payeeId", "reversesId"].map { column in
                (column, cell(column), cell(column).map { UUID(uuidString: $0) != nil } ?? true)
            }
            if cell("date") != nil && date == nil { problem("date", "invalidDate", "date is YYYY-MM-DD.") }
            if cell("amount") != nil && amount == nil { problem("amount", "notOre", "amount is whole öre, e.g. 1250000 for 12 500,00 kr.") }
            if cell("kind") != nil && kind == nil {
                problem("kind", "invalidValue", "kind is one of \(LedgerTransaction.Kind.allCases.map(\.rawValue)).")
            }
            if cell("costCategory") != nil && category == nil {
                problem("costCategory", "invalidValue", "costCategory is one of \(CostCategory.allCases.map(\.rawValue)).")
            }
            if cell("fundingSource") != nil && source == nil {
                problem("fundingSource", "invalidValue", "fundingSource is one of \(FundingSource.allCases.map(\.rawValue)).")
            }
            for (column, _, valid) in identifiers where !valid { problem(column, "invalidId", "\(column) is a UUID.") }
            guard let date, let amount, let kind, let category, let source, let description = cell("description"),
                let voucher = cell("voucherReference"), identifiers.allSatisfy(\.2)
            else { continue }
            rows.append(
                Row(
                    line: number,
                    entry: LedgerTransactionInput(
                        assignmentId: input.assignmentId, date: date, amount: amount, kind: kind, costCategory: category,
                        fundingSource: source, appropriation: cell("appropriation"),
                        initiativeId: cell("initiativeId").flatMap(Initiative.ID.init),
                        description: description, voucherReference: voucher, payeeId: cell("payeeId").flatMap(Organisation.ID.init),
                        reversesId: cell("reversesId").flatMap(LedgerTransaction.ID.init))))
        }
        return LedgerImportPlan(rows: rows, rowsRead: table.count - 1, rowsSkipped: 0, issues: issues)
    }

    /// A cell without the export's formula guard (`'` before `=`, `+`, `-`, `@`, tab or carriage return).
    static func unguarded(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let next = cell.dropFirst().first, "=+-@\t\r".contains(next) else { return cell }
        return String(cell.dropFirst())
    }
}
