import Foundation
import GRDB
import HTTPTypes
import SamordnaClient
import SamordnaDomain
import Synchronization
import Testing

@testable import SamordnaAPI

/// What the people who run Samordna rely on: backups that restore, and a server that will not open a newer database.
@Suite("Operations", .serialized)
struct OperationsTests {
    @Test("a backup taken while writes go on restores with every write acknowledged before it began")
    func backupUnderLoad() async throws {
        let server = try ServerProcess([])
        defer { server.stop() }
        let client = SamordnaClient(baseURL: URL(string: "http://127.0.0.1:\(server.port)")!, token: ServerProcess.adminToken)
        let acknowledged = Mutex<[Organisation.ID]>([])
        let writer = Task {
            var index = 0
            while !Task.isCancelled {
                index += 1
                let created = try await client.organisations.create(OrganisationInput(name: "Lastbolag \(index) AB", kind: .company))
                acknowledged.withLock { $0.append(created.id) }
            }
        }
        while acknowledged.withLock({ $0.count }) < 50 { try await Task.sleep(for: .milliseconds(20)) }
        let before = Set(acknowledged.withLock { $0 })
        let database = server.folder.appendingPathComponent("db.sqlite").path
        let backup = server.folder.appendingPathComponent("backup.sqlite").path
        let report = try Commands.backup(AppConfiguration(databasePath: database), to: backup)
        try await Task.sleep(for: .milliseconds(200))
        writer.cancel()
        _ = await writer.result
        #expect(acknowledged.withLock { $0.count } > before.count, "writes went on during the backup")
        #expect(report.records["organisations"] ?? 0 >= before.count)

        let restored = server.folder.appendingPathComponent("restored/db.sqlite").path
        _ = try Commands.restore(AppConfiguration(databasePath: restored), from: backup)
        let ids = try await DatabaseQueue(path: restored).read { db in Set(try String.fetchAll(db, sql: "SELECT id FROM organisations")) }
        #expect(before.allSatisfy { ids.contains($0.description) }, "every write acknowledged before the backup is in it")
        #expect(throws: StartupError.self) { try Commands.backup(AppConfiguration(databasePath: database), to: backup) }
        #expect(throws: StartupError.self) { try Commands.verify(database + ".missing") }
    }

    @Test("the server refuses a database that a newer release has migrated")
    func newerDatabase() throws {
        let env = try TestEnvironment()
        try env.services.database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('2099-01-01-from-the-future')")
        }
        #expect(throws: StartupError.self) { try DatabaseFactory.open(path: env.configuration.databasePath) }
    }
}

@Suite("Access log")
struct AccessLogTests {
    @Test("one JSON line per request: route template, status, caller by token id, never a secret or personal data")
    func lines() async throws {
        var logged = try TestEnvironment()
        let lines = Mutex<[String]>([])
        logged.configuration.accessLog = AccessLog(format: .json) { line in lines.withLock { $0.append(line) } }
        let env = logged
        try await env.withRouter { client in
            let contact = try await client.send(
                .post, "/v1/contacts", token: env.tokens.editor,
                json: #"{"organisationId":"\#(env.id("lansstyrelsen-norrbotten"))","name":"Märta Hemlig"}"#)
            _ = try await client.send(.get, "/v1/contacts?q=M%C3%A4rta", token: env.tokens.editor)
            _ = try await client.send(.get, "/v1/organisations/tillvaxtverket", token: "wrong")
            #expect(contact.status == .created)
        }
        let recorded = lines.withLock { $0 }
        #expect(recorded.count == 3)
        let entries = try recorded.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(entries.map { $0["route"] as? String } == ["/v1/contacts", "/v1/contacts", "/v1/organisations/{id}"])
        #expect(entries.map { $0["status"] as? Int } == [201, 200, 401])
        #expect(entries[0]["tokenId"] != nil && entries[2]["tokenId"] == nil)
        #expect(recorded.allSatisfy { !$0.contains("Märta") && !$0.contains("M%C3%A4rta") && !$0.contains(env.tokens.editor) })
        #expect(AccessLog.logfmt([("route", "/v1/x"), ("status", "200"), ("tokenId", nil)]) == "route=/v1/x status=200")
        #expect(
            AccessLog.json([("route", "/v1/\"x\"\u{01}"), ("status", "200"), ("tokenId", nil)])
                == #"{"route":"/v1/\"x\"\u0001","status":200}"#)
        for value in [0.0, 0.0004, 1.5, 12.3456, 999.9996, 1234.0] {
            #expect(AccessLog.threeDecimals(value) == String(format: "%.3f", value))
        }
    }
}

@Suite("Metrics")
struct MetricsTests {
    @Test("/metrics is Prometheus text that parses, with requests by route and status, database waits, cache lookups and RSS")
    func scrape() async throws {
        var configured = try TestEnvironment()
        configured.configuration.metricsToken = "scraper-token-0123456789abcdef0123456789"
        let env = configured
        try await env.withRouter { client in
            for _ in 0..<3 { _ = try await client.send(.get, "/v1/organisations/tillvaxtverket", token: env.tokens.reader) }
            let key: HTTPFields = [.idempotencyKey: "metrics-1"]
            let body = #"{"name":"Mätbolaget AB","kind":"company"}"#
            _ = try await client.send(.post, "/v1/organisations", token: env.tokens.admin, json: body, headers: key)
            _ = try await client.send(.post, "/v1/organisations", token: env.tokens.admin, json: body, headers: key)
            #expect(try await client.send(.get, "/metrics", token: nil).status == .unauthorized)
            let scraped = try await client.send(.get, "/metrics", token: "scraper-token-0123456789abcdef0123456789")
            #expect(scraped.status == .ok)
            var samples: [String: Double] = [:]
            for line in scraped.text.split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: " ")
                let value = try #require(parts.last.flatMap { Double($0) }, "a sample line ends with a number: \(line)")
                samples[parts.dropLast().joined(separator: " ")] = value
            }
            #expect(samples[#"samordna_http_requests_total{route="/v1/organisations/{id}",method="GET",status="200"}"#] == 3)
            #expect(samples["samordna_idempotency_replays_total"] == 1)
            #expect((samples["samordna_process_resident_memory_bytes"] ?? 0) > 1_000_000)
            #expect((samples["samordna_process_open_fds"] ?? 0) > 2)
            #expect(samples.keys.contains { $0.hasPrefix("samordna_database_write_wait_seconds_bucket") })
            #expect(samples.keys.contains { $0.hasPrefix(#"samordna_token_cache_lookups_total{result="hit"}"#) })
        }
    }
}

@Suite("Rate limits")
struct RateLimitTests {
    @Test("a token past its budget gets 429 with Retry-After; admins are exempt; other tokens are not affected")
    func budget() async throws {
        var limited = try TestEnvironment()
        limited.configuration.rateLimitPerMinute = 5
        let env = limited
        try await env.withRouter { client in
            for _ in 0..<5 { #expect(try await client.send(.get, "/v1/counties", token: env.tokens.reader).status == .ok) }
            let refused = try await client.send(.get, "/v1/counties", token: env.tokens.reader)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter].flatMap(Int.init) ?? 0 >= 1)
            #expect(refused.problem?.type == ProblemType.tooManyRequests.uri)
            #expect(try await client.send(.get, "/v1/counties", token: env.tokens.editor).status == .ok)
            for _ in 0..<10 { #expect(try await client.send(.get, "/v1/counties", token: env.tokens.admin).status == .ok) }
        }
    }
}

@Suite("Retention")
struct RetentionTests {
    @Test("contacts past retainUntil are erased with their links and logged; a dry run only lists them")
    func cull() async throws {
        let env = try TestEnvironment()
        let board = env.id("lansstyrelsen-norrbotten")
        let (kept, expiring) = try await env.withRouter { client in
            let kept = try await client.send(
                .post, "/v1/contacts", token: env.tokens.editor,
                json: #"{"organisationId":"\#(board)","name":"Kvar","retainUntil":"2099-01-01"}"#
            ).decoded(Contact.self)
            let expiring = try await client.send(
                .post, "/v1/contacts", token: env.tokens.editor,
                json: #"{"organisationId":"\#(board)","name":"Går ut","retainUntil":"2030-01-01"}"#
            ).decoded(Contact.self)
            _ = try await client.send(
                .post, "/v1/meetings", token: env.tokens.editor,
                json: #"{"title":"M","date":"2026-03-01","format":"workshop","organiserId":"\#(board)","contactIds":["\#(expiring.id)"]}"#)
            return (kept.id, expiring.id)
        }
        let later = try #require(CalendarDate("2030-06-01"))
        let listed = try Retention.cull(env.services.database, today: later, dryRun: true, now: Date())
        #expect(listed.map(\.id) == [expiring.description])
        let erased = try Retention.cull(env.services.database, today: later, dryRun: false, now: Date())
        #expect(erased.map(\.id) == [expiring.description])
        let (remaining, links, operation) = try await env.services.database.read { db in
            (
                try String.fetchAll(db, sql: "SELECT id FROM contacts"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meetingContacts WHERE contactId = ?", arguments: [expiring.description]),
                try String.fetchOne(
                    db, sql: "SELECT operation FROM changeEvents WHERE resourceId = ? ORDER BY sequence DESC",
                    arguments: [expiring.description])
            )
        }
        #expect(remaining.contains(kept.description) && !remaining.contains(expiring.description))
        #expect(links == 0 && operation == "deleted")
        #expect(try Retention.cull(env.services.database, today: later, dryRun: false, now: Date()).isEmpty)
    }
}
