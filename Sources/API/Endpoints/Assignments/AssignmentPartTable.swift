import Foundation
import GRDB
import SamordnaDomain

/// The parts (duties) of assignments: everyone reads, admins add and edit.
struct AssignmentPartTable: ResourceTable {
    typealias Resource = AssignmentPart

    static let resourceType = "assignment part"
    static let listSpec = ListSpec(
        table: "assignmentParts",
        filters: ["assignmentId": .identifier("assignmentId"), "code": ListSpec.Filter(column: "code")],
        sortColumns: ["position": "position", "code": "code", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "position",
        searchColumn: nil)

    static func decode(_ row: Row) throws -> AssignmentPart {
        AssignmentPart(
            id: try row.identifier("id"), assignmentId: try row.identifier("assignmentId"), code: row["code"],
            summarySv: row["summarySv"], summaryEn: row["summaryEn"], position: row["position"], version: row["version"],
            createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func columns(_ input: AssignmentPartInput) -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("assignmentId", input.assignmentId.description), ("code", input.code), ("summarySv", input.summarySv),
            ("summaryEn", input.summaryEn), ("position", input.position),
        ]
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
        if try !ReferenceCheck.exists("assignments", id: input.assignmentId.description, in: db) {
            throw DomainError.validationFailed([
                ValidationIssue(field: "assignmentId", code: "unknownAssignment", detail: "No assignment with id \(input.assignmentId).")
            ])
        }
        if try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM assignmentParts WHERE assignmentId = ? AND code = ? AND id != ? AND deletedAt IS NULL)",
            arguments: [input.assignmentId.description, input.code, existing?.id.description ?? ""]) ?? false
        {
            throw DomainError.conflict(code: "duplicate-code", detail: "The assignment already has a part with the code \(input.code).")
        }
        return input
    }

    func prepareDelete(_ part: AssignmentPart, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete assignment parts")
        let uses =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM forums f WHERE f.deletedAt IS NULL
                                AND EXISTS (SELECT 1 FROM json_each(f.assignmentPartIds) WHERE value = ?1))
                         + (SELECT COUNT(*) FROM meetings m WHERE m.deletedAt IS NULL
                                AND EXISTS (SELECT 1 FROM json_each(m.assignmentPartIds) WHERE value = ?1))
                    """, arguments: [part.id.description]) ?? 0
        if uses > 0 {
            throw DomainError.conflict(code: "in-use", detail: "Forums or meetings are linked to this part; unlink them first.")
        }
    }
}

extension AssignmentPart: StoredResource {
    static let csvColumns = ["id", "assignmentId", "code", "summarySv", "summaryEn", "position", "version", "createdAt", "updatedAt"]
    var csvValues: [String?] {
        [
            idText, assignmentId.description, code, summarySv, summaryEn, String(position), String(version),
            Timestamp.format(createdAt), Timestamp.format(updatedAt),
        ]
    }
}
