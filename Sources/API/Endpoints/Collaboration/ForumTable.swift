import Foundation
import GRDB
import SamordnaDomain

/// Forums: admins and editors of the convening organisation manage them; everyone reads.
struct ForumTable: ResourceTable {
    typealias Resource = Forum

    static let resourceType = "forum"
    static let listSpec = ListSpec(
        table: "forums",
        filters: [
            "kind": .enumeration("kind", ForumKind.self),
            "status": .enumeration("status", ForumStatus.self),
            "convenorId": .identifier("convenorId"),
            "county": .jsonArray("counties", values: .oneOf(Set(CountyCode.allCases.map(\.rawValue)))),
            "challengeArea": .challengeArea("challengeAreaIds"),
            "assignmentPart": .jsonArray("assignmentPartIds", values: .uuid, normalise: { $0.lowercased() }),
        ],
        sortColumns: [
            "name": "nameSortKey", "status": "status", "startDate": "startDate", "createdAt": "createdAt", "updatedAt": "updatedAt",
            "id": "id",
        ],
        defaultSort: "name",
        searchColumn: "nameSortKey")

    static func decode(_ row: Row) throws -> Forum {
        Forum(
            id: try row.identifier("id"), name: row["name"], purpose: row["purpose"], kind: try row.value("kind"),
            convenorId: try row.identifier("convenorId"), secretariatId: try row.optionalIdentifier("secretariatId"),
            counties: try row.json("counties", as: [CountyCode].self) ?? [],
            challengeAreaIds: try row.json("challengeAreaIds", as: [ChallengeArea.ID].self) ?? [],
            assignmentPartIds: try row.json("assignmentPartIds", as: [AssignmentPart.ID].self) ?? [], cadence: row["cadence"],
            status: try row.value("status"), startDate: try row.calendarDate("startDate"), endDate: try row.calendarDate("endDate"),
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func columns(_ input: ForumInput) -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("name", input.name), ("nameSortKey", SwedishCollation.sortKey(input.name)), ("purpose", input.purpose),
            ("kind", input.kind.rawValue), ("convenorId", input.convenorId.description),
            ("secretariatId", input.secretariatId?.description),
            ("counties", JSONColumn.text(input.counties ?? [])), ("challengeAreaIds", JSONColumn.text(input.challengeAreaIds ?? [])),
            ("assignmentPartIds", JSONColumn.text(input.assignmentPartIds ?? [])), ("cadence", input.cadence),
            ("status", (input.status ?? .planned).rawValue), ("startDate", input.startDate?.description),
            ("endDate", input.endDate?.description),
        ]
    }

    func authorise(_ input: ForumInput, replacing existing: Forum?, by principal: Principal, in db: Database) throws {
        if let existing { try principal.requireEdit(ownedBy: existing.convenorId, "change this forum") }
        try principal.requireEdit(ownedBy: input.convenorId, "register forums convened by this organisation")
    }

    func prepare(_ input: ForumInput, replacing existing: Forum?, in db: Database, now: Date) throws -> ForumInput {
        var v = Validator()
        let validated = try v.include { try input.validated(replacing: existing?.status) } ?? input
        try ReferenceCheck.organisation(input.convenorId, field: "convenorId", in: db, into: &v)
        if let secretariat = input.secretariatId { try ReferenceCheck.organisation(secretariat, field: "secretariatId", in: db, into: &v) }
        try ReferenceCheck.topics(challengeAreaIds: input.challengeAreaIds, assignmentPartIds: input.assignmentPartIds, in: db, into: &v)
        try v.check()
        return validated
    }

    func prepareDelete(_ forum: Forum, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: forum.convenorId, "delete this forum")
        let uses =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM forumMemberships WHERE forumId = ?1 AND deletedAt IS NULL)
                         + (SELECT COUNT(*) FROM meetings WHERE forumId = ?1 AND deletedAt IS NULL)
                    """, arguments: [forum.id.description]) ?? 0
        if uses > 0 {
            throw DomainError.conflict(
                code: "in-use", detail: "The forum has memberships or meetings; close it (status closed) instead of deleting it.")
        }
    }
}

extension Forum: StoredResource {
    static let csvColumns = [
        "id", "name", "kind", "status", "convenorId", "secretariatId", "counties", "challengeAreaIds", "assignmentPartIds", "cadence",
        "startDate", "endDate", "purpose", "version", "createdAt", "updatedAt",
    ]
    var csvValues: [String?] {
        [
            idText, name, kind.rawValue, status.rawValue, convenorId.description, secretariatId?.description,
            counties.map(\.rawValue).joined(separator: ","), challengeAreaIds.map(\.description).joined(separator: ","),
            assignmentPartIds.map(\.description).joined(separator: ","), cadence, startDate?.description, endDate?.description, purpose,
            String(version), Timestamp.format(createdAt), Timestamp.format(updatedAt),
        ]
    }
}
