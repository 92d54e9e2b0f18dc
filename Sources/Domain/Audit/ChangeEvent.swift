import Foundation

/// One change as the feed (`GET /v1/changes`) tells it: thin, so that a mirror fetches the record with its own token.
/// `created` and `updated` mean "fetch and keep"; `deleted` means "remove": the record was deleted, or the caller may
/// no longer see it (as for one that does not exist).
public struct ChangeEvent: Codable, Hashable, Sendable {
    /// The resource type, e.g. `meeting`.
    public var type: String
    public var id: String
    public var operation: AuditEntry.Operation
    /// The record's version after the change.
    public var version: Int
    public var occurredAt: Date
    /// Where to fetch the record (absent for a removal).
    public var path: String?
    /// The feed's position just after this change: `after=` it resumes with the next one.
    public var cursor: String

    /// Creates an event.
    public init(
        type: String, id: String, operation: AuditEntry.Operation, version: Int, occurredAt: Date, path: String?, cursor: String
    ) {
        self.type = type
        self.id = id
        self.operation = operation
        self.version = version
        self.occurredAt = occurredAt
        self.path = path
        self.cursor = cursor
    }
}

/// A page of the change feed.
public struct ChangePage: Codable, Hashable, Sendable {
    public var items: [ChangeEvent]
    /// Where to continue: pass it as `after`. Always given, also on the last page (new changes come after it).
    public var nextCursor: String
    /// Whether the page reached the newest change when it was read.
    public var caughtUp: Bool

    /// Creates a page.
    public init(items: [ChangeEvent], nextCursor: String, caughtUp: Bool) {
        self.items = items
        self.nextCursor = nextCursor
        self.caughtUp = caughtUp
    }
}
