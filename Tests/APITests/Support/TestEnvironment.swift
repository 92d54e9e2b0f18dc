import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Logging
import SamordnaDomain
import ServiceLifecycle

@testable import SamordnaAPI

/// A fresh, seeded database in its own folder with one token of every kind, and the application on top.
/// Each test makes its own: nothing is shared between tests.
struct TestEnvironment {
    /// The project folder, found from this file's path.
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let folder: URL
    /// Removes `folder` when the last copy of this environment is gone (tests left 45 GB behind in /tmp without it).
    private let cleanup: FolderRemoval
    var configuration: AppConfiguration
    let services: Services
    let tokens: Tokens
    /// Ids of seeded organisations by key.
    let organisations: [String: Organisation.ID]

    /// The secrets of the test tokens.
    struct Tokens {
        var admin: String
        /// An editor of Länsstyrelsen i Norrbottens län.
        var editor: String
        /// An editor of Region Västerbotten.
        var otherEditor: String
        /// A reader of Länsstyrelsen i Norrbottens län.
        var reader: String
        var expired: String
        var revoked: String
    }

    /// A new environment; with `startingFrom`, on a copy of that database file (upgraded and seeded on opening).
    init(maxBodyBytes: Int = 1_048_576, startingFrom fixture: URL? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-test-\(UUID().uuidString)")
        cleanup = FolderRemoval(folder)
        if let fixture {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("samordna.sqlite"))
        }
        var configuration = AppConfiguration(
            port: 0, databasePath: folder.appendingPathComponent("samordna.sqlite").path,
            seedsPath: TestEnvironment.projectRoot.appendingPathComponent("seeds").path,
            openAPIPath: TestEnvironment.projectRoot.appendingPathComponent("openapi.yaml").path, logLevel: .warning)
        configuration.maxBodyBytes = maxBodyBytes
        // Webhooks to the tests' own receivers on 127.0.0.1, polled and retried in milliseconds.
        configuration.allowLoopbackWebhooks = true
        configuration.webhookPollInterval = .milliseconds(50)
        configuration.webhookTimeout = .seconds(2)
        configuration.webhookBackoffScale = 0.01
        self.configuration = configuration
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        services = try Services.open(configuration, logger: logger)
        let database = services.database
        let store = services.tokens
        let ids = try database.read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, id FROM organisations WHERE key IS NOT NULL").map {
                    ($0["key"] as String, Organisation.ID($0["id"] as String)!)
                })
        }
        organisations = ids
        func make(_ key: String, _ role: Role, _ name: String) throws -> String {
            try database.write { db in
                try store.create(APITokenInput(organisationId: ids[key]!, role: role, name: name), now: Date(), in: db).secret!
            }
        }
        let expired = try make("tillvaxtverket", .admin, "expired")
        try database.write { db in
            try db.execute(sql: "UPDATE apiTokens SET expiresAt = 1000 WHERE secretHash = ?", arguments: [TokenSecret.hash(expired)])
        }
        let revoked = try make("tillvaxtverket", .admin, "revoked")
        try database.write { db in
            try db.execute(sql: "UPDATE apiTokens SET revokedAt = 1000 WHERE secretHash = ?", arguments: [TokenSecret.hash(revoked)])
        }
        tokens = Tokens(
            admin: try make("tillvaxtverket", .admin, "admin"),
            editor: try make("lansstyrelsen-norrbotten", .editor, "editor"),
            otherEditor: try make("region-vasterbotten", .editor, "other editor"),
            reader: try make("lansstyrelsen-norrbotten", .reader, "reader"),
            expired: expired, revoked: revoked)
    }

    /// The id of a seeded organisation.
    func id(_ key: String) -> String { organisations[key]!.description }

    /// Runs `body` against the router without a network.
    func withRouter<T: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        let app = buildApplication(configuration: configuration, services: services)
        return try await app.test(.router) { client in try await body(client) }
    }

    /// Runs `body` against a live server on a random port of 127.0.0.1. Bound to the address itself, not to
    /// "localhost" as HummingbirdTesting's live mode does: resolving that name failed once in CI.
    func withLiveServer<T: Sendable>(_ body: @Sendable (_ baseURL: URL) async throws -> T) async throws -> T {
        var configuration = configuration
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let app = buildApplication(
            configuration: configuration, services: services,
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? 0)
                portSink.finish()
            })
        let group = ServiceGroup(configuration: .init(services: [app], logger: services.logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else {
                await group.triggerGracefulShutdown()
                throw POSIXError(.EADDRNOTAVAIL)
            }
            do {
                let value = try await body(URL(string: "http://127.0.0.1:\(port)")!)
                await group.triggerGracefulShutdown()
                // The service group ends its run with a CancellationError once shut down; that is not a failure.
                try? await tasks.waitForAll()
                return value
            } catch {
                await group.triggerGracefulShutdown()
                try? await tasks.waitForAll()
                throw error
            }
        }
    }
}

/// Removes a folder when released: the database files of a test environment, once no copy of it is left.
final class FolderRemoval: Sendable {
    let folder: URL

    init(_ folder: URL) { self.folder = folder }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
