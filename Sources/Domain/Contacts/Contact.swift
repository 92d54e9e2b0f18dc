import Foundation

/// A person at an organisation. Personal data: only work details, shown only to admins and to the
/// person's own organisation, kept until `retainUntil`, and erased for real on delete.
public struct Contact: Codable, Hashable, Sendable, Identifiable {
    /// The contact's identifier.
    public typealias ID = Identifier<Contact>

    public var id: ID
    public var organisationId: Organisation.ID
    public var name: String
    /// The person's role or title at the organisation.
    public var role: String?
    public var email: String?
    public var phone: String?
    /// The date after which the data should be erased.
    public var retainUntil: CalendarDate?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a contact value.
    public init(
        id: ID, organisationId: Organisation.ID, name: String, role: String?, email: String?, phone: String?,
        retainUntil: CalendarDate?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.organisationId = organisationId
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.retainUntil = retainUntil
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: ContactInput {
        ContactInput(organisationId: organisationId, name: name, role: role, email: email, phone: phone, retainUntil: retainUntil)
    }
}
