import Foundation
import GRDB
import SamordnaDomain

/// Forum memberships: managed by admins and the forum convenor's editors; a member organisation's
/// editors may replace their own representative. Everyone reads.
struct ForumMembershipTable: ResourceTable {
    typealias Resource = ForumMembership

    static let resourceType = "forumMembership"
    /// Former representatives, kept by the server when a representative is replaced.
    static let formerRepresentatives = LinkTable(
        table: "forumMembershipFormerRepresentatives", ownerColumn: "membershipId", valueColumn: "contactId", extraColumns: ["until"],
        isWritable: false)
    static let listSpec = ListSpec(
        table: "forumMemberships",
        filters: ForumMembershipFilter.self,
        sortColumns: ["from": "validFrom", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "from",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .forumId: .identifier("forumId")
        case .organisationId: .identifier("organisationId")
        case .role: .enumeration("role", ForumMembership.Role.self)
        case .current: .flag("validFrom <= ? AND (validTo IS NULL OR validTo >= ?)", arguments: { [$0.description, $0.description] })
        }
    }

    static let references: [Reference] = [
        .column("forumId", to: "forums"), .column("organisationId", to: "organisations"),
        .column("representativeId", to: "contacts", onDelete: .unlink),
        .link(formerRepresentatives, field: "formerRepresentatives", member: "contactId", to: "contacts", onDelete: .unlink),
    ]

    static let fields: [Field<ForumMembership>] = [
        .value("forumId", { $0.forumId }, { $0.forumId }), .value("organisationId", { $0.organisationId }, { $0.organisationId }),
        .value("role", { $0.role }, { $0.role }), .value("representativeId", { $0.representativeId }, { $0.representativeId }),
        .value("from", column: "validFrom", { $0.from }, { $0.from }), .value("to", column: "validTo", { $0.to }, { $0.to }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> ForumMembership {
        guard let from = try row.calendarDate("validFrom") else { throw StoredDataError(column: "validFrom") }
        return ForumMembership(
            id: try row.identifier("id"), forumId: try row.identifier("forumId"), organisationId: try row.identifier("organisationId"),
            role: try row.value("role"), representativeId: try row.optionalIdentifier("representativeId"),
            formerRepresentatives: try links.values(formerRepresentatives) { row in
                guard let until = try row.calendarDate("until") else { throw StoredDataError(column: "until") }
                return ForumMembership.FormerRepresentative(contactId: try row.identifier("contactId"), until: until)
            },
            from: from, to: try row.calendarDate("validTo"), version: row["version"], createdAt: row.date("createdAt"),
            updatedAt: row.date("updatedAt"))
    }

    /// A replaced representative joins the former ones, with the day the change was made.
    func recordDerivedLinks(
        id: String, _ input: ForumMembershipInput, replacing existing: ForumMembership?, in db: Database, now: Date
    ) throws {
        guard let former = existing?.representativeId, former != input.representativeId else { return }
        try LinkLoader.append([former.description, CalendarDate(now).description], to: Self.formerRepresentatives, owner: id, in: db)
    }

    func authorise(_ input: ForumMembershipInput, replacing existing: ForumMembership?, by principal: Principal, in db: Database) throws {
        let convenors = try Set([input.forumId, existing?.forumId].compactMap { $0 }.compactMap { try convenor(of: $0, in: db) })
        guard CollaborationPolicy.mayChangeSeat(input, replacing: existing, convenors: convenors, by: principal) else {
            throw DomainError.forbidden("Only an admin or an editor of the forum's convenor may change its memberships.")
        }
    }

    func prepare(_ input: ForumMembershipInput, replacing existing: ForumMembership?, in db: Database, now: Date) throws
        -> ForumMembershipInput
    {
        var v = Validator()
        try v.include { try input.validate() }
        // A link that was valid when made is not re-judged by an unrelated edit (the person may have moved since).
        if input.representativeId != existing?.representativeId || input.organisationId != existing?.organisationId {
            try ContactRules.checkWorksAt(
                input.organisationId, contact: input.representativeId, field: "representativeId", in: db, into: &v)
        }
        try v.check()
        let overlapping =
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM forumMemberships WHERE forumId = ? AND organisationId = ? AND id != ? AND deletedAt IS NULL
                        AND validFrom <= ? AND COALESCE(validTo, '9999-12-31') >= ?)
                    """,
                arguments: [
                    input.forumId.description, input.organisationId.description, existing?.id.description ?? "",
                    input.to?.description ?? "9999-12-31", input.from.description,
                ]) ?? false
        if overlapping {
            throw DomainError.conflict(
                .overlappingMembership, detail: "The organisation already has a seat in this forum for part of that period.")
        }
        return input
    }

    func prepareDelete(_ membership: ForumMembership, by principal: Principal, in db: Database, now: Date) throws {
        if !principal.isAdmin {
            guard principal.role == .editor, try convenor(of: membership.forumId, in: db) == principal.organisationId else {
                throw DomainError.forbidden("Only an admin or an editor of the forum's convenor may delete memberships.")
            }
        }
    }

    private func convenor(of forum: Forum.ID, in db: Database) throws -> Organisation.ID? {
        try String.fetchOne(db, sql: "SELECT convenorId FROM forums WHERE id = ?", arguments: [forum.description]).flatMap(
            Organisation.ID.init)
    }
}
