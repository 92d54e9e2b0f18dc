import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("HTTP conventions")
struct HTTPConventionTests {
    @Test("an unknown route is a 404 problem; a known path with another method is 405 with Allow")
    func routing() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let missing = try await client.send(.get, "/v1/nothing-here", token: env.tokens.admin)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "application/problem+json")
            #expect(missing.problem?.instance == "/v1/nothing-here")
            let wrong = try await client.send(.put, "/v1/organisations/tillvaxtverket", token: env.tokens.admin, json: "{}")
            #expect(wrong.status == .methodNotAllowed)
            #expect(wrong.headers[.allow] == "DELETE, GET, PATCH")
            let unknownId = try await client.send(.get, "/v1/organisations/\(UUID())", token: env.tokens.admin)
            #expect(unknownId.status == .notFound)
        }
    }

    @Test(
        "malformed bodies are 400, wrong content types 415, oversized bodies 413; none changes anything",
        arguments: [
            ("{\"name\":", "application/json", 400),
            ("[1,2", "application/json", 400),
            ("", "application/json", 400),
            ("{\"name\":\"X\",\"kind\":\"company\"}", "text/plain", 415),
            ("{\"name\":\"X\",\"kind\":\"company\"}", "application/json; charset=latin1", 415),
            ("[]", "application/json", 422),
            ("\"text\"", "application/json", 422),
            (String(repeating: "[", count: 600) + String(repeating: "]", count: 600), "application/json", 400),
            ("{\"name\":\"\(String(repeating: "x", count: 5000))\",\"kind\":\"company\"}", "application/json", 413),
        ])
    func badBodies(body: String, contentType: String, status: Int) async throws {
        let env = try TestEnvironment(maxBodyBytes: 4096)
        try await env.withRouter { client async throws in
            let response = try await client.send(.post, "/v1/organisations", token: env.tokens.admin, json: body, contentType: contentType)
            #expect(Int(response.status.code) == status, "\(response.text)")
            #expect(response.headers[.contentType] == "application/problem+json")
            let total = try await client.send(.get, "/v1/organisations?limit=1", token: env.tokens.admin).decoded(Page<Organisation>.self)
                .total
            #expect(total == 58, "the seeds' organisations, nothing more")
        }
    }

    @Test("invalid UTF-8 is refused as malformed")
    func invalidUTF8() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            var buffer = ByteBuffer(string: "{\"name\":\"")
            buffer.writeBytes([0xC3, 0x28, 0xFF])
            buffer.writeString("\",\"kind\":\"company\"}")
            let response = try await client.execute(
                uri: "/v1/organisations", method: .post,
                headers: [.authorization: "Bearer \(env.tokens.admin)", .contentType: "application/json"], body: buffer)
            #expect(response.status == .badRequest)
        }
    }

    @Test("every response carries X-Request-Id; a caller's own id is echoed, and so is traceparent")
    func requestIds() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let plain = try await client.send(.get, "/health/live", token: nil)
            #expect(plain.headers[.xRequestId]?.count == 36)
            let ids = (0..<100).map { _ in RequestIdentity.newId() }
            #expect(Set(ids).count == 100)
            #expect(ids.allSatisfy { UUID(uuidString: $0)?.uuidString.lowercased() == $0 && Array($0)[14] == "4" })
            let traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
            let given = try await client.send(
                .get, "/v1/nothing", token: nil, headers: [.xRequestId: "lst-bd-42", .traceparent: traceparent])
            #expect(given.headers[.xRequestId] == "lst-bd-42")
            #expect(given.headers[.traceparent] == traceparent)
            #expect(given.problem?.requestId == "lst-bd-42")
        }
    }

    @Test("api-info follows the national profile")
    func apiInfo() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let info = try await client.send(.get, "/v1/api-info", token: nil).decoded(APIInfo.self)
            #expect(info.apiName == "Samordna")
            #expect(info.apiVersion.split(separator: ".").count == 3)
            #expect(info.apiStatus == "active")
        }
    }

    @Test("an idempotent retry returns the first answer and creates nothing; the same key with another body is 422")
    func idempotency() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let body = #"{"name":"Fertiberia AB","kind":"company","municipalityCode":"2580"}"#
            let reordered = #"{"municipalityCode":"2580","kind":"company","name":"Fertiberia AB"}"#
            let first = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: body, headers: [.idempotencyKey: "create-fertiberia"])
            let again = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: reordered, headers: [.idempotencyKey: "create-fertiberia"])
            #expect(first.status == .created)
            #expect(again.status == .created)
            #expect(again.headers[.location] == first.headers[.location])
            #expect(try again.decoded(Organisation.self).id == first.decoded(Organisation.self).id)
            let count = try await client.send(.get, "/v1/organisations?q=fertiberia", token: env.tokens.admin).decoded(
                Page<Organisation>.self
            ).total
            #expect(count == 1)
            let other = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin,
                json: #"{"name":"Annat AB","kind":"company"}"#, headers: [.idempotencyKey: "create-fertiberia"])
            #expect(other.status == .unprocessableContent)
            #expect(other.issueCodes["Idempotency-Key"] == "keyReused")
            let badKey = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: body, headers: [.idempotencyKey: "bad key with spaces"])
            #expect(badKey.status == .badRequest)
        }
    }

    @Test("concurrent creates with one Idempotency-Key create one record")
    func concurrentIdempotency() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let ids = try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        let response = try await client.send(
                            .post, "/v1/organisations", token: env.tokens.admin,
                            json: #"{"name":"Samtidig AB","kind":"company"}"#, headers: [.idempotencyKey: "same-key"])
                        return response.headers[.location]
                    }
                }
                return try await group.reduce(into: Set<String?>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
            let total = try await client.send(.get, "/v1/organisations?q=samtidig", token: env.tokens.admin).decoded(
                Page<Organisation>.self
            ).total
            #expect(total == 1)
        }
    }

    @Test("concurrent updates with If-Match: one winner per version, the rest 412")
    func noLostUpdates() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for n in 0..<12 {
                    group.addTask {
                        let response = try await client.send(
                            .patch, "/v1/organisations/kiruna-kommun", token: env.tokens.admin,
                            json: #"{"website":"https://kiruna-\#(n).se"}"#, headers: [.ifMatch: "\"1\""])
                        return Int(response.status.code)
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 200 }.count == 1)
            #expect(statuses.filter { $0 == 412 }.count == 11)
            let final = try await client.send(.get, "/v1/organisations/kiruna-kommun", token: env.tokens.admin).decoded(Organisation.self)
            #expect(final.version == 2)
        }
    }
}
