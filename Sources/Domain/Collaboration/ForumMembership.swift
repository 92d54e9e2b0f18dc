import Foundation

/// A dated seat of an organisation in a forum. Leaving sets `to`; rejoining is a new membership, so the
/// history stays. Changing the representative keeps the earlier ones in `formerRepresentatives`.
public struct ForumMembership: Codable, Hashable, Sendable, Identifiable {
    /// The membership's identifier.
    public typealias ID = Identifier<ForumMembership>

    /// The seat's role in the forum.
    public enum Role: String, Codable, CaseIterable, Sendable {
        case convenor, secretariat, member, observer
    }

    /// A representative who held the seat for a while.
    public struct FormerRepresentative: Codable, Hashable, Sendable {
        public var contactId: Contact.ID
        public var until: CalendarDate

        /// Creates an entry.
        public init(contactId: Contact.ID, until: CalendarDate) {
            self.contactId = contactId
            self.until = until
        }
    }

    public var id: ID
    public var forumId: Forum.ID
    public var organisationId: Organisation.ID
    public var role: Role
    /// The contact person who represents the organisation now.
    public var representativeId: Contact.ID?
    /// Earlier representatives, oldest first (kept by the server).
    public var formerRepresentatives: [FormerRepresentative]
    public var from: CalendarDate
    public var to: CalendarDate?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a membership value.
    public init(
        id: ID, forumId: Forum.ID, organisationId: Organisation.ID, role: Role, representativeId: Contact.ID?,
        formerRepresentatives: [FormerRepresentative], from: CalendarDate, to: CalendarDate?, version: Int, createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.forumId = forumId
        self.organisationId = organisationId
        self.role = role
        self.representativeId = representativeId
        self.formerRepresentatives = formerRepresentatives
        self.from = from
        self.to = to
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether the seat is held on `date`.
    public func isCurrent(on date: CalendarDate) -> Bool {
        from <= date && (to.map { date <= $0 } ?? true)
    }

    /// The writable fields.
    public var input: ForumMembershipInput {
        ForumMembershipInput(
            forumId: forumId, organisationId: organisationId, role: role, representativeId: representativeId, from: from, to: to)
    }
}

/// The writable fields of a membership.
public struct ForumMembershipInput: ResourceInput {
    public var forumId: Forum.ID
    public var organisationId: Organisation.ID
    public var role: ForumMembership.Role
    public var representativeId: Contact.ID?
    public var from: CalendarDate
    public var to: CalendarDate?

    /// Creates the input for a membership.
    public init(
        forumId: Forum.ID, organisationId: Organisation.ID, role: ForumMembership.Role, representativeId: Contact.ID? = nil,
        from: CalendarDate, to: CalendarDate? = nil
    ) {
        self.forumId = forumId
        self.organisationId = organisationId
        self.role = role
        self.representativeId = representativeId
        self.from = from
        self.to = to
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case forumId, organisationId, role, representativeId, from, to
    }

    public static let requiredFields: Set<String> = ["forumId", "organisationId", "role", "from"]

    /// Checks the rules that need no database.
    public func validate() throws {
        var v = Validator()
        if let to, to < from { v.add("to", "beforeFrom", "to must not be before from.") }
        try v.check()
    }
}
