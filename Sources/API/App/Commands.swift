import Foundation
import GRDB
import Hummingbird
import Logging
import SamordnaDomain

/// What the `samordna` executable can do; its `main` only parses the command line and calls these.
public enum Commands {
    /// Opens the database, migrates, seeds, registers the bootstrap token, and serves until SIGINT or
    /// SIGTERM (in-flight requests finish first).
    public static func serve(_ configuration: AppConfiguration) async throws {
        let logger = makeLogger(configuration.logLevel)
        let services = try Services.open(configuration, logger: logger)
        if let secret = configuration.bootstrapAdminToken { try services.bootstrapAdmin(secret: secret) }
        guard FileManager.default.fileExists(atPath: configuration.openAPIPath) else {
            throw StartupError("the contract \(configuration.openAPIPath) is missing; set --openapi to the project's openapi.yaml")
        }
        let app = buildApplication(configuration: configuration, services: services)
        try await app.runService()
    }

    /// Creates the database if missing and applies the migrations.
    public static func migrate(_ configuration: AppConfiguration) throws {
        _ = try DatabaseFactory.open(path: configuration.databasePath)
    }

    /// Loads the seeds (idempotently) and reports what was added.
    public static func seed(_ configuration: AppConfiguration) throws -> String {
        let logger = makeLogger(configuration.logLevel)
        let database = try DatabaseFactory.open(path: configuration.databasePath)
        let summary = try SeedLoader(files: try SeedFiles(folder: URL(fileURLWithPath: configuration.seedsPath)), logger: logger)
            .load(into: database, now: Date())
        return "added \(summary)"
    }

    /// Creates a token for an organisation given by key or id; returns the secret.
    public static func createToken(
        _ configuration: AppConfiguration, organisation: String, role: Role, name: String, expires: Date?
    ) throws -> String {
        let services = try Services.open(configuration, logger: makeLogger(configuration.logLevel))
        return try services.database.write { db in
            guard let owner = try Repository(table: OrganisationTable(municipalities: services.municipalities)).find(organisation, in: db)
            else {
                throw StartupError("no organisation with key or id \(organisation)")
            }
            do {
                let created = try services.tokens.create(
                    APITokenInput(organisationId: owner.id, role: role, name: name, expiresAt: expires), now: Date(), in: db)
                guard let secret = created.secret else { throw StartupError("the new token has no secret") }
                return secret
            } catch DomainError.validationFailed(let issues) {
                throw StartupError(issues.map { "\($0.field): \($0.detail)" }.joined(separator: "; "))
            }
        }
    }

    /// Every token, newest first.
    public static func listTokens(_ configuration: AppConfiguration) throws -> [APIToken] {
        let database = try DatabaseFactory.open(path: configuration.databasePath)
        return try database.read { db in try TokenStore.all(in: db) }
    }

    /// Revokes a token by id.
    public static func revokeToken(_ configuration: AppConfiguration, id: String) throws {
        guard let tokenId = APIToken.ID(id) else { throw StartupError("\(id) is not a token id (a UUID)") }
        let database = try DatabaseFactory.open(path: configuration.databasePath)
        do {
            try database.write { db in
                try TokenStore(database: database, generations: TableGenerations()).revoke(tokenId, now: Date(), in: db)
            }
        } catch DomainError.notFound {
            throw StartupError("no token with id \(id)")
        }
    }

    /// Gives a token a new secret (printed once); the old one works for `grace` seconds more.
    public static func rotateToken(_ configuration: AppConfiguration, id: String, grace: TimeInterval) throws -> String {
        guard let tokenId = APIToken.ID(id) else { throw StartupError("\(id) is not a token id (a UUID)") }
        let database = try DatabaseFactory.open(path: configuration.databasePath)
        do {
            let rotated = try database.write { db in
                try TokenStore(database: database, generations: TableGenerations()).rotate(
                    tokenId, graceUntil: Date().addingTimeInterval(grace), now: Date(), in: db)
            }
            guard let secret = rotated.secret else { throw StartupError("the rotated token has no secret") }
            return secret
        } catch DomainError.notFound {
            throw StartupError("no live token with id \(id)")
        }
    }

    /// Erases contact persons past their `retainUntil` (or, with `dryRun`, lists them); returns what it erased.
    public static func cull(_ configuration: AppConfiguration, dryRun: Bool) throws -> [String] {
        let database = try DatabaseFactory.open(path: configuration.databasePath)
        let now = Date()
        return try Retention.cull(database, today: CalendarDate(now), dryRun: dryRun, now: now).map(\.description)
    }

    /// A logger writing to standard error at the given level.
    public static func makeLogger(_ level: Logger.Level) -> Logger {
        var logger = Logger(label: "samordna") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        return logger
    }
}
