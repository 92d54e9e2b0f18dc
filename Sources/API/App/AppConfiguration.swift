import Foundation
import Logging

/// Everything the service is configured with, read once at start-up (flags, then environment, then
/// defaults) by the executable. Nothing below the composition root reads the environment.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The SQLite file; created with its folder if missing.
    public var databasePath: String
    /// The folder with the reference data (`seeds/`).
    public var seedsPath: String
    /// The OpenAPI contract served at `/openapi.yaml`.
    public var openAPIPath: String
    public var logLevel: Logger.Level
    /// A token to make an admin token of the coordinating organisation if it does not exist yet.
    public var bootstrapAdminToken: String?
    /// The largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// The largest import file accepted (`POST …/import`), in bytes; 32 MiB by default.
    public var maxImportBytes: Int = 33_554_432
    /// How long a connection may take to send a request's head (from opening, or from the previous answer).
    public var headerTimeout: Duration = .seconds(10)
    /// How long a request's body may take to arrive after its head.
    public var bodyTimeout: Duration = .seconds(30)
    /// How long a kept-alive connection may sit idle.
    public var idleTimeout: Duration = .seconds(60)
    /// The most connections served at once; more wait in the listen backlog.
    public var maxConnections: Int = 4096
    /// How often the server erases contact persons past their `retainUntil`; nil turns the job off.
    public var cullInterval: Duration? = .seconds(86_400)
    /// How long a rotated-out token secret keeps working when the rotation does not say (seconds).
    public var tokenRotationGrace: TimeInterval = 3600
    /// Requests a token may make a minute (in bursts of as many); 0 turns rate limiting off.
    public var rateLimitPerMinute: Int = 6000
    /// Whether admin tokens are exempt from the rate limit.
    public var rateLimitExemptsAdmins = true
    /// A token that may read `/metrics` (a Prometheus scraper's); without one, `/metrics` takes an admin token.
    public var metricsToken: String?
    /// Webhook deliveries: whether `http://127.0.0.1` targets are allowed (development and tests only).
    public var allowLoopbackWebhooks = false
    /// How often the webhook service looks for due retries when no change wakes it.
    public var webhookPollInterval: Duration = .seconds(1)
    /// How long a receiver may take to answer one delivery.
    public var webhookTimeout: Duration = .seconds(10)
    /// The retry schedule's scale: 1 in production (5 s, 30 s, 2 min, …), small in tests.
    public var webhookBackoffScale: Double = 1
    /// Where and how the access log is written (one line per request); off in tests unless they ask.
    var accessLog = AccessLog(format: .off) { _ in }

    /// Chooses the access log's format (`json`, `logfmt` or `off`), written to standard output.
    public mutating func setAccessLog(format: String) throws {
        guard let format = AccessLog.Format(rawValue: format) else {
            throw StartupError("access log must be json, logfmt or off; got \(format)")
        }
        accessLog = .standardOutput(format)
    }

    /// Creates a configuration; the defaults suit `make run` from the project folder.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, databasePath: String = "./data/samordna.sqlite",
        seedsPath: String = "./seeds", openAPIPath: String = "./openapi.yaml", logLevel: Logger.Level = .info,
        bootstrapAdminToken: String? = nil, maxBodyBytes: Int = 1_048_576
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.seedsPath = seedsPath
        self.openAPIPath = openAPIPath
        self.logLevel = logLevel
        self.bootstrapAdminToken = bootstrapAdminToken
        self.maxBodyBytes = maxBodyBytes
    }
}
