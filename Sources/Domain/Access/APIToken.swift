import Foundation

/// A bearer token as listed: never the secret itself, which is shown once when it is created.
public struct APIToken: Codable, Hashable, Sendable, Identifiable {
    /// The token's identifier.
    public typealias ID = Identifier<APIToken>

    public var id: ID
    public var organisationId: Organisation.ID
    public var role: Role
    /// What the token is for, e.g. `Länsstyrelsen Norrbotten integration`.
    public var name: String
    public var createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?
    public var lastUsedAt: Date?

    /// Creates a token description.
    public init(
        id: ID, organisationId: Organisation.ID, role: Role, name: String, createdAt: Date,
        expiresAt: Date?, revokedAt: Date?, lastUsedAt: Date?
    ) {
        self.id = id
        self.organisationId = organisationId
        self.role = role
        self.name = name
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }

    /// Whether the token authenticates requests at `now`.
    public func isActive(at now: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { $0 > now } ?? true)
    }
}

/// The body of a token rotation: how long the old secret keeps working beside the new one.
public struct TokenRotationInput: ResourceInput {
    /// Seconds the previous secret stays valid (0 ends it at once); the server's default when absent.
    public var graceSeconds: Int?

    /// Creates a rotation request.
    public init(graceSeconds: Int? = nil) { self.graceSeconds = graceSeconds }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case graceSeconds
    }

    public static let requiredFields: Set<String> = []

    /// The longest grace period: a week.
    public static let maximumGraceSeconds = 7 * 24 * 3600

    /// Checks the grace period.
    public func validate() throws {
        if let graceSeconds, !(0...Self.maximumGraceSeconds).contains(graceSeconds) {
            throw DomainError.validationFailed([
                ValidationIssue(
                    field: "graceSeconds", code: "outOfRange", detail: "graceSeconds must be 0–\(Self.maximumGraceSeconds).")
            ])
        }
    }
}

/// The body of a token creation.
public struct APITokenInput: ResourceInput {
    public var organisationId: Organisation.ID
    public var role: Role
    public var name: String
    public var expiresAt: Date?

    /// Creates the input for a new token.
    public init(organisationId: Organisation.ID, role: Role, name: String, expiresAt: Date? = nil) {
        self.organisationId = organisationId
        self.role = role
        self.name = name
        self.expiresAt = expiresAt
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case organisationId, role, name, expiresAt
    }

    public static let requiredFields: Set<String> = ["organisationId", "role", "name"]

    /// Checks the rules that need no database.
    public func validate(now: Date) throws {
        var v = Validator()
        v.text(name, field: "name", required: true)
        if let expiresAt, expiresAt <= now { v.add("expiresAt", "inThePast", "expiresAt must be in the future.") }
        try v.check()
    }
}

/// The answer to a token creation: the description plus the secret, which is never shown again.
public struct CreatedAPIToken: Codable, Hashable, Sendable {
    /// The stored description.
    public var token: APIToken
    /// The bearer secret to put in `Authorization: Bearer …`. Shown in the first answer only: a replay of the same
    /// `Idempotency-Key` answers without it, since the server keeps a secret only as its hash.
    public var secret: String?

    /// Creates the answer.
    public init(token: APIToken, secret: String?) {
        self.token = token
        self.secret = secret
    }
}
