import Foundation
import GRDB
import SamordnaDomain

/// Webhook subscriptions: admins register, change and delete them; the subscribing organisation's tokens read their
/// own (others get 404). The signing secret is made by the server and shown once; the feed position, failure count
/// and disabling are the server's.
struct WebhookSubscriptionTable: ResourceTable {
    typealias Resource = WebhookSubscription

    var rules = WebhookURLRules()

    static let resourceType = "webhookSubscription"
    static let listSpec = ListSpec(
        table: "webhookSubscriptions",
        filters: WebhookSubscriptionFilter.self,
        sortColumns: ["createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "createdAt",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .organisationId: .identifier("organisationId")
        }
    }

    static let references: [Reference] = [.column("organisationId", to: "organisations")]

    static let fields: [Field<WebhookSubscription>] = [
        .value("organisationId", { $0.organisationId }, { $0.organisationId }), .value("url", { $0.url }, { $0.url }),
        .stored("eventTypes") { JSONColumn.text($0.eventTypes ?? []) }, .exported("eventTypes") { $0.eventTypes.joined(separator: ",") },
        .value("description", { $0.description }, { $0.description }), .value("active", { $0.active ?? true }, { $0.active }),
        .serverKept("failureCount") { String($0.failureCount) },
        .serverKept("disabledAt") { $0.disabledAt.map(Timestamp.format) }, .serverKept("disabledReason") { $0.disabledReason },
        .hidden("secret"), .hidden("cursor"),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> WebhookSubscription {
        WebhookSubscription(
            id: try row.identifier("id"), organisationId: try row.identifier("organisationId"), url: row["url"],
            eventTypes: try row.json("eventTypes", as: [String].self) ?? [], description: row["description"], active: row["active"],
            failureCount: row["failureCount"], disabledAt: row.optionalDate("disabledAt"), disabledReason: row["disabledReason"],
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func visibility(for principal: Principal) -> ListQuery.Condition? {
        principal.isAdmin ? nil : ListQuery.Condition(sql: "organisationId = ?", arguments: [principal.organisationId.description])
    }

    func authorise(_ input: WebhookSubscriptionInput, replacing existing: WebhookSubscription?, by principal: Principal, in db: Database)
        throws
    { try principal.requireAdmin("register webhooks") }

    /// A new subscription gets its secret; re-enabling a disabled one clears the failures.
    func derivedColumns(_ input: WebhookSubscriptionInput, replacing existing: WebhookSubscription?, now: Date)
        -> [(String, (any DatabaseValueConvertible)?)]
    {
        guard let existing else { return [("secret", WebhookSignature.newSecret())] }
        guard input.active == true, !existing.active else { return [] }
        return [("failureCount", 0), ("disabledAt", nil), ("disabledReason", nil)]
    }

    func prepare(_ input: WebhookSubscriptionInput, replacing existing: WebhookSubscription?, in db: Database, now: Date) throws
        -> WebhookSubscriptionInput
    { try input.validated(rules: rules) }

    /// A new subscription starts at the feed's present: it delivers the changes made after it.
    func recordDerivedLinks(
        id: String, _ input: WebhookSubscriptionInput, replacing existing: WebhookSubscription?, in db: Database, now: Date
    ) throws {
        guard existing == nil else { return }
        try db.execute(
            sql: "UPDATE webhookSubscriptions SET cursor = (SELECT COALESCE(MAX(sequence), 0) FROM changeEvents) WHERE id = ?",
            arguments: [id])
    }

    func prepareDelete(_ subscription: WebhookSubscription, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete webhooks")
    }
}
