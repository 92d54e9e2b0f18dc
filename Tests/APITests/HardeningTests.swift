import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import NIOCore
import SamordnaDomain
import Testing

@testable import SamordnaAPI

/// Findings of the hostile-client review (OWASP API Security Top 10), each kept as a regression test.
@Suite("Hardening")
struct HardeningTests {
    @Test("an erased person's stored idempotent answer goes with them: a replay of the key creates anew, not the person")
    func erasureReachesStoredAnswers() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            let body = #"{"organisationId":"\#(env.id("lansstyrelsen-norrbotten"))","name":"Kerstin Hemlig","email":"k@example.se"}"#
            let key: HTTPFields = [.idempotencyKey: "erase-me-1"]
            let created = try await client.send(.post, "/v1/contacts", token: env.tokens.editor, json: body, headers: key)
            let id = try created.decoded(Contact.self).id
            #expect(try await client.send(.delete, "/v1/contacts/\(id)", token: env.tokens.editor).status == .noContent)
            let stored = try await env.services.database.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM idempotencyKeys WHERE CAST(body AS TEXT) LIKE '%Hemlig%'")
            }
            #expect(stored == 0, "no stored answer holds the person")
            let replay = try await client.send(.post, "/v1/contacts", token: env.tokens.editor, json: body, headers: key)
            #expect(try replay.decoded(Contact.self).id != id, "the key no longer brings the erased person back")
        }
    }

    @Test("a token's secret is kept only as its hash: a replay of its creation answers without it")
    func tokenSecretNotStored() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            let body = #"{"organisationId":"\#(env.id("region-norrbotten"))","role":"reader","name":"Replay"}"#
            let key: HTTPFields = [.idempotencyKey: "token-once"]
            let first = try await client.send(.post, "/v1/tokens", token: env.tokens.admin, json: body, headers: key)
            let secret = try #require(try first.decoded(CreatedAPIToken.self).secret)
            let replay = try await client.send(.post, "/v1/tokens", token: env.tokens.admin, json: body, headers: key)
            #expect(replay.status == .created)
            let replayed = try replay.decoded(CreatedAPIToken.self)
            let original = try first.decoded(CreatedAPIToken.self)
            #expect(replayed.secret == nil && replayed.token.id == original.token.id)
            let kept = try await env.services.database.read { db in try Data.fetchAll(db, sql: "SELECT body FROM idempotencyKeys") }
            #expect(!kept.contains { String(decoding: $0, as: UTF8.self).contains(secret) })
        }
    }

    @Test("CSV formula protection covers a leading tab or carriage return", arguments: ["\t=1+1", "\r=1+1", "=1+1", "@SUM(A1)"])
    func csvFormula(value: String) {
        #expect(CSVWriter.field(value).hasPrefix("\"'") || CSVWriter.field(value).hasPrefix("'"))
        #expect(CSVWriter.field("-12.5") == "-12.5", "a number stays a number")
    }

    @Test("a UTF-16 body is 415, not read by guesswork")
    func utf16() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            var bytes: [UInt8] = [0xFF, 0xFE]
            for unit in #"{"name":"X","kind":"company"}"#.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            let response = try await client.execute(
                uri: "/v1/organisations", method: .post,
                headers: [.authorization: "Bearer \(env.tokens.admin)", .contentType: "application/json"], body: ByteBuffer(bytes: bytes))
            #expect(response.status == .unsupportedMediaType)
            let noBOM = Array(bytes.dropFirst(2))
            let again = try await client.execute(
                uri: "/v1/organisations", method: .post,
                headers: [.authorization: "Bearer \(env.tokens.admin)", .contentType: "application/json"], body: ByteBuffer(bytes: noBOM))
            #expect(again.status == .unsupportedMediaType)
        }
    }

    @Test("a record the caller may not see is answered exactly as one that does not exist")
    func noExistenceLeak() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            let board = env.id("lansstyrelsen-norrbotten")
            let hidden = try await client.send(
                .post, "/v1/meetings", token: env.tokens.editor,
                json:
                    #"{"title":"Slutet","date":"2026-03-01","format":"bilateralDialogue","organiserId":"\#(board)","confidential":true,"confidentialityReason":"OSL 30 kap. 23 §"}"#
            ).decoded(Meeting.self)
            let contact = try await client.send(
                .post, "/v1/contacts", token: env.tokens.editor, json: #"{"organisationId":"\#(board)","name":"Per Persson"}"#
            ).decoded(Contact.self)
            for meeting in [hidden.id.description, UUID().uuidString.lowercased()] {
                let decision = try await client.send(
                    .post, "/v1/decisions", token: env.tokens.otherEditor, json: #"{"meetingId":"\#(meeting)","text":"x"}"#)
                #expect(decision.status == .unprocessableContent && decision.issueCodes == ["meetingId": "unknownMeeting"])
            }
            let region = env.id("region-vasterbotten")
            let seatForum = try await client.send(
                .post, "/v1/forums", token: env.tokens.otherEditor,
                json: #"{"name":"Västerbottens forum","kind":"regionalForum","convenorId":"\#(region)"}"#
            ).decoded(Forum.self)
            for person in [contact.id.description, UUID().uuidString.lowercased()] {
                let seat = try await client.send(
                    .post, "/v1/forum-memberships", token: env.tokens.otherEditor,
                    json:
                        #"{"forumId":"\#(seatForum.id)","organisationId":"\#(region)","role":"member","representativeId":"\#(person)","from":"2026-01-01"}"#
                )
                #expect(seat.issueCodes == ["representativeId": "unknownContact"], "\(seat.text)")
            }
        }
    }

    @Test("public bodies' names are not shared, and parents are set by admins")
    func namesAndParents() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            let rename = try await client.send(
                .patch, "/v1/organisations/region-vasterbotten", token: env.tokens.otherEditor, json: #"{"name":"Tillväxtverket"}"#)
            #expect(rename.status == .conflict && rename.problem?.type == ProblemType.duplicateName.uri)
            let company = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: #"{"name":"TILLVÄXTVERKET","kind":"company"}"#)
            #expect(company.status == .conflict)
            let parent = try await client.send(
                .patch, "/v1/organisations/region-vasterbotten", token: env.tokens.otherEditor,
                json: #"{"parentId":"\#(env.id("tillvaxtverket"))"}"#)
            #expect(parent.status == .forbidden)
            let twins = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: #"{"name":"Stegra AB","kind":"company"}"#)
            let again = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: #"{"name":"Stegra AB","kind":"company"}"#)
            #expect(twins.status == .created && again.status == .created, "companies may share a name")
        }
    }

    @Test("answers about people are not cached; no answer may be sniffed")
    func headers() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            for path in ["/v1/contacts", "/v1/contacts?format=csv"] {
                let response = try await client.send(.get, path, token: env.tokens.editor)
                #expect(response.headers[.cacheControl] == "no-store")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            for path in ["/v1/organisations", "/v1/nowhere"] {
                let response = try await client.send(.get, path, token: env.tokens.editor)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test("q refuses control characters and finds decomposed text as composed")
    func search() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            #expect(try await client.send(.get, "/v1/organisations?q=%00", token: env.tokens.reader).status == .badRequest)
            let decomposed = try await client.send(.get, "/v1/organisations?q=ume%61%CC%8A", token: env.tokens.reader)
            let found = try decomposed.decoded(Page<Organisation>.self)
            #expect(found.items.map(\.name) == ["Umeå kommun"])
        }
    }

    @Test("traceparent is passed on only when it is one; the Link header never echoes a huge query")
    func echoes() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            let good = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
            for (given, echoed) in [(good, good), ("00-0000-bad", nil), ("00-00000000000000000000000000000000-00f067aa0ba902b7-01", nil)] {
                let response = try await client.send(.get, "/v1/api-info", token: nil, headers: [.traceparent: given])
                #expect(response.headers[.traceparent] == echoed)
            }
            let long = "/v1/organisations?limit=1&" + Array(repeating: "county=25", count: 2000).joined(separator: "&")
            let response = try await client.send(.get, long, token: env.tokens.reader)
            #expect(response.status == .ok && response.headers[.link] == nil)
        }
    }

    @Test("a reader's write is refused before its body is read")
    func readerRefusedUnread() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            let big = String(repeating: "x", count: 900_000)
            let response = try await client.send(
                .post, "/v1/organisations", token: env.tokens.reader, json: #"{"name":"\#(big)"}"#)
            #expect(response.status == .forbidden)
            #expect(try await client.send(.delete, "/v1/contacts/\(UUID())", token: env.tokens.reader).status == .forbidden)
        }
    }

    @Test("a token revoked from the command line stops working at the next request, not after a cache's lifetime")
    func revocationIsImmediate() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            #expect(try await client.send(.get, "/v1/organisations", token: env.tokens.editor).status == .ok)
            #expect(try await client.send(.get, "/v1/organisations", token: env.tokens.editor).status == .ok, "now cached")
            let id = try await env.services.database.read { db in
                try String.fetchOne(db, sql: "SELECT id FROM apiTokens WHERE name = 'editor'")
            }
            try Commands.revokeToken(env.configuration, id: try #require(id))
            #expect(try await client.send(.get, "/v1/organisations", token: env.tokens.editor).status == .unauthorized)
            #expect(try await client.send(.get, "/v1/organisations", token: env.tokens.reader).status == .ok)
        }
    }
}
