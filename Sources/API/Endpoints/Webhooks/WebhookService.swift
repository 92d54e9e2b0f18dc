import AsyncHTTPClient
import Foundation
import GRDB
import Logging
import NIOCore
import NIOHTTP1
import SamordnaDomain
import ServiceLifecycle

/// Delivers webhooks from the change feed, never from the request that made a change: a slow or dead receiver
/// never slows or fails a write. Each round (woken by a commit, or every `pollInterval` for due retries):
/// 1. for each active subscription, the feed after its position, with its organisation's visibility and event
///    types, becomes delivery rows, and the position advances, in one transaction (so a restart loses nothing);
/// 2. for each subscription, its oldest pending delivery, if due, is POSTed, signed (Standard Webhooks); a 2xx
///    marks it delivered, anything else schedules a retry by `WebhookEvent.backoff` with ±20 % jitter, and after
///    `WebhookSubscription.maximumFailures` failures in a row the subscription is disabled. A subscription's next
///    delivery waits for the one before it: feed order, at least once.
struct WebhookService: Service {
    let database: DatabasePool
    let feed: ChangeFeedRoutes
    let rules: WebhookURLRules
    let pollInterval: Duration
    let timeout: Duration
    let backoffScale: Double
    let logger: Logger
    let clock: @Sendable () -> Date

    func run() async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let generation = ChangeSignal.shared.generation
            do {
                try await enqueue()
                try await deliverDue(with: client)
            } catch {
                logger.error("Webhook round failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            await ChangeSignal.shared.wait(after: generation, timeout: pollInterval)
        }
        try? await client.shutdown()
    }

    /// Turns the feed after each active subscription's position into deliveries.
    func enqueue() async throws {
        let now = clock()
        let behind = try await database.observedRead { db in
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM webhookSubscriptions WHERE deletedAt IS NULL AND active = 1
                    AND cursor < (SELECT COALESCE(MAX(sequence), 0) FROM changeEvents))
                    """) ?? false
        }
        guard behind else { return }
        try await database.observedWrite { db in
            let subscriptions = try Row.fetchAll(
                db, sql: "SELECT id, organisationId, eventTypes, cursor FROM webhookSubscriptions WHERE deletedAt IS NULL AND active = 1")
            for subscription in subscriptions {
                guard let organisation = Organisation.ID(subscription["organisationId"] as String) else { continue }
                let principal = Principal(tokenId: APIToken.ID(UUID().uuidString)!, organisationId: organisation, role: .reader)
                let types = try subscription.json("eventTypes", as: [String].self) ?? []
                var cursor: Int64 = subscription["cursor"]
                for _ in 0..<20 {
                    let page = try feed.read(after: cursor, types: types, limit: 200, for: principal, in: db)
                    for event in page.items {
                        guard let sequence = ChangeFeedRoutes.sequence(event.cursor) else { continue }
                        try db.execute(
                            sql: """
                                INSERT OR IGNORE INTO webhookDeliveries (id, subscriptionId, sequence, eventType, resourceId, operation,
                                version, occurredAt, status, attempts, nextAttemptAt, createdAt)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)
                                """,
                            arguments: [
                                "msg_" + UUID().uuidString.lowercased(), subscription["id"] as String, sequence, event.type, event.id,
                                event.operation.rawValue, event.version, DatabaseTime.milliseconds(event.occurredAt),
                                DatabaseTime.milliseconds(now), DatabaseTime.milliseconds(now),
                            ])
                    }
                    cursor = ChangeFeedRoutes.sequence(page.nextCursor) ?? cursor
                    if page.caughtUp { break }
                }
                try db.execute(
                    sql: "UPDATE webhookSubscriptions SET cursor = ? WHERE id = ?", arguments: [cursor, subscription["id"] as String])
            }
        }
    }

    /// A delivery due, with what sending it takes.
    struct Due: Sendable {
        var id: String
        var subscriptionId: String
        var url: String
        var secret: String
        var attempts: Int
        var eventType: String
        var resourceId: String
        var operation: String
        var version: Int
        var occurredAt: Date

        init(_ row: Row) {
            id = row["id"]
            subscriptionId = row["subscriptionId"]
            url = row["url"]
            secret = row["secret"]
            attempts = row["attempts"]
            eventType = row["eventType"]
            resourceId = row["resourceId"]
            operation = row["operation"]
            version = row["version"]
            occurredAt = row.date("occurredAt")
        }
    }

    /// One due delivery per subscription, all subscriptions at once.
    func deliverDue(with client: HTTPClient) async throws {
        let now = clock()
        let due = try await database.observedRead { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.*, s.url, s.secret FROM webhookDeliveries d JOIN webhookSubscriptions s ON s.id = d.subscriptionId
                    WHERE s.deletedAt IS NULL AND s.active = 1 AND d.status = 'pending'
                    AND d.sequence = (SELECT MIN(sequence) FROM webhookDeliveries WHERE subscriptionId = d.subscriptionId AND status = 'pending')
                    AND d.nextAttemptAt <= ?
                    """, arguments: [DatabaseTime.milliseconds(now)]
            ).map(Due.init)
        }
        await withTaskGroup(of: Void.self) { group in
            for row in due {
                group.addTask { await attempt(row, with: client) }
            }
        }
    }

    /// One attempt of one delivery, and its outcome recorded.
    func attempt(_ due: Due, with client: HTTPClient) async {
        let (id, subscription, url, attempts) = (due.id, due.subscriptionId, due.url, due.attempts + 1)
        let now = clock()
        var status: Int?
        var failure: String?
        do {
            let body = try body(of: due)
            let timestamp = Int(now.timeIntervalSince1970)
            guard let signature = WebhookSignature.sign(id: id, timestamp: timestamp, body: body, secret: due.secret) else {
                throw WebhookError("the subscription's secret is unreadable")
            }
            try await WebhookTarget.check(url, rules: rules)
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/json")
            request.headers.add(name: "user-agent", value: "Samordna-Webhooks/1")
            request.headers.add(name: "webhook-id", value: id)
            request.headers.add(name: "webhook-timestamp", value: String(timestamp))
            request.headers.add(name: "webhook-signature", value: signature)
            request.body = .bytes(ByteBuffer(bytes: body))
            let response = try await client.execute(request, timeout: .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000))
            status = Int(response.status.code)
            _ = try? await response.body.collect(upTo: 64 * 1024)
            if !(200..<300).contains(status!) { failure = "the receiver answered \(status!)" }
        } catch {
            failure = "\(error)"
        }
        await record(id, subscription: subscription, attempts: attempts, status: status, failure: failure, at: now)
    }

    private func body(of due: Due) throws -> Data {
        let type = due.eventType
        let operation = AuditEntry.Operation(rawValue: due.operation) ?? .updated
        let path = feed.visibility.paths[type].map { "\($0)/\(due.resourceId)" }
        let event = WebhookEvent(
            type: "\(type).\(operation.rawValue)", timestamp: due.occurredAt,
            data: .init(
                resourceType: type, id: due.resourceId, version: due.version, operation: operation, path: operation == .deleted ? nil : path
            ))
        return Data(try ResponseJSONEncoder().encode(event))
    }

    private func record(_ id: String, subscription: String, attempts: Int, status: Int?, failure: String?, at now: Date) async {
        let stamp = DatabaseTime.milliseconds(now)
        do {
            try await database.observedWrite { db in
                guard let failure else {
                    try db.execute(
                        sql: """
                            UPDATE webhookDeliveries SET status = 'delivered', attempts = ?, lastAttemptAt = ?, responseStatus = ?, error = NULL
                            WHERE id = ?
                            """, arguments: [attempts, stamp, status, id])
                    try db.execute(sql: "UPDATE webhookSubscriptions SET failureCount = 0 WHERE id = ?", arguments: [subscription])
                    return
                }
                let wait = WebhookEvent.backoff(afterAttempt: attempts) * backoffScale * Double.random(in: 0.8...1.2)
                try db.execute(
                    sql: """
                        UPDATE webhookDeliveries SET attempts = ?, lastAttemptAt = ?, responseStatus = ?, error = ?, nextAttemptAt = ?
                        WHERE id = ?
                        """,
                    arguments: [
                        attempts, stamp, status, String(failure.prefix(500)), DatabaseTime.milliseconds(now.addingTimeInterval(wait)), id,
                    ])
                try db.execute(
                    sql: "UPDATE webhookSubscriptions SET failureCount = failureCount + 1 WHERE id = ?", arguments: [subscription])
                let failures = try Int.fetchOne(
                    db, sql: "SELECT failureCount FROM webhookSubscriptions WHERE id = ?", arguments: [subscription])
                if let failures, failures >= WebhookSubscription.maximumFailures {
                    try Repository(table: WebhookSubscriptionTable()).updateServerState(
                        subscription,
                        columns: [
                            ("active", false), ("disabledAt", stamp),
                            ("disabledReason", "\(failures) failed attempts in a row; the last: \(failure.prefix(300))"),
                        ], by: nil, in: db, now: now)
                    try db.execute(
                        sql: "UPDATE webhookDeliveries SET status = 'failed' WHERE subscriptionId = ? AND status = 'pending'",
                        arguments: [subscription])
                }
            }
        } catch {
            logger.error("Recording a webhook delivery failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }
}

/// Why a delivery could not be made.
struct WebhookError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The check made at each delivery: the URL's form, and every address its host resolves to (so that a name that
/// later points into a private network is refused then, too).
enum WebhookTarget {
    static func check(_ url: String, rules: WebhookURLRules) async throws {
        if let problem = rules.problem(with: url) { throw WebhookError(problem) }
        guard let host = rules.host(of: url), IPAddress(host) == nil else { return }
        for address in try resolve(host) {
            if let refusal = rules.refusal(of: address) { throw WebhookError(refusal) }
        }
    }

    /// The addresses of a name, by the system's resolver.
    static func resolve(_ host: String) throws -> [IPAddress] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { throw WebhookError("\(host) does not resolve") }
        defer { freeaddrinfo(first) }
        var addresses: [IPAddress] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if entry.pointee.ai_family == AF_INET, let raw = entry.pointee.ai_addr {
                let bytes = raw.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                    withUnsafeBytes(of: pointer.pointee.sin_addr) { Array($0) }
                }
                if let address = IPAddress(bytes: bytes) { addresses.append(address) }
            } else if entry.pointee.ai_family == AF_INET6, let raw = entry.pointee.ai_addr {
                let bytes = raw.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                    withUnsafeBytes(of: pointer.pointee.sin6_addr) { Array($0) }
                }
                if let address = IPAddress(bytes: bytes) { addresses.append(address) }
            }
            cursor = entry.pointee.ai_next
        }
        return addresses
    }
}
