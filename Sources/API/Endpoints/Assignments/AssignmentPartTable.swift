import Foundation
import GRDB
import SamordnaDomain

/// The parts (duties) of assignments: everyone reads, admins add and edit.
struct AssignmentPartTable: ResourceTable {
    typealias Resource = AssignmentPart

    static let resourceType = "assignmentPart"
    static let listSpec = ListSpec(
        table: "assignmentParts",
        filters: AssignmentPartFilter.self,
        sortColumns: ["position": "position", "code": "code", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "position",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .assignmentId: .identifier("assignmentId")
        case .code: ListSpec.Filter(column: "code")
        }
    }

    static let references: [Reference] = [.column("assignmentId", to: "assignments")]

    static let fields: [Field<AssignmentPart>] = [
        .value("assignmentId", { $0.assignmentId }, { $0.assignmentId }), .value("code", { $0.code }, { $0.code }),
        .value("summarySv", { $0.summarySv }, { $0.summarySv }), .value("summaryEn", { $0.summaryEn }, { $0.summaryEn }),
        .value("textSv", { $0.textSv }, { $0.textSv }), .value("position", { $0.position }, { $0.position }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> AssignmentPart {
        AssignmentPart(
            id: try row.identifier("id"), assignmentId: try row.identifier("assignmentId"), code: row["code"],
            summarySv: row["summarySv"], summaryEn: row["summaryEn"], textSv: row["textSv"], position: row["position"],
            version: row["version"],
            createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: AssignmentPartInput, replacing existing: AssignmentPart?, by principal: Principal, in db: Database) throws {
        try principal.requireAdmin(existing == nil ? "add assignment parts" : "edit assignment parts")
    }

    func prepare(_ input: AssignmentPartInput, replacing existing: AssignmentPart?, in db: Database, now: Date) throws
        -> AssignmentPartInput
    {
        try input.validate()
        if let existing, existing.assignmentId != input.assignmentId {
            throw DomainError.validationFailed([
                ValidationIssue(field: "assignmentId", code: "immutable", detail: "A part cannot move to another assignment.")
            ])
        }
        if try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM assignmentParts WHERE assignmentId = ? AND code = ? AND id != ? AND deletedAt IS NULL)",
            arguments: [input.assignmentId.description, input.code, existing?.id.description ?? ""]) ?? false
        {
            throw DomainError.conflict(.duplicateCode, detail: "The assignment already has a part with the code \(input.code).")
        }
        return input
    }

    func prepareDelete(_ part: AssignmentPart, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete assignment parts")
    }
}
