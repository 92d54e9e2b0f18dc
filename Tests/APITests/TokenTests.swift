import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Tokens")
struct TokenTests {
    @Test("a created token is shown once, works at once, is stored only as a hash, and stops working when revoked")
    func lifecycle() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let body = #"{"organisationId":"\#(env.id("region-norrbotten"))","role":"editor","name":"Region Norrbotten integration"}"#
            let response = try await client.send(.post, "/v1/tokens", token: env.tokens.admin, json: body)
            #expect(response.status == .created)
            #expect(response.headers[.cacheControl] == "no-store")
            let decoded = try response.decoded(CreatedAPIToken.self)
            let created = (token: decoded.token, secret: try #require(decoded.secret))
            #expect(created.secret.count >= 47)
            #expect(try await client.send(.get, "/v1/organisations", token: created.secret).status == .ok)

            let listing = try await client.send(.get, "/v1/tokens", token: env.tokens.admin)
            #expect(!listing.text.contains(created.secret))
            let stored = try await env.services.database.read { db in
                try String.fetchAll(db, sql: "SELECT secretHash FROM apiTokens")
            }
            #expect(!stored.contains(created.secret))
            #expect(stored.contains(TokenSecret.hash(created.secret)))

            let read = try await client.send(.get, "/v1/tokens/\(created.token.id)", token: env.tokens.admin)
            #expect(try read.decoded(APIToken.self).lastUsedAt != nil)

            #expect(try await client.send(.delete, "/v1/tokens/\(created.token.id)", token: env.tokens.admin).status == .noContent)
            #expect(try await client.send(.get, "/v1/organisations", token: created.secret).status == .unauthorized)
            #expect(try await client.send(.delete, "/v1/tokens/\(UUID())", token: env.tokens.admin).status == .notFound)
        }
    }

    @Test("a token for an unknown organisation or with an unknown role is refused")
    func invalid() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let unknownOrg = try await client.send(
                .post, "/v1/tokens", token: env.tokens.admin,
                json: #"{"organisationId":"\#(UUID())","role":"reader","name":"x"}"#)
            #expect(unknownOrg.status == .unprocessableContent)
            #expect(unknownOrg.issueCodes["organisationId"] == "unknownOrganisation")
            let badRole = try await client.send(
                .post, "/v1/tokens", token: env.tokens.admin,
                json: #"{"organisationId":"\#(env.id("tillvaxtverket"))","role":"superuser","name":"x"}"#)
            #expect(badRole.status == .unprocessableContent)
            #expect(badRole.issueCodes["role"] != nil)
        }
    }

    @Test("the bootstrap token becomes an admin of Tillväxtverket once, however often the server starts")
    func bootstrap() async throws {
        let env = try TestEnvironment()
        let secret = "bootstrap-secret-0123456789abcdef0123456789"
        try env.services.bootstrapAdmin(secret: secret)
        try env.services.bootstrapAdmin(secret: secret)
        let count = try await env.services.database.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM apiTokens WHERE secretHash = ? AND role = 'admin'", arguments: [TokenSecret.hash(secret)])
        }
        #expect(count == 1)
        #expect(throws: StartupError.self) { try env.services.bootstrapAdmin(secret: "short") }
    }
}

@Suite("Token rotation")
struct TokenRotationTests {
    @Test("an integration rotates its own token: the new secret works at once, the old one until its grace ends")
    func rotateOwn() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            let rotated = try await client.send(
                .post, "/v1/tokens/\(try tokenId(env, "editor"))/rotate", token: env.tokens.editor, json: #"{"graceSeconds":0}"#)
            #expect(rotated.status == .ok && rotated.headers[.cacheControl] == "no-store")
            let secret = try #require(try rotated.decoded(CreatedAPIToken.self).secret)
            #expect(try await client.send(.get, "/v1/counties", token: secret).status == .ok)
            #expect(try await client.send(.get, "/v1/counties", token: env.tokens.editor).status == .unauthorized, "grace 0 ends it")

            let reader = try tokenId(env, "reader")
            #expect(
                try await client.send(.post, "/v1/tokens/\(reader)/rotate", token: secret, json: "{}").status == .forbidden,
                "an editor rotates only its own token")
            let graced = try await client.send(
                .post, "/v1/tokens/\(reader)/rotate", token: env.tokens.admin, json: #"{"graceSeconds":3600}"#)
            let newReader = try #require(try graced.decoded(CreatedAPIToken.self).secret)
            #expect(try await client.send(.get, "/v1/counties", token: newReader).status == .ok)
            #expect(try await client.send(.get, "/v1/counties", token: env.tokens.reader).status == .ok, "the old secret in its grace")
            #expect(
                try await client.send(.post, "/v1/tokens/\(reader)/rotate", token: env.tokens.admin, json: #"{"graceSeconds":-1}"#).status
                    == .unprocessableContent)
        }
    }

    private func tokenId(_ env: TestEnvironment, _ name: String) throws -> String {
        try #require(
            try env.services.database.read { db in
                try String.fetchOne(db, sql: "SELECT id FROM apiTokens WHERE name = ?", arguments: [name])
            })
    }
}
