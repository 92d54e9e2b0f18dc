import Foundation
import GRDB
import SamordnaDomain

/// Organisations: admins create and delete; an editor may change its own organisation.
struct OrganisationTable: ResourceTable {
    typealias Resource = Organisation
    let municipalities: MunicipalityDirectory

    static let resourceType = "organisation"
    static let keyColumn: String? = "key"
    static let listSpec = ListSpec(
        table: "organisations",
        filters: OrganisationFilter.self,
        sortColumns: ["name": "nameSortKey", "kind": "kind", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "name",
        searchColumns: ["nameSortKey", "shortNameSortKey"]
    ) { parameter in
        switch parameter {
        case .kind: .enumeration("kind", OrganisationKind.self)
        case .county: ListSpec.Filter(column: "countyCode", values: .pattern(CountyCode.pattern))
        case .municipalityCode: ListSpec.Filter(column: "municipalityCode", values: .pattern(MunicipalityCode.pattern))
        case .parentId: .identifier("parentId")
        case .key: ListSpec.Filter(column: "key")
        case .organisationNumber:
            ListSpec.Filter(
                column: "organisationNumber", values: .pattern(#"^(16)?[0-9]{6}-?[0-9]{4}$"#),
                normalise: { (try? OrganisationNumber(parsing: $0).canonical) ?? $0 })
        }
    }

    static let projection: RowProjection? = RowProjection([
        ("id", .text), ("key", .text), ("name", .text), ("shortName", .text), ("kind", .text), ("organisationNumber", .text),
        ("countyCode", .text), ("municipalityCode", .text), ("parentId", .text), ("website", .text), ("version", .integer),
        ("createdAt", .timestamp), ("updatedAt", .timestamp),
    ])

    static let references: [Reference] = [
        .column("parentId", to: "organisations"), .column("countyCode", to: "counties"),
        .column("municipalityCode", to: "municipalities"),
    ]

    static let fields: [Field<Organisation>] = [
        .value("key", { $0.key }, { $0.key }), .value("name", { $0.name }, { $0.name }), .sortKey("nameSortKey", of: { $0.name }),
        .value("shortName", { $0.shortName }, { $0.shortName }), .sortKey("shortNameSortKey", of: { $0.shortName }),
        .value("kind", { $0.kind }, { $0.kind }), .value("organisationNumber", { $0.organisationNumber }, { $0.organisationNumber }),
        .value("countyCode", { $0.countyCode }, { $0.countyCode }),
        .value("municipalityCode", { $0.municipalityCode }, { $0.municipalityCode }),
        .value("parentId", { $0.parentId }, { $0.parentId }), .value("website", { $0.website }, { $0.website }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Organisation {
        Organisation(
            id: try row.identifier("id"), key: row["key"], name: row["name"], shortName: row["shortName"], kind: try row.value("kind"),
            organisationNumber: row["organisationNumber"], countyCode: try row.optionalValue("countyCode"),
            municipalityCode: try row.optionalValue("municipalityCode"), parentId: try row.optionalIdentifier("parentId"),
            website: row["website"], version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: OrganisationInput, replacing existing: Organisation?, by principal: Principal, in db: Database) throws {
        guard let existing else { return try principal.requireAdmin("register organisations") }
        try principal.requireEdit(ownedBy: existing.id, "change an organisation")
        if !principal.isAdmin, input.kind != existing.kind || input.key != existing.key || input.parentId != existing.parentId {
            throw DomainError.forbidden("Only an admin may change an organisation's kind, key or parent.")
        }
    }

    func prepare(_ input: OrganisationInput, replacing existing: Organisation?, in db: Database, now: Date) throws -> OrganisationInput {
        var v = Validator()
        let input = try v.include { try input.validated(municipalities: municipalities) } ?? input
        if let parentId = input.parentId {
            if parentId == existing?.id {
                v.add("parentId", "selfReference", "An organisation cannot be its own parent.")
            } else if let existing, try isDescendant(parentId, of: existing.id, in: db) {
                v.add("parentId", "cycle", "The parent is part of this organisation; that would make a cycle.")
            }
        }
        try v.check()
        let others = existing?.id.description ?? ""
        if let key = input.key,
            try db.existsCached("SELECT EXISTS (SELECT 1 FROM organisations WHERE key = ? AND id != ?)", arguments: [key, others])
        {
            throw DomainError.conflict(.duplicateKey, detail: "Another organisation (possibly a deleted one) already has the key \(key).")
        }
        let publicKinds = OrganisationKind.publicBodies.map(\.rawValue).sorted().map { "'\($0)'" }.joined(separator: ", ")
        if try db.existsCached(
            """
            SELECT EXISTS (SELECT 1 FROM organisations WHERE nameSortKey = ? AND id != ? AND deletedAt IS NULL
                AND (? OR kind IN (\(publicKinds))))
            """, arguments: [SwedishCollation.sortKey(input.name), others, input.kind.isPublicBody])
        {
            throw DomainError.conflict(
                .duplicateName, detail: "A public body is called \(input.name); names of public bodies are not shared.")
        }
        if let number = input.organisationNumber,
            try db.existsCached(
                "SELECT EXISTS (SELECT 1 FROM organisations WHERE organisationNumber = ? AND id != ? AND deletedAt IS NULL)",
                arguments: [number, others])
        {
            throw DomainError.conflict(
                .duplicateOrganisationNumber, detail: "Another organisation already has the organisation number \(number).")
        }
        return input
    }

    /// Sub-organisations, assignments, forums, seats, meetings and actions refuse the delete (declared by them); the
    /// organisation's people are erased with it (declared by contacts), and its tokens stop working.
    func prepareDelete(_ organisation: Organisation, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete organisations")
        if organisation.id == principal.organisationId {
            throw DomainError.conflict(.inUse, detail: "A token cannot delete its own organisation.")
        }
        try TokenStore.revokeAll(of: organisation.id, in: db, now: now)
    }

    private func isDescendant(_ candidate: Organisation.ID, of ancestor: Organisation.ID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT o.parentId FROM organisations o JOIN chain ON o.id = chain.id WHERE o.parentId IS NOT NULL)
                SELECT EXISTS (SELECT 1 FROM chain WHERE id = ?)
                """, arguments: [candidate.description, ancestor.description]) ?? false
    }
}
