import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// What webhooks offer beside the shared list, read, change and delete of `/v1/webhooks`:
/// - `POST /v1/webhooks` (admins): registers a subscription and answers its secret, once (a replay of the same
///   `Idempotency-Key` answers without it);
/// - `GET /v1/webhooks/{id}/deliveries`: the delivery log, newest first, with status, attempts and the receiver's
///   answer (filter `status`);
/// - `POST /v1/webhooks/{id}/deliveries/{deliveryId}/redeliver` (admins): sends a delivery again, as soon as its
///   turn in feed order comes.
struct WebhookRoutes: Sendable {
    let database: DatabasePool
    let table: WebhookSubscriptionTable
    let bodyLimit: Int
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.on(.post, "/v1/webhooks") { try await create($0, $1) }
        registrar.describeInput("/v1/webhooks", WebhookSubscriptionInput.self)
        registrar.on(.get, "/v1/webhooks/{id}/deliveries") { try await deliveries($0, $1) }
        registrar.on(.post, "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver") { try await redeliver($0, $1) }
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try principal.requireAdmin("register webhooks")
        let now = clock()
        var response = try await Idempotency.create(
            request, path: "/v1/webhooks", as: WebhookSubscriptionInput.self, principal: principal, database: database,
            bodyLimit: bodyLimit, now: now
        ) { input, db in
            let subscription = try Repository(table: table).create(input, by: principal, in: db, now: now)
            let secret = try String.fetchOne(
                db, sql: "SELECT secret FROM webhookSubscriptions WHERE id = ?", arguments: [subscription.idText])
            let encoder = ResponseJSONEncoder()
            return Idempotency.StoredResponse(
                status: 201, location: "/v1/webhooks/\(subscription.idText)", eTag: Preconditions.eTag(version: subscription.version),
                body: Data(try encoder.encode(CreatedWebhookSubscription(subscription: subscription, secret: secret))),
                replayBody: Data(try encoder.encode(CreatedWebhookSubscription(subscription: subscription, secret: nil))),
                resourceId: subscription.idText)
        }
        response.headers[.cacheControl] = "no-store"
        return response
    }

    func deliveries(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let parameters = try ViewParameters(
            request, accepts: ["status": .oneOf(WebhookDelivery.Status.allCases.map(\.rawValue)), "limit": .text])
        let limit = try AuditRoutes.limit(parameters["limit"].last)
        let statuses = parameters["status"]
        let page = try await database.observedRead { db -> Page<WebhookDelivery> in
            let subscription = try Repository(table: table).require(id, visibleTo: principal, in: db)
            let filter = statuses.isEmpty ? "" : " AND status IN (\(statuses.map { _ in "?" }.joined(separator: ", ")))"
            let arguments = [subscription.idText] + statuses
            let total =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM webhookDeliveries WHERE subscriptionId = ?\(filter)",
                    arguments: StatementArguments(arguments)) ?? 0
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM webhookDeliveries WHERE subscriptionId = ?\(filter) ORDER BY sequence DESC LIMIT \(limit)",
                arguments: StatementArguments(arguments))
            return Page(items: rows.map(Self.delivery), total: total, limit: limit, offset: 0)
        }
        return try JSONResponse.make(page)
    }

    func redeliver(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try principal.requireAdmin("redeliver webhooks")
        let id = try context.parameters.require("id")
        let deliveryId = try context.parameters.require("deliveryId")
        let now = clock()
        let delivery = try await database.observedWrite { db -> WebhookDelivery in
            let subscription = try Repository(table: table).require(id, visibleTo: principal, in: db)
            try db.execute(
                sql: """
                    UPDATE webhookDeliveries SET status = 'pending', nextAttemptAt = ?, error = NULL
                    WHERE id = ? AND subscriptionId = ?
                    """, arguments: [DatabaseTime.milliseconds(now), deliveryId, subscription.idText])
            guard db.changesCount == 1,
                let row = try Row.fetchOne(db, sql: "SELECT * FROM webhookDeliveries WHERE id = ?", arguments: [deliveryId])
            else { throw DomainError.notFound(resource: "webhook delivery", id: deliveryId) }
            return Self.delivery(row)
        }
        ChangeSignal.shared.signal()
        return try JSONResponse.make(delivery, status: .accepted)
    }

    static func delivery(_ row: Row) -> WebhookDelivery {
        let operation = AuditEntry.Operation(rawValue: row["operation"]) ?? .updated
        let type: String = row["eventType"]
        return WebhookDelivery(
            id: row["id"], subscriptionId: WebhookSubscription.ID(row["subscriptionId"] as String)!,
            event: WebhookEvent(
                type: "\(type).\(operation.rawValue)", timestamp: row.date("occurredAt"),
                data: .init(resourceType: type, id: row["resourceId"], version: row["version"], operation: operation, path: nil)),
            status: WebhookDelivery.Status(rawValue: row["status"]) ?? .pending, attempts: row["attempts"],
            nextAttemptAt: (row["status"] as String) == "pending" ? row.date("nextAttemptAt") : nil,
            lastAttemptAt: row.optionalDate("lastAttemptAt"),
            responseStatus: row["responseStatus"], error: row["error"], createdAt: row.date("createdAt"))
    }
}
