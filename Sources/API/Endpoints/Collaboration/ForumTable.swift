import Foundation
import GRDB
import SamordnaDomain

/// Forums: admins and editors of the convening organisation manage them; everyone reads.
struct ForumTable: ResourceTable {
    typealias Resource = Forum

    static let resourceType = "forum"
    static let counties = LinkTable(table: "forumCounties", ownerColumn: "forumId", valueColumn: "countyCode")
    static let challengeAreas = LinkTable(table: "forumChallengeAreas", ownerColumn: "forumId", valueColumn: "challengeAreaId")
    static let assignmentParts = LinkTable(table: "forumAssignmentParts", ownerColumn: "forumId", valueColumn: "assignmentPartId")
    static let listSpec = ListSpec(
        table: "forums",
        filters: ForumFilter.self,
        sortColumns: [
            "name": "nameSortKey", "status": "status", "startDate": "startDate", "createdAt": "createdAt", "updatedAt": "updatedAt",
            "id": "id",
        ],
        defaultSort: "name",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .kind: .enumeration("kind", ForumKind.self)
        case .status: .enumeration("status", ForumStatus.self)
        case .convenorId: .identifier("convenorId")
        case .county: .linked(counties, owner: "forums.id", values: .pattern(CountyCode.pattern))
        case .challengeArea: .challengeArea(challengeAreas, owner: "forums.id")
        case .assignmentPart: .linked(assignmentParts, owner: "forums.id", values: .uuid, normalise: { $0.lowercased() })
        }
    }

    static let references: [Reference] = [
        .column("convenorId", to: "organisations"), .column("secretariatId", to: "organisations"),
        .link(counties, field: "counties", to: "counties"), .link(challengeAreas, field: "challengeAreaIds", to: "challengeAreas"),
        .link(assignmentParts, field: "assignmentPartIds", to: "assignmentParts"),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Forum {
        Forum(
            id: try row.identifier("id"), name: row["name"], purpose: row["purpose"], kind: try row.value("kind"),
            convenorId: try row.identifier("convenorId"), secretariatId: try row.optionalIdentifier("secretariatId"),
            counties: try links.values(counties) { try $0.value("countyCode") },
            challengeAreaIds: try links.values(challengeAreas) { try $0.identifier("challengeAreaId") },
            assignmentPartIds: try links.values(assignmentParts) { try $0.identifier("assignmentPartId") }, cadence: row["cadence"],
            status: try row.value("status"), startDate: try row.calendarDate("startDate"), endDate: try row.calendarDate("endDate"),
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func columns(_ input: ForumInput) -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("name", input.name), ("nameSortKey", SwedishCollation.sortKey(input.name)), ("purpose", input.purpose),
            ("kind", input.kind.rawValue), ("convenorId", input.convenorId.description),
            ("secretariatId", input.secretariatId?.description),
            ("cadence", input.cadence),
            ("status", (input.status ?? .planned).rawValue), ("startDate", input.startDate?.description),
            ("endDate", input.endDate?.description),
        ]
    }

    static func linkRows(_ input: ForumInput) -> LinkRows {
        [
            counties.table: (input.counties ?? []).map { [$0.rawValue] },
            challengeAreas.table: (input.challengeAreaIds ?? []).map { [$0.description] },
            assignmentParts.table: (input.assignmentPartIds ?? []).map { [$0.description] },
        ]
    }

    func authorise(_ input: ForumInput, replacing existing: Forum?, by principal: Principal, in db: Database) throws {
        if let existing { try principal.requireEdit(ownedBy: existing.convenorId, "change this forum") }
        try principal.requireEdit(ownedBy: input.convenorId, "register forums convened by this organisation")
    }

    func prepare(_ input: ForumInput, replacing existing: Forum?, in db: Database, now: Date) throws -> ForumInput {
        try input.validated(replacing: existing?.status)
    }

    /// Seats and meetings refuse the delete (they declare it): close a forum (status closed) instead.
    func prepareDelete(_ forum: Forum, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: forum.convenorId, "delete this forum")
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
