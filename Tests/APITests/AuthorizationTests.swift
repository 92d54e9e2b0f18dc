import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SamordnaAPI

@Suite("Authentication and authorization")
struct AuthorizationTests {
    @Test("no token, a bad token, an expired and a revoked token all get 401 with WWW-Authenticate")
    func unauthenticated() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            for token in [nil, "not-a-token", env.tokens.expired, env.tokens.revoked] {
                let response = try await client.send(.get, "/v1/organisations", token: token)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.problem?.type.hasSuffix("/unauthenticated") == true)
            }
            let malformed = try await client.execute(uri: "/v1/organisations", method: .get, headers: [.authorization: "Basic abc"])
            #expect(malformed.status == .unauthorized)
        }
    }

    @Test("public routes need no token")
    func publicRoutes() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            for path in ["/health/live", "/health/ready", "/v1/api-info", "/openapi.yaml"] {
                #expect(try await client.send(.get, path, token: nil).status == .ok, "\(path)")
            }
        }
    }

    @Test("a reader cannot write")
    func readerCannotWrite() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let create = try await client.send(
                .post, "/v1/contacts", token: env.tokens.reader,
                json: #"{"organisationId":"\#(env.id("lansstyrelsen-norrbotten"))","name":"Anna"}"#)
            #expect(create.status == .forbidden)
            let patch = try await client.send(
                .patch, "/v1/organisations/lansstyrelsen-norrbotten", token: env.tokens.reader, json: #"{"website":"https://x.se"}"#)
            #expect(patch.status == .forbidden)
            #expect(try await client.send(.get, "/v1/organisations", token: env.tokens.reader).status == .ok)
        }
    }

    @Test("an editor edits its own organisation but not another's, and cannot create organisations")
    func editorOwnership() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let own = try await client.send(
                .patch, "/v1/organisations/lansstyrelsen-norrbotten", token: env.tokens.editor,
                json: #"{"website":"https://www.lansstyrelsen.se/norrbotten"}"#)
            #expect(own.status == .ok)
            let other = try await client.send(
                .patch, "/v1/organisations/region-vasterbotten", token: env.tokens.editor,
                json: #"{"website":"https://evil.example"}"#)
            #expect(other.status == .forbidden)
            let kind = try await client.send(
                .patch, "/v1/organisations/lansstyrelsen-norrbotten", token: env.tokens.editor, json: #"{"kind":"company"}"#)
            #expect(kind.status == .forbidden)
            let create = try await client.send(
                .post, "/v1/organisations", token: env.tokens.editor, json: #"{"name":"Ny AB","kind":"company"}"#)
            #expect(create.status == .forbidden)
            let area = try await client.send(
                .post, "/v1/challenge-areas", token: env.tokens.editor, json: #"{"key":"new-area","nameSv":"Nytt"}"#)
            #expect(area.status == .forbidden)
        }
    }

    @Test("only admins manage tokens")
    func tokensAreAdminOnly() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            #expect(try await client.send(.get, "/v1/tokens", token: env.tokens.editor).status == .forbidden)
            #expect(try await client.send(.get, "/v1/tokens", token: env.tokens.admin).status == .ok)
        }
    }
}
