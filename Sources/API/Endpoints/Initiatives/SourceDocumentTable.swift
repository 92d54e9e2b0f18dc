import Foundation
import GRDB
import SamordnaDomain

/// Source documents (the earlier coordinator's final report and the like): admins register them; everyone reads.
struct SourceDocumentTable: ResourceTable {
    typealias Resource = SourceDocument

    static let resourceType = "sourceDocument"
    static let listSpec = ListSpec(
        table: "sourceDocuments",
        filters: SourceDocumentFilter.self,
        sortColumns: ["issuedOn": "issuedOn", "title": "nameSortKey", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "issuedOn",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .issuerId: .identifier("issuerId")
        }
    }

    static let references: [Reference] = [.column("issuerId", to: "organisations")]

    static let fields: [Field<SourceDocument>] = [
        .value("title", { $0.title }, { $0.title }), .sortKey("nameSortKey", of: { $0.title }),
        .value("issuerId", { $0.issuerId }, { $0.issuerId }), .value("issuedOn", { $0.issuedOn }, { $0.issuedOn }),
        .value("caseNumber", { $0.caseNumber }, { $0.caseNumber }), .value("url", { $0.url }, { $0.url }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> SourceDocument {
        SourceDocument(
            id: try row.identifier("id"), title: row["title"], issuerId: try row.identifier("issuerId"),
            issuedOn: try row.requiredDate("issuedOn"), caseNumber: row["caseNumber"], url: row["url"], version: row["version"],
            createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: SourceDocumentInput, replacing existing: SourceDocument?, by principal: Principal, in db: Database) throws {
        try principal.requireAdmin("register source documents")
    }

    func prepare(_ input: SourceDocumentInput, replacing existing: SourceDocument?, in db: Database, now: Date) throws
        -> SourceDocumentInput
    { try input.validated() }

    func prepareDelete(_ document: SourceDocument, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete source documents")
    }
}

/// Recommendations of source documents: admins register them; everyone reads. `answered` is whether a live initiative
/// answers the recommendation.
struct RecommendationTable: ResourceTable {
    typealias Resource = Recommendation

    static let resourceType = "recommendation"
    static let challengeAreas = LinkTable(
        table: "recommendationChallengeAreas", ownerColumn: "recommendationId", valueColumn: "challengeAreaId")
    static let listSpec = ListSpec(
        table: "recommendations",
        alias: "r",
        filters: RecommendationFilter.self,
        sortColumns: ["number": "number", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "createdAt",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .sourceDocumentId: .identifier("sourceDocumentId")
        case .addressedTo: .identifier("addressedToId")
        case .challengeArea: .challengeArea(challengeAreas, owner: "r.id")
        case .answered:
            .flag(
                """
                EXISTS (SELECT 1 FROM initiativeRecommendations ir JOIN initiatives i ON i.id = ir.initiativeId
                WHERE ir.recommendationId = r.id AND i.deletedAt IS NULL)
                """)
        }
    }

    static let references: [Reference] = [
        .column("sourceDocumentId", to: "sourceDocuments"), .column("addressedToId", to: "organisations"),
        .link(challengeAreas, field: "challengeAreaIds", to: "challengeAreas"),
    ]

    static let fields: [Field<Recommendation>] = [
        .value("sourceDocumentId", { $0.sourceDocumentId }, { $0.sourceDocumentId }), .value("number", { $0.number }, { $0.number }),
        .value("text", { $0.text }, { $0.text }), .value("addressedToId", { $0.addressedToId }, { $0.addressedToId }),
        .exported("challengeAreaIds") { $0.challengeAreaIds.map(\.description).joined(separator: ",") },
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Recommendation {
        Recommendation(
            id: try row.identifier("id"), sourceDocumentId: try row.identifier("sourceDocumentId"), number: row["number"],
            text: row["text"], challengeAreaIds: try links.values(challengeAreas) { try $0.identifier("challengeAreaId") },
            addressedToId: try row.optionalIdentifier("addressedToId"), version: row["version"], createdAt: row.date("createdAt"),
            updatedAt: row.date("updatedAt"))
    }

    static func linkRows(_ input: RecommendationInput) -> LinkRows {
        [challengeAreas.table: (input.challengeAreaIds ?? []).map { [$0.description] }]
    }

    func authorise(_ input: RecommendationInput, replacing existing: Recommendation?, by principal: Principal, in db: Database) throws {
        try principal.requireAdmin("register recommendations")
    }

    func prepare(_ input: RecommendationInput, replacing existing: Recommendation?, in db: Database, now: Date) throws
        -> RecommendationInput
    { try input.validated() }

    func prepareDelete(_ recommendation: Recommendation, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete recommendations")
    }
}
