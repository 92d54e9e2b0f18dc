import Foundation

/// One entry of the audit trail: one record created, changed or deleted, by whom (token and organisation), when, in
/// which request, and which fields changed with their old and new values. Written in the same transaction as the
/// change, never changed or deleted. A personal field (a contact's name, e-mail, phone) is named, never valued, so
/// that erasing a person never has to rewrite the trail.
public struct AuditEntry: Codable, Hashable, Sendable {
    /// What happened to the record.
    public enum Operation: String, Codable, CaseIterable, Sendable { case created, updated, deleted }

    /// One field's change.
    public struct Change: Codable, Hashable, Sendable {
        public var field: String
        /// The value before; absent for a new record, and for a personal field.
        public var old: JSONValue?
        /// The value after; absent when the field was cleared, and for a personal field.
        public var new: JSONValue?
        /// True for a personal field, whose values the trail does not keep.
        public var personal: Bool?

        /// Creates a change.
        public init(field: String, old: JSONValue? = nil, new: JSONValue? = nil, personal: Bool? = nil) {
            self.field = field
            self.old = old
            self.new = new
            self.personal = personal
        }
    }

    /// The entry's place in the one order of all changes (increasing, never reused).
    public var sequence: Int64
    /// The resource type, e.g. `meeting`.
    public var resourceType: String
    public var resourceId: String
    public var operation: Operation
    /// The record's version after the change.
    public var version: Int
    public var occurredAt: Date
    /// The token that made the change; absent for the system (seeding, retention).
    public var tokenId: APIToken.ID?
    public var organisationId: Organisation.ID?
    public var requestId: String?
    public var changes: [Change]

    /// Creates an entry.
    public init(
        sequence: Int64, resourceType: String, resourceId: String, operation: Operation, version: Int, occurredAt: Date,
        tokenId: APIToken.ID?, organisationId: Organisation.ID?, requestId: String?, changes: [Change]
    ) {
        self.sequence = sequence
        self.resourceType = resourceType
        self.resourceId = resourceId
        self.operation = operation
        self.version = version
        self.occurredAt = occurredAt
        self.tokenId = tokenId
        self.organisationId = organisationId
        self.requestId = requestId
        self.changes = changes
    }

    /// The changes between two states of a record, as JSON objects, field by field in name order; the record's own
    /// bookkeeping (`id`, `version`, `createdAt`, `updatedAt`) is left out and `personal` fields are named only.
    public static func changes(from old: JSONValue?, to new: JSONValue?, personal: Set<String> = []) -> [Change] {
        let before = old?.objectValue ?? [:]
        let after = new?.objectValue ?? [:]
        let bookkeeping: Set<String> = ["id", "version", "createdAt", "updatedAt"]
        return Set(before.keys).union(after.keys).subtracting(bookkeeping).sorted().compactMap { field in
            let (a, b) = (before[field].flatMap { $0 == .null ? nil : $0 }, after[field].flatMap { $0 == .null ? nil : $0 })
            guard a != b, !(a == nil && b == .array([])) else { return nil }
            return personal.contains(field) ? Change(field: field, personal: true) : Change(field: field, old: a, new: b)
        }
    }
}

/// A record's history: every audit entry of it, oldest first, each with its version and changes.
public struct RecordHistory: Codable, Hashable, Sendable {
    public var resourceType: String
    public var id: String
    public var entries: [AuditEntry]

    /// Creates a history.
    public init(resourceType: String, id: String, entries: [AuditEntry]) {
        self.resourceType = resourceType
        self.id = id
        self.entries = entries
    }
}
