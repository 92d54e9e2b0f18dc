import Crypto
import Foundation
import GRDB
import SamordnaDomain

/// Ledger imports: admins and the editors of the assignment's coordinator import; everyone reads. An import books
/// every row of the file as a ledger entry through `Repository` (each with its version and change-log entry, by the
/// booking rules: voucher unique per fiscal year, not dated ahead, references that exist), in the transaction that
/// records the import, all or none: the rows' errors are gathered, each named by its line (SIE, `lines[N]`) or row
/// (CSV, `rows[N]`, the header being row 1), and thrown together. The file is not kept; its SHA-256 and its totals
/// per voucher series and month are, for the reconciliation. Never changed or deleted (the routes offer neither).
struct LedgerImportTable: ResourceTable {
    typealias Resource = LedgerImport

    static let resourceType = "ledgerImport"
    static let totals = LinkTable(
        table: "ledgerImportTotals", ownerColumn: "importId", valueColumn: "series", extraColumns: ["month", "amount", "entries"],
        isWritable: false)
    static let listSpec = ListSpec(
        table: "ledgerImports",
        filters: LedgerImportFilter.self,
        sortColumns: ["createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "createdAt",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .assignmentId: .identifier("assignmentId")
        }
    }

    static let references: [Reference] = [.column("assignmentId", to: "assignments")]
    static let histories = [totals]

    static let fields: [Field<LedgerImport>] = [
        .value("assignmentId", { $0.assignmentId }, { $0.assignmentId }), .value("format", { $0.format }, { $0.format }),
        .value("fileName", { $0.fileName }, { $0.fileName }),
        .stored("fileSha256") { input in input.bytes.map { Hex.string(SHA256.hash(data: $0)) } ?? "" },
        .stored("accounts") { JSONColumn.text($0.accounts ?? []) }, .stored("objects") { JSONColumn.text($0.objects ?? []) },
        .serverKept("rowsRead") { String($0.rowsRead) }, .serverKept("rowsSkipped") { String($0.rowsSkipped) },
        .serverKept("entriesCreated") { String($0.entriesCreated) },
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> LedgerImport {
        LedgerImport(
            id: try row.identifier("id"), assignmentId: try row.identifier("assignmentId"), format: try row.value("format"),
            fileName: row["fileName"], fileSha256: row["fileSha256"], accounts: try row.json("accounts", as: [AccountMapping].self) ?? [],
            objects: try row.json("objects", as: [ObjectMapping].self) ?? [], rowsRead: row["rowsRead"], rowsSkipped: row["rowsSkipped"],
            entriesCreated: row["entriesCreated"],
            totals: links.values(totals) {
                LedgerImport.Total(series: $0["series"], month: $0["month"], amount: $0["amount"], entries: $0["entries"])
            },
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: LedgerImportInput, replacing existing: LedgerImport?, by principal: Principal, in db: Database) throws {
        try FinanceOwnership.requireKeeper(of: [input.assignmentId], by: principal, in: db)
    }

    func prepare(_ input: LedgerImportInput, replacing existing: LedgerImport?, in db: Database, now: Date) throws -> LedgerImportInput {
        try input.validated()
    }

    /// Books the file's rows, all or none, and records the counts and the totals.
    func applyConsequences(
        id: String, _ input: LedgerImportInput, replacing existing: LedgerImport?, by principal: Principal?, in db: Database, now: Date
    ) throws {
        guard existing == nil, let bytes = input.bytes else { return }
        let plan = input.format == .sie4 ? LedgerImportPlan.sie(SIEFile(bytes: bytes), input) : LedgerImportPlan.csv(bytes, input)
        guard plan.issues.isEmpty else { throw DomainError.validationFailed(plan.issues) }
        let prefix = input.format == .sie4 ? "lines" : "rows"
        var issues: [ValidationIssue] = []
        let ledger = Repository(table: LedgerTransactionTable())
        for row in plan.rows {
            let place = "\(prefix)[\(row.line)]"
            do {
                try db.inSavepoint {
                    _ = try ledger.create(row.entry, by: principal, in: db, now: now)
                    return .commit
                }
            } catch DomainError.validationFailed(let found) {
                issues += found.map { ValidationIssue(field: "\(place).\($0.field)", code: $0.code, detail: $0.detail) }
            } catch DomainError.conflict(_, let detail) {
                issues.append(ValidationIssue(field: "\(place).voucherReference", code: "conflict", detail: detail))
            }
        }
        guard issues.isEmpty else { throw DomainError.validationFailed(issues) }
        if plan.rows.isEmpty {
            throw DomainError.validationFailed([
                ValidationIssue(field: "content", code: "noEntries", detail: "The file has no rows to book.")
            ])
        }
        for total in plan.totals {
            try LinkLoader.append([total.series, total.month, total.amount, total.entries], to: Self.totals, owner: id, in: db)
        }
        try db.execute(
            sql: "UPDATE ledgerImports SET rowsRead = ?, rowsSkipped = ?, entriesCreated = ? WHERE id = ?",
            arguments: [plan.rowsRead, plan.rowsSkipped, plan.rows.count, id])
    }

    func prepareDelete(_ ledgerImport: LedgerImport, by principal: Principal, in db: Database, now: Date) throws {
        throw DomainError.forbidden("An import is never deleted; its entries are corrected by reversing entries.")
    }
}

extension LedgerImport.Format: RawFieldValue {}
