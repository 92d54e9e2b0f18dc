import Foundation
import GRDB
import Logging
import SamordnaDomain

/// The opened database with its reference data: what every command and the server start from.
public struct Services: Sendable {
    let database: DatabasePool
    let municipalities: MunicipalityDirectory
    let logger: Logger
    /// Moves per table on every commit; what the caches check.
    let generations: TableGenerations
    /// List totals, cached per query until the table changes.
    let counts: CountCache
    /// Tokens and what they may do, cached until a token changes.
    let tokens: TokenStore
    /// What `/metrics` exposes.
    let metrics = ServiceMetrics()

    /// Opens the database, migrates it and loads the seeds (idempotently).
    public static func open(_ configuration: AppConfiguration, logger: Logger, seed: Bool = true) throws -> Services {
        let database = try DatabaseFactory.open(path: configuration.databasePath)
        if seed {
            let folder = URL(fileURLWithPath: configuration.seedsPath)
            try SeedLoader(files: try SeedFiles(folder: folder), logger: logger).load(into: database, now: Date())
        }
        let municipalities = try database.read { db in try MunicipalityStore.directory(db) }
        let generations = TableGenerations()
        try database.write { db in
            db.add(transactionObserver: TableChangeObserver(generations: generations), extent: .databaseLifetime)
        }
        return Services(
            database: database, municipalities: municipalities, logger: logger, generations: generations,
            counts: CountCache(generations: generations) { sql, arguments in
                try database.read { db in try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0 }
            },
            tokens: TokenStore(
                database: database, generations: generations, watch: try TokenTableWatch(path: configuration.databasePath)))
    }

    /// Makes `secret` an admin token of Tillväxtverket unless a token with that secret exists.
    public func bootstrapAdmin(secret: String, now: Date = Date()) throws {
        guard secret.utf8.count >= 32 else {
            throw StartupError("SAMORDNA_BOOTSTRAP_ADMIN_TOKEN must be at least 32 characters (256 bits of randomness is advised)")
        }
        let created: Bool = try database.write { db in
            if try TokenStore.exists(secret: secret, in: db) { return false }
            guard let coordinator = try Repository(table: OrganisationTable(municipalities: municipalities)).find("tillvaxtverket", in: db)
            else {
                throw StartupError("the coordinating organisation (key tillvaxtverket) is missing; load the seeds first")
            }
            _ = try tokens.create(
                APITokenInput(organisationId: coordinator.id, role: .admin, name: "Bootstrap admin token"), secret: secret, now: now, in: db
            )
            return true
        }
        if created { logger.notice("Bootstrap admin token registered") }
    }
}
