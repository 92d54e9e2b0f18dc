import Foundation
import GRDB
import SamordnaDomain

/// Knowledge items: the authoring organisation's editors (and admins) write, publish and withdraw them; a draft or a
/// withdrawn item is seen only by them, a published one by everyone (lists, reads, search, the feed), so it cites no
/// confidential meeting. The first publication is dated by the server (`publishedAt`).
struct KnowledgeItemTable: ResourceTable {
    typealias Resource = KnowledgeItem

    static let resourceType = "knowledgeItem"
    static let challengeAreas = LinkTable(
        table: "knowledgeItemChallengeAreas", ownerColumn: "knowledgeItemId", valueColumn: "challengeAreaId")
    static let initiatives = LinkTable(table: "knowledgeItemInitiatives", ownerColumn: "knowledgeItemId", valueColumn: "initiativeId")
    static let meetings = LinkTable(table: "knowledgeItemMeetings", ownerColumn: "knowledgeItemId", valueColumn: "meetingId")
    static let establishments = LinkTable(
        table: "knowledgeItemEstablishments", ownerColumn: "knowledgeItemId", valueColumn: "establishmentId")
    static let recommendations = LinkTable(
        table: "knowledgeItemRecommendations", ownerColumn: "knowledgeItemId", valueColumn: "recommendationId")
    static let listSpec = ListSpec(
        table: "knowledgeItems",
        alias: "k",
        filters: KnowledgeItemFilter.self,
        sortColumns: [
            "title": "nameSortKey", "kind": "kind", "status": "status", "publishedAt": "publishedAt", "createdAt": "createdAt",
            "updatedAt": "updatedAt", "id": "id",
        ],
        defaultSort: "title",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .kind: .enumeration("kind", KnowledgeItem.Kind.self)
        case .status: .enumeration("status", KnowledgeItem.Status.self)
        case .authorId: .identifier("authorId")
        case .challengeArea: .challengeArea(challengeAreas, owner: "k.id")
        case .sector: .jsonList("k.sectors", Establishment.Sector.self)
        case .phase: .jsonList("k.phases", Establishment.Phase.self)
        case .transferable: .flag("k.transferable = 1")
        }
    }

    static let references: [Reference] = [
        .column("authorId", to: "organisations"), .link(challengeAreas, field: "challengeAreaIds", to: "challengeAreas"),
        .link(initiatives, field: "initiativeIds", to: "initiatives", onDelete: .unlink),
        .link(meetings, field: "meetingIds", to: "meetings", onDelete: .unlink),
        .link(establishments, field: "establishmentIds", to: "establishments", onDelete: .unlink),
        .link(recommendations, field: "recommendationIds", to: "recommendations", onDelete: .unlink),
    ]

    static let fields: [Field<KnowledgeItem>] = [
        .value("title", { $0.title }, { $0.title }), .sortKey("nameSortKey", of: { $0.title }),
        .value("summary", { $0.summary }, { $0.summary }), .value("body", { $0.body }, { $0.body }),
        .value("kind", { $0.kind }, { $0.kind }), .list("challengeAreaIds") { $0.challengeAreaIds.map(\.description) },
        .stored("sectors") { JSONColumn.text(($0.sectors ?? []).map(\.rawValue)) }, .list("sectors") { $0.sectors.map(\.rawValue) },
        .stored("phases") { JSONColumn.text(($0.phases ?? []).map(\.rawValue)) }, .list("phases") { $0.phases.map(\.rawValue) },
        .value("transferable", { $0.transferable ?? false }, { $0.transferable }),
        .list("initiativeIds") { $0.initiativeIds.map(\.description) }, .list("meetingIds") { $0.meetingIds.map(\.description) },
        .list("establishmentIds") { $0.establishmentIds.map(\.description) },
        .list("recommendationIds") { $0.recommendationIds.map(\.description) },
        .stored("urls") { JSONColumn.text($0.urls ?? []) }, .list("urls", separator: " ") { $0.urls },
        .value("authorId", { $0.authorId }, { $0.authorId }), .value("status", { $0.status ?? .draft }, { $0.status }),
        .serverKept("publishedAt") { $0.publishedAt.map(Timestamp.format) },
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> KnowledgeItem {
        KnowledgeItem(
            id: try row.identifier("id"), title: row["title"], summary: row["summary"], body: row["body"], kind: try row.value("kind"),
            challengeAreaIds: try links.values(challengeAreas) { try $0.identifier("challengeAreaId") },
            sectors: try row.json("sectors", as: [Establishment.Sector].self) ?? [],
            phases: try row.json("phases", as: [Establishment.Phase].self) ?? [], transferable: row["transferable"],
            initiativeIds: try links.values(initiatives) { try $0.identifier("initiativeId") },
            meetingIds: try links.values(meetings) { try $0.identifier("meetingId") },
            establishmentIds: try links.values(establishments) { try $0.identifier("establishmentId") },
            recommendationIds: try links.values(recommendations) { try $0.identifier("recommendationId") },
            urls: try row.json("urls", as: [String].self) ?? [], authorId: try row.identifier("authorId"), status: try row.value("status"),
            publishedAt: row.optionalDate("publishedAt"), version: row["version"], createdAt: row.date("createdAt"),
            updatedAt: row.date("updatedAt"))
    }

    static func linkRows(_ input: KnowledgeItemInput) -> LinkRows {
        [
            challengeAreas.table: (input.challengeAreaIds ?? []).map { [$0.description] },
            initiatives.table: (input.initiativeIds ?? []).map { [$0.description] },
            meetings.table: (input.meetingIds ?? []).map { [$0.description] },
            establishments.table: (input.establishmentIds ?? []).map { [$0.description] },
            recommendations.table: (input.recommendationIds ?? []).map { [$0.description] },
        ]
    }

    /// Published items, and every item of the principal's own organisation; admins see all.
    static func visibility(for principal: Principal) -> ListQuery.Condition? {
        guard !principal.isAdmin else { return nil }
        return ListQuery.Condition(sql: "k.status = 'published' OR k.authorId = ?", arguments: [principal.organisationId.description])
    }

    func authorise(_ input: KnowledgeItemInput, replacing existing: KnowledgeItem?, by principal: Principal, in db: Database) throws {
        if let existing { try principal.requireEdit(ownedBy: existing.authorId, "change this knowledge item") }
        try principal.requireEdit(ownedBy: input.authorId, "write knowledge items for this organisation")
    }

    /// A published item is read by every token, so it cannot cite a confidential meeting (a draft may, until then).
    func prepare(_ input: KnowledgeItemInput, replacing existing: KnowledgeItem?, in db: Database, now: Date) throws
        -> KnowledgeItemInput
    {
        var v = Validator()
        let validated = try v.include { try input.validated() } ?? input
        if validated.status == .published {
            for (index, meeting) in (input.meetingIds ?? []).enumerated()
            where try db.existsCached(
                "SELECT EXISTS (SELECT 1 FROM meetings WHERE id = ? AND confidential = 1)", arguments: [meeting.description])
            {
                v.add(
                    "meetingIds[\(index)]", "confidentialSource",
                    "A published item is read by everyone; it cannot cite a confidential meeting.")
            }
        }
        try v.check()
        return validated
    }

    /// `publishedAt` is the moment of the first publication; it stays through a withdrawal and a republication.
    func derivedColumns(_ input: KnowledgeItemInput, replacing existing: KnowledgeItem?, now: Date) -> [(
        String, (any DatabaseValueConvertible)?
    )] {
        let published = existing?.publishedAt ?? (input.status == .published ? now : nil)
        return [("publishedAt", published.map(DatabaseTime.milliseconds))]
    }

    /// The item's disseminations refuse the delete (they declare it); withdraw an item that was spread instead.
    func prepareDelete(_ item: KnowledgeItem, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: item.authorId, "delete this knowledge item")
    }
}
