import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import NIOCore
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Bad input corpus")
struct BadInputTests {
    /// The write operations and a path to send them to: every create the server serves (from its route table, so a new
    /// resource cannot be left out), and changes of real, seeded records.
    static func writes(_ env: TestEnvironment) -> [(HTTPRequest.Method, String)] {
        let (_, table) = buildRouter(configuration: env.configuration, services: env.services)
        let creates = table.routes.filter { $0.method == "POST" && !$0.path.contains("{") }.map(\.path).sorted()
        return creates.map { (HTTPRequest.Method.post, $0) } + [
            (.patch, "/v1/organisations/tillvaxtverket"), (.patch, "/v1/challenge-areas/energy-supply"),
        ]
    }

    /// Every collection with item routes, from the route table.
    static func collections(_ env: TestEnvironment) -> [String] {
        let (_, table) = buildRouter(configuration: env.configuration, services: env.services)
        return Set(table.routes.map(\.path).filter { $0.hasSuffix("/{id}") }.map { String($0.dropFirst(4).dropLast(5)) }).sorted()
    }

    /// Everything that changes when anything is written.
    static func fingerprint(_ env: TestEnvironment) async throws -> [Int] {
        try await env.services.database.read { db in
            try [
                "changeEvents", "organisations", "contacts", "challengeAreas", "assignments", "assignmentParts", "apiTokens",
                "idempotencyKeys",
            ]
            .map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
                + [Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM changeEvents") ?? -1]
        }
    }

    @Test("every corrupt body gets a 4xx problem on every write operation, and nothing changes", arguments: BadInputCorpus.bodies)
    func bodies(entry: BadInputCorpus.Entry) async throws {
        let env = try TestEnvironment(maxBodyBytes: BadInputCorpus.bodyLimit)
        let before = try await BadInputTests.fingerprint(env)
        try await env.withRouter { client async throws in
            let writes = BadInputTests.writes(env)
            #expect(writes.count > 20)
            for (method, path) in writes {
                let response = try await client.execute(
                    uri: path, method: method,
                    headers: [.authorization: "Bearer \(env.tokens.admin)", .contentType: entry.contentType], body: entry.body())
                #expect((400..<500).contains(Int(response.status.code)), "\(entry) → \(method) \(path): \(response.status)")
                #expect(response.headers[.contentType] == "application/problem+json", "\(entry) → \(method) \(path)")
                #expect(response.problem?.status == Int(response.status.code))
            }
            #expect(try await client.send(.get, "/health/live", token: nil).status == .ok)
        }
        #expect(try await BadInputTests.fingerprint(env) == before, "\(entry) changed the database")
    }

    @Test("hostile ids are 404 or 400 on every item route, and nothing changes")
    func ids() async throws {
        let env = try TestEnvironment()
        let before = try await BadInputTests.fingerprint(env)
        try await env.withRouter { client async throws in
            let collections = BadInputTests.collections(env)
            #expect(collections.contains("barriers") && collections.contains("tokens"))
            for collection in collections {
                for id in BadInputCorpus.ids {
                    for method in [HTTPRequest.Method.get, .patch, .delete] {
                        let response = try await client.send(
                            method, "/v1/\(collection)/\(id)", token: env.tokens.admin, json: method == .patch ? "{}" : nil)
                        #expect(
                            [400, 404, 405].contains(Int(response.status.code)), "\(method) /v1/\(collection)/\(id): \(response.status)")
                        #expect(response.headers[.contentType] == "application/problem+json")
                    }
                }
            }
        }
        #expect(try await BadInputTests.fingerprint(env) == before)
    }

    @Test("hostile query strings are 400 naming the parameter; a text search for SQL just finds nothing")
    func queries() async throws {
        let env = try TestEnvironment()
        let before = try await BadInputTests.fingerprint(env)
        try await env.withRouter { client async throws in
            for query in BadInputCorpus.queries {
                let response = try await client.send(.get, "/v1/organisations?\(query)", token: env.tokens.admin)
                #expect(response.status == .badRequest, "\(query): \(response.status)")
                #expect(response.problem?.errors?.isEmpty == false, "\(query)")
            }
            let search = try await client.send(
                .get, "/v1/organisations?q=%27%3B%20DROP%20TABLE%20organisations%3B%20--", token: env.tokens.admin)
            #expect(search.status == .ok)
            #expect(try search.decoded(Page<Organisation>.self).total == 0)
            let wildcard = try await client.send(.get, "/v1/organisations?q=%25", token: env.tokens.admin)
            #expect(try wildcard.decoded(Page<Organisation>.self).total == 0, "% is matched literally, not as a wildcard")
        }
        #expect(try await BadInputTests.fingerprint(env) == before)
    }

    @Test(
        "Swedish and Sámi text round-trips byte for byte, composed or decomposed",
        arguments: [
            "Övertorneå", "Jåhkåmåhkke", "Jåhkåmåhkke".decomposedStringWithCanonicalMapping, "Árjepluovve", "Gällivare – Váhtjer",
            "Pajala kunta (Meänkieli)",
        ])
    func roundTrip(name: String) async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let body = try String(decoding: JSONEncoder().encode(["name": name, "kind": "samiBody"]), as: UTF8.self)
            let created = try await client.send(.post, "/v1/organisations", token: env.tokens.admin, json: body)
            #expect(created.status == .created)
            let id = try created.decoded(Organisation.self).id
            let read = try await client.send(.get, "/v1/organisations/\(id)", token: env.tokens.admin)
            let stored = try read.decoded(Organisation.self).name
            #expect(Array(stored.utf8) == Array(name.utf8))
            let csv = try await client.send(.get, "/v1/organisations?format=csv&limit=500", token: env.tokens.admin)
            #expect(csv.text.utf8.count > 0 && csv.text.contains(name))
        }
    }
}

@Suite("Duplicate member names")
struct DuplicateMemberTests {
    @Test(
        "duplicates are found at any depth, also when escaped differently",
        arguments: [
            (#"{"a":1,"a":2}"#, "a"),
            (#"{"a":1,"\u0061":2}"#, "a"),
            (#"{"x":{"b":[{"c":1,"c":2}]}}"#, "c"),
            (#"[{"a":1},{"a":2}]"#, nil as String?),
            (#"{"a":"{\"a\":1}","b":{"a":1}}"#, nil),
            (#"{"s":"a,b:c","t":"\"a\""}"#, nil),
        ])
    func scanner(json: String, duplicate: String?) {
        #expect(DuplicateMemberScanner.firstDuplicate(in: Data(json.utf8)) == duplicate)
    }
}
