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
        filters: [
            "kind": .enumeration("kind", OrganisationKind.self),
            "county": .enumeration("countyCode", CountyCode.self),
            "municipalityCode": ListSpec.Filter(column: "municipalityCode", values: .pattern(#"^2[45][0-9]{2}$"#)),
            "parentId": .identifier("parentId"),
            "key": ListSpec.Filter(column: "key"),
            "organisationNumber": ListSpec.Filter(
                column: "organisationNumber", values: .pattern(#"^(16)?[0-9]{6}-?[0-9]{4}$"#),
                normalise: { (try? OrganisationNumber(parsing: $0).canonical) ?? $0 }),
        ],
        sortColumns: ["name": "nameSortKey", "kind": "kind", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "name",
        searchColumn: "nameSortKey")

    static func decode(_ row: Row) throws -> Organisation {
        Organisation(
            id: try row.identifier("id"), key: row["key"], name: row["name"], kind: try row.value("kind"),
            organisationNumber: row["organisationNumber"], countyCode: try row.optionalValue("countyCode"),
            municipalityCode: row["municipalityCode"], parentId: try row.optionalIdentifier("parentId"),
            website: row["website"], version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func columns(_ input: OrganisationInput) -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("key", input.key), ("name", input.name), ("nameSortKey", SwedishCollation.sortKey(input.name)),
            ("kind", input.kind.rawValue), ("organisationNumber", input.organisationNumber),
            ("countyCode", input.countyCode?.rawValue), ("municipalityCode", input.municipalityCode),
            ("parentId", input.parentId?.description), ("website", input.website),
        ]
    }

    func authorise(_ input: OrganisationInput, replacing existing: Organisation?, by principal: Principal, in db: Database) throws {
        guard let existing else { return try principal.requireAdmin("register organisations") }
        try principal.requireEdit(ownedBy: existing.id, "change an organisation")
        if !principal.isAdmin, input.kind != existing.kind || input.key != existing.key {
            throw DomainError.forbidden("Only an admin may change an organisation's kind or key.")
        }
    }

    func prepare(_ input: OrganisationInput, replacing existing: Organisation?, in db: Database, now: Date) throws -> OrganisationInput {
        var v = Validator()
        let input = try v.include { try input.validated(municipalities: municipalities) } ?? input
        if let parentId = input.parentId {
            if parentId == existing?.id {
                v.add("parentId", "selfReference", "An organisation cannot be its own parent.")
            } else if try !Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM organisations WHERE id = ? AND deletedAt IS NULL)", arguments: [parentId.description]
            )! {
                v.add("parentId", "unknownOrganisation", "No organisation with id \(parentId).")
            } else if let existing, try isDescendant(parentId, of: existing.id, in: db) {
                v.add("parentId", "cycle", "The parent is part of this organisation; that would make a cycle.")
            }
        }
        try v.check()
        let others = existing?.id.description ?? ""
        if let key = input.key,
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM organisations WHERE key = ? AND id != ?)", arguments: [key, others])!
        {
            throw DomainError.conflict(
                code: "duplicate-key", detail: "Another organisation (possibly a deleted one) already has the key \(key).")
        }
        if let number = input.organisationNumber,
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM organisations WHERE organisationNumber = ? AND id != ? AND deletedAt IS NULL)",
                arguments: [number, others])!
        {
            throw DomainError.conflict(
                code: "duplicate-organisation-number", detail: "Another organisation already has the organisation number \(number).")
        }
        return input
    }

    func prepareDelete(_ organisation: Organisation, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete organisations")
        let id = organisation.id.description
        let dependants =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM organisations WHERE parentId = ?1 AND deletedAt IS NULL)
                         + (SELECT COUNT(*) FROM assignments WHERE (principalId = ?1 OR coordinatorId = ?1) AND deletedAt IS NULL)
                         + (SELECT COUNT(*) FROM forums WHERE (convenorId = ?1 OR secretariatId = ?1) AND deletedAt IS NULL)
                         + (SELECT COUNT(*) FROM forumMemberships WHERE organisationId = ?1 AND deletedAt IS NULL)
                         + (SELECT COUNT(*) FROM meetings m WHERE m.deletedAt IS NULL AND (m.organiserId = ?1
                             OR EXISTS (SELECT 1 FROM json_each(m.participants) p WHERE json_extract(p.value, '$.organisationId') = ?1)))
                         + (SELECT COUNT(*) FROM followUpActions WHERE ownerId = ?1 AND deletedAt IS NULL)
                    """, arguments: [id]) ?? 0
        if dependants > 0 {
            throw DomainError.conflict(
                code: "in-use",
                detail:
                    "The organisation still has sub-organisations, assignments, forums, seats, meetings or actions; move or delete them first."
            )
        }
        if id == principal.organisationId.description {
            throw DomainError.conflict(code: "in-use", detail: "A token cannot delete its own organisation.")
        }
        // Its people are erased and its tokens stop working, in the same transaction.
        let contactIds = try String.fetchAll(db, sql: "SELECT id FROM contacts WHERE organisationId = ?", arguments: [id])
        for contactId in contactIds {
            if let contact = Contact.ID(contactId) { try ContactErasure.removeReferences(to: contact, by: principal, in: db, now: now) }
            try db.execute(sql: "DELETE FROM contacts WHERE id = ?", arguments: [contactId])
            try ChangeLog.append(
                db, resourceType: ContactTable.resourceType, resourceId: contactId, operation: .deleted, version: 0, at: now, by: principal)
        }
        try db.execute(
            sql: "UPDATE apiTokens SET revokedAt = ?1, updatedAt = ?1 WHERE organisationId = ?2 AND revokedAt IS NULL",
            arguments: [DatabaseTime.milliseconds(now), id])
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

extension Organisation: StoredResource {
    static let csvColumns = [
        "id", "key", "name", "kind", "organisationNumber", "countyCode", "municipalityCode", "parentId", "website", "version", "createdAt",
        "updatedAt",
    ]
    var csvValues: [String?] {
        [
            idText, key, name, kind.rawValue, organisationNumber, countyCode?.rawValue, municipalityCode, parentId?.description, website,
            String(version), Timestamp.format(createdAt), Timestamp.format(updatedAt),
        ]
    }
}
