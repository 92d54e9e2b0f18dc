import ArgumentParser
import Foundation
import Logging
import SamordnaAPI
import SamordnaDomain

/// `samordna`: the coordination registry's server and its administration commands.
@main
struct Samordna: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samordna",
        abstract: "Samordna: the coordination registry for the new industrialisation in Norrbotten and Västerbotten.",
        subcommands: [Serve.self, Migrate.self, Seed.self, TokenCommand.self, Backup.self, Restore.self, Cull.self])
}

/// Options every command shares; each flag falls back to its `SAMORDNA_*` variable, then the default.
struct StorageOptions: ParsableArguments {
    @Option(help: "SQLite database file (env SAMORDNA_DATABASE).")
    var database: String?
    @Option(help: "Folder with the reference data (env SAMORDNA_SEEDS).")
    var seeds: String?
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical (env SAMORDNA_LOG_LEVEL).")
    var logLevel: String?

    func configuration() throws -> AppConfiguration {
        var configuration = AppConfiguration()
        configuration.databasePath = database ?? SamordnaEnvironment.value("DATABASE") ?? configuration.databasePath
        configuration.seedsPath = seeds ?? SamordnaEnvironment.value("SEEDS") ?? configuration.seedsPath
        if let level = logLevel ?? SamordnaEnvironment.value("LOG_LEVEL") {
            guard let parsed = Logger.Level(rawValue: level.lowercased()) else {
                throw ConfigurationError("log level must be one of trace, debug, info, notice, warning, error, critical; got \(level)")
            }
            configuration.logLevel = parsed
        }
        return configuration
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create, migrate and seed the database if needed, then serve the API.")
    @OptionGroup var storage: StorageOptions
    @Option(help: "Address to listen on (env SAMORDNA_HOST).") var host: String?
    @Option(help: "Port to listen on (env SAMORDNA_PORT).") var port: Int?
    @Option(help: "The OpenAPI contract to serve (env SAMORDNA_OPENAPI).") var openapi: String?
    @Option(help: "Largest request body in bytes (env SAMORDNA_MAX_BODY_BYTES).") var maxBodyBytes: Int?
    @Option(help: "Largest import file in bytes (env SAMORDNA_MAX_IMPORT_BYTES; default 33554432).") var maxImportBytes: Int?
    @Option(help: "Seconds a client may take to send a request's head (env SAMORDNA_HEADER_TIMEOUT; default 10).")
    var headerTimeout: Double?
    @Option(help: "Seconds a request's body may take after its head (env SAMORDNA_BODY_TIMEOUT; default 30).")
    var bodyTimeout: Double?
    @Option(help: "Seconds a kept-alive connection may sit idle (env SAMORDNA_IDLE_TIMEOUT; default 60).")
    var idleTimeout: Double?
    @Option(help: "Most connections served at once (env SAMORDNA_MAX_CONNECTIONS; default 4096).") var maxConnections: Int?
    @Option(help: "Requests a token may make a minute, 0 for no limit (env SAMORDNA_RATE_LIMIT; default 6000).")
    var rateLimit: Int?
    @Option(help: "Whether admin tokens are exempt from the rate limit (env SAMORDNA_RATE_LIMIT_EXEMPT_ADMINS; default true).")
    var rateLimitExemptAdmins: Bool?
    @Option(help: "Hours between runs of the retention job, 0 for none (env SAMORDNA_CULL_INTERVAL_HOURS; default 24).")
    var cullIntervalHours: Double?
    @Option(help: "Access log on standard output: json, logfmt or off (env SAMORDNA_ACCESS_LOG; default json).")
    var accessLog: String?
    @Flag(help: "Development only: allow webhooks to plain http on 127.0.0.1 (env SAMORDNA_ALLOW_LOOPBACK_WEBHOOKS=true).")
    var allowLoopbackWebhooks = false
    @Option(help: "Scale of the webhook retry schedule, 1 = 5 s, 30 s, 2 min … (env SAMORDNA_WEBHOOK_BACKOFF_SCALE; default 1).")
    var webhookBackoffScale: Double?

    func run() async throws {
        var configuration = try storage.configuration()
        configuration.host = host ?? SamordnaEnvironment.value("HOST") ?? configuration.host
        configuration.openAPIPath = openapi ?? SamordnaEnvironment.value("OPENAPI") ?? configuration.openAPIPath
        configuration.bootstrapAdminToken = SamordnaEnvironment.value("BOOTSTRAP_ADMIN_TOKEN")
        if let value = try setting(port, "PORT", "port must be 0–65535", { whole($0, 0...65535) }) { configuration.port = value }
        if let value = try setting(
            maxBodyBytes, "MAX_BODY_BYTES", "max body bytes must be 1024–104857600", { whole($0, 1024...104_857_600) })
        {
            configuration.maxBodyBytes = value
        }
        if let value = try setting(
            maxImportBytes, "MAX_IMPORT_BYTES", "max import bytes must be 1024–1073741824", { whole($0, 1024...1_073_741_824) })
        {
            configuration.maxImportBytes = value
        }
        for (flag, name, keyPath) in [
            (headerTimeout, "HEADER_TIMEOUT", \AppConfiguration.headerTimeout), (bodyTimeout, "BODY_TIMEOUT", \.bodyTimeout),
            (idleTimeout, "IDLE_TIMEOUT", \.idleTimeout),
        ] {
            let what = "\(name.lowercased().replacingOccurrences(of: "_", with: " ")) must be 0.05–86400 seconds"
            if let seconds = try setting(flag, name, what, { Double($0).flatMap { (0.05...86_400).contains($0) ? $0 : nil } }) {
                configuration[keyPath: keyPath] = .milliseconds(Int64(seconds * 1000))
            }
        }
        if let value = try setting(maxConnections, "MAX_CONNECTIONS", "max connections must be 1–1000000", { whole($0, 1...1_000_000) }) {
            configuration.maxConnections = value
        }
        if let value = try setting(
            rateLimit, "RATE_LIMIT", "rate limit must be 0–10000000 requests a minute", { whole($0, 0...10_000_000) })
        {
            configuration.rateLimitPerMinute = value
        }
        if let value = try setting(
            rateLimitExemptAdmins, "RATE_LIMIT_EXEMPT_ADMINS", "rate limit exempt admins must be true or false", Bool.init)
        {
            configuration.rateLimitExemptsAdmins = value
        }
        if let hours = try setting(
            cullIntervalHours, "CULL_INTERVAL_HOURS", "cull interval must be 0–8760 hours",
            { Double($0).flatMap { (0...8760).contains($0) ? $0 : nil } })
        {
            configuration.cullInterval = hours == 0 ? nil : .milliseconds(Int64(hours * 3_600_000))
        }
        try configuration.setAccessLog(format: accessLog ?? SamordnaEnvironment.value("ACCESS_LOG") ?? "json")
        configuration.metricsToken = SamordnaEnvironment.value("METRICS_TOKEN")
        configuration.allowLoopbackWebhooks = allowLoopbackWebhooks || SamordnaEnvironment.value("ALLOW_LOOPBACK_WEBHOOKS") == "true"
        if let scale = webhookBackoffScale ?? SamordnaEnvironment.value("WEBHOOK_BACKOFF_SCALE").flatMap(Double.init) {
            guard scale > 0, scale <= 1 else { throw ConfigurationError("webhook backoff scale must be above 0 and at most 1") }
            configuration.webhookBackoffScale = scale
        }
        if let token = configuration.metricsToken, token.utf8.count < 32 {
            throw ConfigurationError("SAMORDNA_METRICS_TOKEN must be at least 32 characters")  // never echo a secret
        }
        try await Commands.serve(configuration)
    }
}

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take a consistent online copy of the database (the server may keep serving), and check it.")
    @OptionGroup var storage: StorageOptions
    @Option(help: "The file to write; it must not exist.") var to: String
    func run() throws { print(try Commands.backup(try storage.configuration(), to: to)) }
}

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a backup and put it back as the database. Stop the server first.")
    @OptionGroup var storage: StorageOptions
    @Option(help: "The backup file.") var from: String
    func run() throws { print("restored " + String(describing: try Commands.restore(try storage.configuration(), from: from))) }
}

struct Cull: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Erase contact persons past their retainUntil (the server also does it daily); list what is erased.")
    @OptionGroup var storage: StorageOptions
    @Flag(help: "Only list what would be erased.") var dryRun = false
    func run() throws {
        let culled = try Commands.cull(try storage.configuration(), dryRun: dryRun)
        print(
            culled.isEmpty ? "nothing past retainUntil" : culled.map { (dryRun ? "would erase " : "erased ") + $0 }.joined(separator: "\n"))
    }
}

struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create the database if missing and apply migrations.")
    @OptionGroup var storage: StorageOptions
    func run() throws { try Commands.migrate(try storage.configuration()) }
}

struct Seed: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the reference data (idempotent; never overwrites changes).")
    @OptionGroup var storage: StorageOptions
    func run() throws { print(try Commands.seed(try storage.configuration())) }
}

struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage bearer tokens.", subcommands: [Create.self, List.self, Revoke.self, Rotate.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token and print its secret alone on one line.")
        @OptionGroup var storage: StorageOptions
        @Option(help: "Organisation key or id.") var organisation: String
        @Option(help: "admin, editor or reader.") var role: String
        @Option(help: "What the token is for.") var name: String
        @Option(help: "Expiry date (YYYY-MM-DD, end of that day UTC) or RFC 3339 timestamp.") var expires: String?

        func run() throws {
            guard let role = Role(rawValue: role) else { throw ConfigurationError("role must be admin, editor or reader; got \(role)") }
            var expiry: Date?
            if let expires {
                if let date = CalendarDate(expires), let start = Timestamp.parse("\(date)T23:59:59Z") {
                    expiry = start
                } else if let timestamp = Timestamp.parse(expires) {
                    expiry = timestamp
                } else {
                    throw ConfigurationError("expires must be YYYY-MM-DD or an RFC 3339 timestamp; got \(expires)")
                }
            }
            print(
                try Commands.createToken(try storage.configuration(), organisation: organisation, role: role, name: name, expires: expiry))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens (never their secrets).")
        @OptionGroup var storage: StorageOptions
        func run() throws {
            for token in try Commands.listTokens(try storage.configuration()) {
                let state = token.revokedAt != nil ? "revoked" : (token.isActive(at: Date()) ? "active" : "expired")
                print(
                    [token.id.description, token.role.rawValue, state, token.organisationId.description, token.name].joined(separator: "\t")
                )
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by id.")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The token's id.") var id: String
        func run() throws { try Commands.revokeToken(try storage.configuration(), id: id) }
    }

    struct Rotate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a token a new secret (printed once); the old one keeps working for the grace period.")
        @OptionGroup var storage: StorageOptions
        @Argument(help: "The token's id.") var id: String
        @Option(help: "Seconds the old secret keeps working (default 3600).") var graceSeconds: Int = 3600
        func run() throws {
            guard (0...TokenRotationInput.maximumGraceSeconds).contains(graceSeconds) else {
                throw ConfigurationError("grace seconds must be 0–\(TokenRotationInput.maximumGraceSeconds); got \(graceSeconds)")
            }
            print(try Commands.rotateToken(try storage.configuration(), id: id, grace: TimeInterval(graceSeconds)))
        }
    }
}

/// A setting from its flag, else its `SAMORDNA_*` variable, checked by `parse`: nil when neither is given; a value
/// `parse` refuses is one line saying what is expected.
func setting<Flag: CustomStringConvertible, Value>(
    _ flag: Flag?, _ variable: String, _ expected: String, _ parse: (String) -> Value?
) throws -> Value? {
    guard let text = flag.map({ $0.description }) ?? SamordnaEnvironment.value(variable) else { return nil }
    guard let value = parse(text) else { throw ConfigurationError("\(expected); got \(text)") }
    return value
}

/// A whole number within `range`, or nil.
func whole(_ text: String, _ range: ClosedRange<Int>) -> Int? { Int(text).flatMap { range.contains($0) ? $0 : nil } }

/// A bad flag or variable value: reported as one line, without the usage text.
struct ConfigurationError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
