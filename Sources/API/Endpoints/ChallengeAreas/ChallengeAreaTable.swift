import Foundation
import GRDB
import SamordnaDomain

/// Challenge areas: everyone reads, admins add and edit.
struct ChallengeAreaTable: ResourceTable {
    typealias Resource = ChallengeArea

    static let resourceType = "challengeArea"
    static let keyColumn: String? = "key"
    static let listSpec = ListSpec(
        table: "challengeAreas",
        filters: ChallengeAreaFilter.self,
        sortColumns: ["nameSv": "nameSortKey", "key": "key", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "nameSv",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .key: ListSpec.Filter(column: "key")
        case .origin: ListSpec.Filter(column: "origin")
        }
    }

    static let fields: [Field<ChallengeArea>] = [
        .value("key", { $0.key }, { $0.key }), .value("nameSv", { $0.nameSv }, { $0.nameSv }), .sortKey("nameSortKey", of: { $0.nameSv }),
        .value("nameEn", { $0.nameEn }, { $0.nameEn }), .value("description", { $0.description }, { $0.description }),
        .value("origin", { $0.origin }, { $0.origin }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> ChallengeArea {
        ChallengeArea(
            id: try row.identifier("id"), key: row["key"], nameSv: row["nameSv"], nameEn: row["nameEn"],
            description: row["description"], origin: row["origin"], version: row["version"],
            createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: ChallengeAreaInput, replacing existing: ChallengeArea?, by principal: Principal, in db: Database) throws {
        try principal.requireAdmin(existing == nil ? "add challenge areas" : "edit challenge areas")
    }

    func prepare(_ input: ChallengeAreaInput, replacing existing: ChallengeArea?, in db: Database, now: Date) throws -> ChallengeAreaInput {
        try input.validate()
        let taken =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM challengeAreas WHERE key = ? AND id != ?)",
                arguments: [input.key, existing?.id.description ?? ""]) ?? false
        if taken { throw DomainError.conflict(.duplicateKey, detail: "Another challenge area already has the key \(input.key).") }
        return input
    }

    func prepareDelete(_ area: ChallengeArea, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete challenge areas")
    }
}
