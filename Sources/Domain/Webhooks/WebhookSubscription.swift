import Foundation

/// A webhook subscription of an organisation: changes it may see, of the types it names, are delivered to its URL as
/// thin events signed as Standard Webhooks does it, in feed order, at least once. The secret is shown once, when the
/// subscription is created. After `maximumFailures` failed attempts in a row the subscription is disabled.
public struct WebhookSubscription: Codable, Hashable, Sendable, Identifiable {
    /// The subscription's identifier.
    public typealias ID = Identifier<WebhookSubscription>

    /// Failed attempts in a row after which a subscription is disabled.
    public static let maximumFailures = 10

    public var id: ID
    /// The organisation whose visibility the deliveries follow.
    public var organisationId: Organisation.ID
    public var url: String
    /// Resource types to deliver (`meeting`, `forum`); all when empty.
    public var eventTypes: [String]
    public var description: String?
    /// Whether deliveries are made; a client re-enables a disabled subscription by setting it.
    public var active: Bool
    /// Failed attempts in a row (kept by the server).
    public var failureCount: Int
    /// When and why the server disabled it (kept by the server).
    public var disabledAt: Date?
    public var disabledReason: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a subscription value.
    public init(
        id: ID, organisationId: Organisation.ID, url: String, eventTypes: [String], description: String?, active: Bool, failureCount: Int,
        disabledAt: Date?, disabledReason: String?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.organisationId = organisationId
        self.url = url
        self.eventTypes = eventTypes
        self.description = description
        self.active = active
        self.failureCount = failureCount
        self.disabledAt = disabledAt
        self.disabledReason = disabledReason
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: WebhookSubscriptionInput {
        WebhookSubscriptionInput(organisationId: organisationId, url: url, eventTypes: eventTypes, description: description, active: active)
    }
}

/// The writable fields of a subscription.
public struct WebhookSubscriptionInput: ResourceInput {
    public var organisationId: Organisation.ID
    public var url: String
    public var eventTypes: [String]?
    public var description: String?
    public var active: Bool?

    /// Creates the input for a subscription.
    public init(organisationId: Organisation.ID, url: String, eventTypes: [String]? = nil, description: String? = nil, active: Bool? = nil)
    {
        self.organisationId = organisationId
        self.url = url
        self.eventTypes = eventTypes
        self.description = description
        self.active = active
    }

    public enum CodingKeys: String, CodingKey, CaseIterable { case organisationId, url, eventTypes, description, active }

    public static let requiredFields: Set<String> = ["organisationId", "url"]

    /// Checks the URL by `rules` and the texts.
    public func validated(rules: WebhookURLRules) throws -> WebhookSubscriptionInput {
        var v = Validator()
        if let problem = rules.problem(with: url) { v.add("url", "unsafeURL", problem) }
        v.text(description, field: "description", maxLength: 500)
        for (index, type) in (eventTypes ?? []).enumerated()
        where type.range(of: "^[a-z][A-Za-z]{1,40}$", options: .regularExpression) == nil {
            v.add("eventTypes[\(index)]", "invalidType", "An event type is a resource type, e.g. meeting.")
        }
        try v.check()
        return self
    }
}

/// What `GET /v1/webhooks` filters on.
public struct WebhookSubscriptionFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case organisationId }

    public var organisationIds: [Organisation.ID]

    /// Creates a filter.
    public init(organisationIds: [Organisation.ID] = []) { self.organisationIds = organisationIds }

    public var values: [Parameter: [String]] { [.organisationId: organisationIds.map(\.description)] }
}

extension WebhookSubscription: RegistryRecord { public typealias Filter = WebhookSubscriptionFilter }

/// The answer to creating a subscription: the subscription and, in this first answer only, its signing secret.
public struct CreatedWebhookSubscription: Codable, Hashable, Sendable {
    public var subscription: WebhookSubscription
    /// `whsec_…`: verify each delivery's `webhook-signature` with it. Absent from a replayed answer.
    public var secret: String?

    /// Creates the answer.
    public init(subscription: WebhookSubscription, secret: String?) {
        self.subscription = subscription
        self.secret = secret
    }
}
