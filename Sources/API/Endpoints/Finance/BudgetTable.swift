import Foundation
import GRDB
import SamordnaDomain

/// Budget lines: kept by admins and the editors of the assignment's coordinator; everyone reads. A change of amount
/// is a revision with its reason, appended to the line's history in the same transaction.
struct BudgetTable: ResourceTable {
    typealias Resource = Budget

    static let resourceType = "budget"
    static let revisions = LinkTable(
        table: "budgetRevisions", ownerColumn: "budgetId", valueColumn: "previousAmount", extraColumns: ["amount", "reason", "revisedAt"],
        isWritable: false)
    static let listSpec = ListSpec(
        table: "budgets",
        filters: BudgetFilter.self,
        sortColumns: [
            "fiscalYear": "fiscalYear", "costCategory": "costCategory", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id",
        ],
        defaultSort: "fiscalYear",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .assignmentId: .identifier("assignmentId")
        case .initiativeId: .identifier("initiativeId")
        case .fiscalYear: ListSpec.Filter(column: "fiscalYear", values: .pattern("^[0-9]{4}$"))
        case .costCategory: .enumeration("costCategory", CostCategory.self)
        case .fundingSource: .enumeration("fundingSource", FundingSource.self)
        }
    }

    static let references: [Reference] = [.column("assignmentId", to: "assignments"), .column("initiativeId", to: "initiatives")]
    static let histories = [revisions]

    static let fields: [Field<Budget>] = [
        .value("assignmentId", { $0.assignmentId }, { $0.assignmentId }), .value("initiativeId", { $0.initiativeId }, { $0.initiativeId }),
        .value("fiscalYear", { $0.fiscalYear }, { $0.fiscalYear }), .value("costCategory", { $0.costCategory }, { $0.costCategory }),
        .value("fundingSource", { $0.fundingSource }, { $0.fundingSource }),
        .value("appropriation", { $0.appropriation }, { $0.appropriation }), .value("amount", { $0.amount }, { $0.amount }),
        .value("note", { $0.note }, { $0.note }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Budget {
        Budget(
            id: try row.identifier("id"), assignmentId: try row.identifier("assignmentId"),
            initiativeId: try row.optionalIdentifier("initiativeId"),
            fiscalYear: row["fiscalYear"], costCategory: try row.value("costCategory"), fundingSource: try row.value("fundingSource"),
            appropriation: row["appropriation"], amount: row["amount"], note: row["note"],
            revisions: links.values(revisions) {
                Budget.Revision(
                    previousAmount: $0["previousAmount"], amount: $0["amount"], reason: $0["reason"], revisedAt: $0.date("revisedAt"))
            },
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: BudgetInput, replacing existing: Budget?, by principal: Principal, in db: Database) throws {
        try FinanceOwnership.requireKeeper(of: [input.assignmentId, existing?.assignmentId].compactMap { $0 }, by: principal, in: db)
    }

    /// One line per assignment, initiative, year, category, source and appropriation: a second is a conflict.
    func prepare(_ input: BudgetInput, replacing existing: Budget?, in db: Database, now: Date) throws -> BudgetInput {
        let validated = try input.validated(replacing: existing)
        let twin = try String.fetchOne(
            db,
            sql: """
                SELECT id FROM budgets WHERE deletedAt IS NULL AND assignmentId = ? AND initiativeId IS ? AND fiscalYear = ?
                AND costCategory = ? AND fundingSource = ? AND appropriation IS ? AND id IS NOT ?
                """,
            arguments: [
                input.assignmentId.description, input.initiativeId?.description, input.fiscalYear, input.costCategory.rawValue,
                input.fundingSource.rawValue, input.appropriation, existing?.idText,
            ])
        if let twin {
            throw DomainError.conflict(
                .conflict, detail: "Budget line \(twin) already holds this year, category, source and appropriation; revise it.")
        }
        return validated
    }

    /// A change of amount joins the revisions.
    func recordDerivedLinks(id: String, _ input: BudgetInput, replacing existing: Budget?, in db: Database, now: Date) throws {
        guard let existing, existing.amount != input.amount, let reason = input.revisionReason else { return }
        try LinkLoader.append(
            [existing.amount, input.amount, reason, DatabaseTime.milliseconds(now)], to: Self.revisions, owner: id, in: db)
    }

    func prepareDelete(_ budget: Budget, by principal: Principal, in db: Database, now: Date) throws {
        try FinanceOwnership.requireKeeper(of: [budget.assignmentId], by: principal, in: db)
    }
}

/// Who keeps an assignment's books: admins and the editors of its coordinating organisation.
enum FinanceOwnership {
    /// Throws `forbidden` unless the principal keeps the books of every named assignment (an assignment that does not
    /// exist is left to the reference check).
    static func requireKeeper(of assignments: [Assignment.ID], by principal: Principal, in db: Database) throws {
        if principal.isAdmin { return }
        for id in Set(assignments) {
            guard
                let coordinator = try String.fetchOne(
                    db, sql: "SELECT coordinatorId FROM assignments WHERE id = ?", arguments: [id.description])
            else { continue }
            try principal.requireEdit(ownedBy: Organisation.ID(coordinator)!, "keep the assignment's books")
        }
    }
}
