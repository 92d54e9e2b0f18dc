import Foundation
import SamordnaDomain

extension SamordnaClient {
    /// Webhook subscriptions (list, read, change, delete; create with `createWebhook`).
    public var webhooks: RecordCollection<WebhookSubscription> { RecordCollection(transport: transport, path: "/v1/webhooks") }

    /// Registers a subscription (admins); the answer carries its signing secret, this once.
    public func createWebhook(_ input: WebhookSubscriptionInput, idempotencyKey: String = UUID().uuidString) async throws
        -> CreatedWebhookSubscription
    {
        let answer = try await transport.send(
            "POST", "/v1/webhooks", body: try SamordnaJSON.encoder().encode(input), headers: [("Idempotency-Key", idempotencyKey)])
        return try transport.decode(CreatedWebhookSubscription.self, from: answer, expecting: [201])
    }

    /// The delivery log of a subscription, newest first.
    public func webhookDeliveries(_ subscription: WebhookSubscription.ID, status: WebhookDelivery.Status? = nil, limit: Int = 50)
        async throws -> Page<WebhookDelivery>
    {
        var query: [(name: String, value: String)] = [("limit", String(limit))]
        if let status { query.append(("status", status.rawValue)) }
        return try transport.decode(
            Page<WebhookDelivery>.self, from: try await transport.send("GET", "/v1/webhooks/\(subscription)/deliveries", query: query))
    }

    /// Sends a delivery again (admins), when its turn in feed order comes.
    public func redeliver(_ delivery: String, of subscription: WebhookSubscription.ID) async throws -> WebhookDelivery {
        let answer = try await transport.send("POST", "/v1/webhooks/\(subscription)/deliveries/\(delivery)/redeliver")
        return try transport.decode(WebhookDelivery.self, from: answer, expecting: [202])
    }
}
