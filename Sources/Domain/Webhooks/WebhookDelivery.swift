import Foundation

/// One change to deliver to a subscription, and how its delivery went: the delivery log.
public struct WebhookDelivery: Codable, Hashable, Sendable {
    /// Where a delivery stands.
    public enum Status: String, Codable, CaseIterable, Sendable {
        /// Not yet answered with 2xx; tried again after `nextAttemptAt`.
        case pending
        /// Answered with 2xx.
        case delivered
        /// Given up: the subscription was disabled after too many failures (a redelivery puts it back).
        case failed
    }

    /// The delivery's id, also the `webhook-id` header (the same on every attempt, so receivers can deduplicate).
    public var id: String
    public var subscriptionId: WebhookSubscription.ID
    /// The change delivered.
    public var event: WebhookEvent
    public var status: Status
    public var attempts: Int
    public var nextAttemptAt: Date?
    public var lastAttemptAt: Date?
    /// The receiver's last HTTP status, if it answered.
    public var responseStatus: Int?
    /// Why the last attempt failed, if it did.
    public var error: String?
    public var createdAt: Date

    /// Creates a delivery value.
    public init(
        id: String, subscriptionId: WebhookSubscription.ID, event: WebhookEvent, status: Status, attempts: Int, nextAttemptAt: Date?,
        lastAttemptAt: Date?, responseStatus: Int?, error: String?, createdAt: Date
    ) {
        self.id = id
        self.subscriptionId = subscriptionId
        self.event = event
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastAttemptAt = lastAttemptAt
        self.responseStatus = responseStatus
        self.error = error
        self.createdAt = createdAt
    }
}

/// The body of a delivery: a thin event (fetch the record with your own token).
public struct WebhookEvent: Codable, Hashable, Sendable {
    /// `<resource type>.<operation>`, e.g. `meeting.updated`.
    public var type: String
    public var timestamp: Date
    public var data: Data

    /// The changed record.
    public struct Data: Codable, Hashable, Sendable {
        public var resourceType: String
        public var id: String
        public var version: Int
        public var operation: AuditEntry.Operation
        public var path: String?

        /// Creates the data.
        public init(resourceType: String, id: String, version: Int, operation: AuditEntry.Operation, path: String?) {
            self.resourceType = resourceType
            self.id = id
            self.version = version
            self.operation = operation
            self.path = path
        }
    }

    /// Creates an event.
    public init(type: String, timestamp: Date, data: Data) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The retry schedule: the wait after the n-th failed attempt (1-based), before jitter: 5 s, 30 s, 2 min,
    /// 10 min, 30 min, 1 h, then every 2 h, until the subscription is disabled.
    public static func backoff(afterAttempt attempt: Int) -> TimeInterval {
        let schedule: [TimeInterval] = [5, 30, 120, 600, 1800, 3600]
        return attempt <= schedule.count ? schedule[max(0, attempt - 1)] : 7200
    }
}
