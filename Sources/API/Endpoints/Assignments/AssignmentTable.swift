import Foundation
import GRDB
import SamordnaDomain

/// Government assignments: everyone reads, admins add and edit.
struct AssignmentTable: ResourceTable {
    typealias Resource = Assignment

    static let resourceType = "assignment"
    static let listSpec = ListSpec(
        table: "assignments",
        filters: AssignmentFilter.self,
        sortColumns: [
            "title": "nameSortKey", "decisionDate": "decisionDate", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id",
        ],
        defaultSort: "decisionDate",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .principalId: .identifier("principalId")
        case .coordinatorId: .identifier("coordinatorId")
        case .caseNumber: ListSpec.Filter(column: "caseNumber")
        }
    }

    static let references: [Reference] = [.column("principalId", to: "organisations"), .column("coordinatorId", to: "organisations")]

    static let fields: [Field<Assignment>] = [
        .value("title", { $0.title }, { $0.title }), .sortKey("nameSortKey", of: { $0.title }),
        .value("principalId", { $0.principalId }, { $0.principalId }), .value("coordinatorId", { $0.coordinatorId }, { $0.coordinatorId }),
        .value("decisionDate", { $0.decisionDate }, { $0.decisionDate }), .value("caseNumber", { $0.caseNumber }, { $0.caseNumber }),
        .stored("period") { $0.period.flatMap(JSONColumn.text) }, .exported("periodStart") { $0.period?.start.description },
        .exported("periodEnd") { $0.period?.end?.description },
        .stored("reportingObligations") { JSONColumn.text($0.reportingObligations ?? []) },
        .exported("reportingObligations") { record in
            record.reportingObligations.map { "\($0.kind.rawValue):\($0.dueDate?.description ?? $0.cadence?.rawValue ?? "")" }
                .joined(separator: ",")
        },
        .stored("decisionText") { $0.decisionText },
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Assignment {
        Assignment(
            id: try row.identifier("id"), title: row["title"], principalId: try row.identifier("principalId"),
            coordinatorId: try row.identifier("coordinatorId"), decisionDate: try row.calendarDate("decisionDate"),
            caseNumber: row["caseNumber"], period: try row.json("period", as: DatePeriod.self),
            reportingObligations: try row.json("reportingObligations", as: [ReportingObligation].self) ?? [],
            decisionText: row["decisionText"], version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: AssignmentInput, replacing existing: Assignment?, by principal: Principal, in db: Database) throws {
        try principal.requireAdmin(existing == nil ? "register assignments" : "edit assignments")
    }

    func prepare(_ input: AssignmentInput, replacing existing: Assignment?, in db: Database, now: Date) throws -> AssignmentInput {
        try input.validate()
        if let caseNumber = input.caseNumber,
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM assignments WHERE caseNumber = ? AND id != ? AND deletedAt IS NULL)",
                arguments: [caseNumber, existing?.id.description ?? ""]) ?? false
        {
            throw DomainError.conflict(.duplicateCaseNumber, detail: "Another assignment already has the case number \(caseNumber).")
        }
        return input
    }

    func prepareDelete(_ assignment: Assignment, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete assignments")
    }
}
