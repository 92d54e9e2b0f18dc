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

    static func decode(_ row: Row, links: LinkedRows) throws -> Assignment {
        Assignment(
            id: try row.identifier("id"), title: row["title"], principalId: try row.identifier("principalId"),
            coordinatorId: try row.identifier("coordinatorId"), decisionDate: try row.calendarDate("decisionDate"),
            caseNumber: row["caseNumber"], period: try row.json("period", as: DatePeriod.self),
            reportingObligations: try row.json("reportingObligations", as: [ReportingObligation].self) ?? [],
            decisionText: row["decisionText"], version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func columns(_ input: AssignmentInput) -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("title", input.title), ("nameSortKey", SwedishCollation.sortKey(input.title)),
            ("principalId", input.principalId.description), ("coordinatorId", input.coordinatorId.description),
            ("decisionDate", input.decisionDate?.description), ("caseNumber", input.caseNumber),
            ("period", input.period.flatMap(JSONColumn.text)), ("reportingObligations", JSONColumn.text(input.reportingObligations ?? [])),
            ("decisionText", input.decisionText),
        ]
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

extension Assignment: StoredResource {
    static let csvColumns = [
        "id", "title", "principalId", "coordinatorId", "decisionDate", "caseNumber", "periodStart", "periodEnd", "reportingObligations",
        "version", "createdAt", "updatedAt",
    ]
    var csvValues: [String?] {
        [
            idText, title, principalId.description, coordinatorId.description, decisionDate?.description, caseNumber,
            period?.start.description, period?.end?.description,
            reportingObligations.map { "\($0.kind.rawValue):\($0.dueDate?.description ?? $0.cadence?.rawValue ?? "")" }
                .joined(separator: ","),
            String(version), Timestamp.format(createdAt), Timestamp.format(updatedAt),
        ]
    }
}
