import Foundation
import GRDB
import SamordnaDomain

/// The ledger: entries are booked by admins and the editors of the assignment's coordinator, read by everyone, and
/// never changed or deleted (the routes offer neither). A reversing entry marks the original `reversedById` through
/// `Repository`, in the same transaction; an entry is reversed at most once (409).
struct LedgerTransactionTable: ResourceTable {
    typealias Resource = LedgerTransaction

    static let resourceType = "ledgerTransaction"
    static let listSpec = ListSpec(
        table: "ledgerTransactions",
        filters: LedgerTransactionFilter.self,
        sortColumns: [
            "date": "date", "voucherReference": "voucherReference", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id",
        ],
        defaultSort: "date",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .assignmentId: .identifier("assignmentId")
        case .initiativeId: .identifier("initiativeId")
        case .kind: .enumeration("kind", LedgerTransaction.Kind.self)
        case .costCategory: .enumeration("costCategory", CostCategory.self)
        case .fundingSource: .enumeration("fundingSource", FundingSource.self)
        case .fiscalYear: ListSpec.Filter(column: "fiscalYear", values: .pattern("^[0-9]{4}$"))
        case .from: .date("date", ">=")
        case .to: .date("date", "<=")
        case .voucherReference: ListSpec.Filter(column: "voucherReference")
        case .reversal: .flag("reversesId IS NOT NULL")
        }
    }

    static let references: [Reference] = [
        .column("assignmentId", to: "assignments"), .column("initiativeId", to: "initiatives"), .column("payeeId", to: "organisations"),
        .column("reversesId", to: "ledgerTransactions"), .column("reversedById", to: "ledgerTransactions"),
    ]

    static let fields: [Field<LedgerTransaction>] = [
        .value("assignmentId", { $0.assignmentId }, { $0.assignmentId }), .value("date", { $0.date }, { $0.date }),
        .stored("fiscalYear") { $0.date.year }, .value("amount", { $0.amount }, { $0.amount }), .value("kind", { $0.kind }, { $0.kind }),
        .value("costCategory", { $0.costCategory }, { $0.costCategory }),
        .value("fundingSource", { $0.fundingSource }, { $0.fundingSource }),
        .value("appropriation", { $0.appropriation }, { $0.appropriation }),
        .value("initiativeId", { $0.initiativeId }, { $0.initiativeId }), .value("description", { $0.description }, { $0.description }),
        .value("voucherReference", { $0.voucherReference }, { $0.voucherReference }), .value("payeeId", { $0.payeeId }, { $0.payeeId }),
        .value("reversesId", { $0.reversesId }, { $0.reversesId }), .serverKept("reversedById") { $0.reversedById?.description },
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> LedgerTransaction {
        LedgerTransaction(
            id: try row.identifier("id"), assignmentId: try row.identifier("assignmentId"), date: try row.requiredDate("date"),
            amount: row["amount"], kind: try row.value("kind"), costCategory: try row.value("costCategory"),
            fundingSource: try row.value("fundingSource"), appropriation: row["appropriation"],
            initiativeId: try row.optionalIdentifier("initiativeId"), description: row["description"],
            voucherReference: row["voucherReference"], payeeId: try row.optionalIdentifier("payeeId"),
            reversesId: try row.optionalIdentifier("reversesId"), reversedById: try row.optionalIdentifier("reversedById"),
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: LedgerTransactionInput, replacing existing: LedgerTransaction?, by principal: Principal, in db: Database) throws
    {
        try FinanceOwnership.requireKeeper(of: [input.assignmentId], by: principal, in: db)
    }

    /// The rules of a booking: the voucher is unused in its fiscal year; a reversal is the opposite of a live entry
    /// not yet reversed.
    func prepare(_ input: LedgerTransactionInput, replacing existing: LedgerTransaction?, in db: Database, now: Date) throws
        -> LedgerTransactionInput
    {
        let original = try input.reversesId.flatMap { try Repository(table: Self()).find($0.description, in: db) }
        let validated = try input.validated(today: CalendarDate(now), reversing: original)
        if let reversed = original?.reversedById {
            throw DomainError.conflict(.conflict, detail: "The entry is already reversed by \(reversed); an entry is reversed once.")
        }
        if try db.existsCached(
            "SELECT 1 FROM ledgerTransactions WHERE fiscalYear = ? AND voucherReference = ?",
            arguments: [input.date.year, input.voucherReference])
        {
            throw DomainError.conflict(
                .conflict,
                detail: "Voucher \(input.voucherReference) is already booked in \(input.date.year); a voucher is unique per fiscal year.")
        }
        return validated
    }

    /// A reversal marks the original as reversed (a new version of it, like any change).
    func applyConsequences(
        id: String, _ input: LedgerTransactionInput, replacing existing: LedgerTransaction?, by principal: Principal?, in db: Database,
        now: Date
    ) throws {
        guard existing == nil, let original = input.reversesId else { return }
        try Repository(table: Self()).updateServerState(
            original.description, columns: [("reversedById", id)], by: principal, in: db, now: now)
    }

    func prepareDelete(_ entry: LedgerTransaction, by principal: Principal, in db: Database, now: Date) throws {
        throw DomainError.forbidden("A ledger entry is never deleted; book a reversing entry instead.")
    }
}
