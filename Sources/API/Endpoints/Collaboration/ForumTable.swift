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

    static let fields: [Field<Forum>] = [
        .value("name", { $0.name }, { $0.name }), .sortKey("nameSortKey", of: { $0.name }), .value("kind", { $0.kind }, { $0.kind }),
        .value("status", { $0.status ?? .planned }, { $0.status }), .value("convenorId", { $0.convenorId }, { $0.convenorId }),
        .value("secretariatId", { $0.secretariatId }, { $0.secretariatId }),
        .exported("counties") { $0.counties.map(\.rawValue).joined(separator: ",") },
        .exported("challengeAreaIds") { $0.challengeAreaIds.map(\.description).joined(separator: ",") },
        .exported("assignmentPartIds") { $0.assignmentPartIds.map(\.description).joined(separator: ",") },
        .value("cadence", { $0.cadence }, { $0.cadence }), .value("startDate", { $0.startDate }, { $0.startDate }),
        .value("endDate", { $0.endDate }, { $0.endDate }), .value("purpose", { $0.purpose }, { $0.purpose }),
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
