import Foundation
import GRDB
import SamordnaDomain

/// Contact persons: personal data, visible only to admins and the person's own organisation, changed by
/// admins and that organisation's editors, and erased for real on delete.
struct ContactTable: ResourceTable {
    typealias Resource = Contact

    static let resourceType = "contact"
    static let erasesOnDelete = true
    static let personalFields: Set<String> = ["name", "role", "email", "phone"]
    static let listSpec = ListSpec(
        table: "contacts",
        filters: ContactFilter.self,
        sortColumns: ["name": "nameSortKey", "createdAt": "createdAt", "updatedAt": "updatedAt", "retainUntil": "retainUntil", "id": "id"],
        defaultSort: "name",
        searchColumns: ["nameSortKey"],
        liveCondition: nil
    ) { parameter in
        switch parameter {
        case .organisationId: .identifier("organisationId")
        }
    }

    /// A person goes with their organisation.
    static let references: [Reference] = [.column("organisationId", to: "organisations", onDelete: .cascade)]

    static let fields: [Field<Contact>] = [
        .value("organisationId", { $0.organisationId }, { $0.organisationId }), .value("name", { $0.name }, { $0.name }),
        .sortKey("nameSortKey", of: { $0.name }), .value("role", { $0.role }, { $0.role }), .value("email", { $0.email }, { $0.email }),
        .value("phone", { $0.phone }, { $0.phone }), .value("retainUntil", { $0.retainUntil }, { $0.retainUntil }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Contact {
        Contact(
            id: try row.identifier("id"), organisationId: try row.identifier("organisationId"), name: row["name"],
            role: row["role"], email: row["email"], phone: row["phone"], retainUntil: try row.calendarDate("retainUntil"),
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: ContactInput, replacing existing: Contact?, by principal: Principal, in db: Database) throws {
        if let existing { try principal.requireEdit(ownedBy: existing.organisationId, "change this contact") }
        try principal.requireEdit(ownedBy: input.organisationId, "register contacts of this organisation")
    }

    func prepare(_ input: ContactInput, replacing existing: Contact?, in db: Database, now: Date) throws -> ContactInput {
        try input.validated(today: CalendarDate(now))
    }

    static func visibility(for principal: Principal) -> ListQuery.Condition? {
        principal.isAdmin ? nil : ListQuery.Condition(sql: "organisationId = ?", arguments: [principal.organisationId.description])
    }

    /// The links to the person (seats, meetings, actions) go with them: those resources declare them `.unlink`.
    func prepareDelete(_ contact: Contact, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: contact.organisationId, "erase this contact")
    }
}
