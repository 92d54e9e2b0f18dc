import Foundation
import GRDB
import SamordnaDomain

/// Narratives of the reports: written by admins and the editors of the assignment's coordinator; everyone reads. A
/// narrative of a part names a part of the same assignment.
struct ReportNarrativeTable: ResourceTable {
    typealias Resource = ReportNarrative

    static let resourceType = "reportNarrative"
    static let listSpec = ListSpec(
        table: "reportNarratives",
        filters: ReportNarrativeFilter.self,
        sortColumns: ["from": "periodFrom", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "from",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .assignmentId: .identifier("assignmentId")
        case .assignmentPartId: .identifier("assignmentPartId")
        }
    }

    static let references: [Reference] = [
        .column("assignmentId", to: "assignments"), .column("assignmentPartId", to: "assignmentParts"),
    ]

    static let fields: [Field<ReportNarrative>] = [
        .value("assignmentId", { $0.assignmentId }, { $0.assignmentId }),
        .value("assignmentPartId", { $0.assignmentPartId }, { $0.assignmentPartId }),
        .value("from", column: "periodFrom", { $0.from }, { $0.from }), .value("to", column: "periodTo", { $0.to }, { $0.to }),
        .value("textSv", { $0.textSv }, { $0.textSv }), .value("textEn", { $0.textEn }, { $0.textEn }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> ReportNarrative {
        ReportNarrative(
            id: try row.identifier("id"), assignmentId: try row.identifier("assignmentId"),
            assignmentPartId: try row.optionalIdentifier("assignmentPartId"), from: try row.requiredDate("periodFrom"),
            to: try row.requiredDate("periodTo"), textSv: row["textSv"], textEn: row["textEn"], version: row["version"],
            createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: ReportNarrativeInput, replacing existing: ReportNarrative?, by principal: Principal, in db: Database) throws {
        try FinanceOwnership.requireKeeper(of: [input.assignmentId, existing?.assignmentId].compactMap { $0 }, by: principal, in: db)
    }

    func prepare(_ input: ReportNarrativeInput, replacing existing: ReportNarrative?, in db: Database, now: Date) throws
        -> ReportNarrativeInput
    {
        var v = Validator()
        let validated = try v.include { try input.validated() } ?? input
        if let part = input.assignmentPartId,
            let owner = try String.fetchOne(
                db, sql: "SELECT assignmentId FROM assignmentParts WHERE id = ?", arguments: [part.description]),
            owner != input.assignmentId.description
        {
            v.add("assignmentPartId", "partOfAnotherAssignment", "The part belongs to another assignment.")
        }
        try v.check()
        return validated
    }

    func prepareDelete(_ narrative: ReportNarrative, by principal: Principal, in db: Database, now: Date) throws {
        try FinanceOwnership.requireKeeper(of: [narrative.assignmentId], by: principal, in: db)
    }
}
