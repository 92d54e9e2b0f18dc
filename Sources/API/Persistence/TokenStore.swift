import Foundation
import GRDB
import SamordnaDomain

/// Creates, lists, revokes and checks bearer tokens.
struct TokenStore: Sendable {
    let database: DatabasePool
    let cache: TokenCache

    /// A store over the pool; `watch` lets the cache notice tokens changed by other processes.
    init(database: DatabasePool, generations: TableGenerations, watch: TokenTableWatch? = nil) {
        self.database = database
        self.cache = TokenCache(generations: generations, watch: watch)
    }

    /// How often `lastUsedAt` is written at most per token, so reads do not become writes.
    static let lastUsedResolution: TimeInterval = 60

    static let listSpec = ListSpec(
        table: "apiTokens",
        filters: APITokenFilter.self,
        sortColumns: ["createdAt": "createdAt", "updatedAt": "updatedAt", "name": "name", "id": "id"],
        defaultSort: "createdAt",
        searchColumns: [],
        liveCondition: "revokedAt IS NULL"
    ) { parameter in
        switch parameter {
        case .organisationId: .identifier("organisationId")
        case .role: .enumeration("role", Role.self)
        }
    }

    /// Creates a token for an organisation (given by id or key) and returns it with its secret.
    func create(_ input: APITokenInput, secret: String? = nil, now: Date, in db: Database) throws -> CreatedAPIToken {
        try input.validate(now: now)
        let issues = try ReferenceRegistry.shared.issues(
            [.column("organisationId", to: "organisations")], columns: [("organisationId", input.organisationId.description)],
            links: [:], previous: nil, visibleTo: nil, in: db)
        if !issues.isEmpty { throw DomainError.validationFailed(issues) }
        let secret = secret ?? TokenSecret.generate()
        let id = APIToken.ID.random()
        try db.execute(
            sql: """
                INSERT INTO apiTokens (id, organisationId, role, name, secretHash, createdAt, expiresAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id.description, input.organisationId.description, input.role.rawValue, input.name,
                TokenSecret.hash(secret), DatabaseTime.milliseconds(now), input.expiresAt.map(DatabaseTime.milliseconds),
                DatabaseTime.milliseconds(now),
            ])
        try ChangeLog.append(db, resourceType: "token", resourceId: id.description, operation: .created, version: 1, at: now, by: nil)
        guard let token = try find(id, in: db) else { throw DomainError.notFound(resource: "token", id: id.description) }
        return CreatedAPIToken(token: token, secret: secret)
    }

    /// The token with this id, revoked or not.
    func find(_ id: APIToken.ID, in db: Database) throws -> APIToken? {
        try Row.fetchOne(db, sql: "SELECT * FROM apiTokens WHERE id = ?", arguments: [id.description]).map(TokenStore.decode)
    }

    /// Revokes a token: it stops working at once and is gone from reads and lists (the row stays for
    /// the record). Throws not found for an unknown or already revoked id.
    func revoke(_ id: APIToken.ID, now: Date, in db: Database) throws {
        guard let token = try find(id, in: db), token.revokedAt == nil else {
            throw DomainError.notFound(resource: "token", id: id.description)
        }
        try db.execute(
            sql: "UPDATE apiTokens SET revokedAt = ?, updatedAt = ? WHERE id = ?",
            arguments: [DatabaseTime.milliseconds(now), DatabaseTime.milliseconds(now), id.description])
        try ChangeLog.append(db, resourceType: "token", resourceId: id.description, operation: .deleted, version: 1, at: now, by: nil)
    }

    /// Gives a live token a new secret; the previous one keeps working until `graceUntil`, so an integration swaps
    /// secrets without downtime. Only the hashes are stored.
    func rotate(_ id: APIToken.ID, graceUntil: Date, now: Date, in db: Database) throws -> CreatedAPIToken {
        guard let token = try find(id, in: db), token.isActive(at: now) else {
            throw DomainError.notFound(resource: "token", id: id.description)
        }
        let secret = TokenSecret.generate()
        try db.execute(
            sql: """
                UPDATE apiTokens SET previousSecretHash = secretHash, previousSecretValidUntil = ?, secretHash = ?, updatedAt = ?
                WHERE id = ?
                """,
            arguments: [DatabaseTime.milliseconds(graceUntil), TokenSecret.hash(secret), DatabaseTime.milliseconds(now), id.description])
        try ChangeLog.append(db, resourceType: "token", resourceId: id.description, operation: .updated, version: 1, at: now, by: nil)
        return CreatedAPIToken(token: token, secret: secret)
    }

    /// Revokes every live token of an organisation, as when the organisation is deleted.
    static func revokeAll(of organisation: Organisation.ID, in db: Database, now: Date) throws {
        try db.execute(
            sql: "UPDATE apiTokens SET revokedAt = ?1, updatedAt = ?1 WHERE organisationId = ?2 AND revokedAt IS NULL",
            arguments: [DatabaseTime.milliseconds(now), organisation.description])
    }

    /// Whether a token with this secret exists (revoked or not).
    static func exists(secret: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM apiTokens WHERE secretHash = ?)", arguments: [TokenSecret.hash(secret)])
            ?? false
    }

    /// Every token, newest first.
    static func all(in db: Database) throws -> [APIToken] {
        try Row.fetchAll(db, sql: "SELECT * FROM apiTokens ORDER BY createdAt DESC, id").map(decode)
    }

    /// The principal a secret stands for, or nil when it is unknown, expired or revoked.
    func authenticate(secret: String, now: Date) async throws -> Principal? {
        let hash = TokenSecret.hash(secret)
        var token = cache.token(forHash: hash, now: now)
        ServiceMetrics.current?.tokenLookup(hit: token != nil)
        if token == nil {
            let generation = cache.generation
            let stamp = DatabaseTime.milliseconds(now)
            let found = try await database.observedRead { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT *, secretHash = ?1 AS current FROM apiTokens
                        WHERE secretHash = ?1 OR (previousSecretHash = ?1 AND previousSecretValidUntil > ?2)
                        """, arguments: [hash, stamp]
                ).map { (token: try TokenStore.decode($0), current: $0["current"] as Bool) }
            }
            token = found?.token
            // A previous secret in its grace period is looked up every time, so that its end applies at once.
            if let found, found.current { cache.store(found.token, forHash: hash, generation: generation, now: now) }
        }
        guard let token, token.isActive(at: now) else { return nil }
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > TokenStore.lastUsedResolution }) ?? true {
            try await database.write { db in
                try db.execute(
                    sql: "UPDATE apiTokens SET lastUsedAt = ? WHERE id = ?",
                    arguments: [DatabaseTime.milliseconds(now), token.id.description])
            }
        }
        return Principal(tokenId: token.id, organisationId: token.organisationId, role: token.role)
    }

    static func decode(_ row: Row) throws -> APIToken {
        APIToken(
            id: try row.identifier("id"), organisationId: try row.identifier("organisationId"), role: try row.value("role"),
            name: row["name"], createdAt: row.date("createdAt"), expiresAt: row.optionalDate("expiresAt"),
            revokedAt: row.optionalDate("revokedAt"), lastUsedAt: row.optionalDate("lastUsedAt"))
    }
}

extension APIToken: CSVExportable {
    static let csvColumns = ["id", "organisationId", "role", "name", "createdAt", "expiresAt", "revokedAt", "lastUsedAt"]
    var csvValues: [String?] {
        [
            id.description, organisationId.description, role.rawValue, name, Timestamp.format(createdAt), expiresAt.map(Timestamp.format),
            revokedAt.map(Timestamp.format), lastUsedAt.map(Timestamp.format),
        ]
    }
}
