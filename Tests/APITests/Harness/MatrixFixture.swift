import Foundation
import Hummingbird
import HummingbirdTesting
import SamordnaDomain

/// Makes the records a matrix cell acts on, fresh for every cell and created by the admin, so that a
/// delete in one cell cannot change the answer of another.
struct MatrixFixture: Sendable {
    let env: TestEnvironment
    let client: any TestClientProtocol

    /// The owning organisation's id (Länsstyrelsen i Norrbottens län).
    var owner: String { env.id("lansstyrelsen-norrbotten") }

    func uniqueKey() -> String { "matrix-\(UUID().uuidString.prefix(8).lowercased())" }

    /// Creates a record as admin and returns its id.
    func create(_ path: String, _ body: String) async throws -> String {
        let response = try await client.send(.post, path, token: env.tokens.admin, json: body)
        guard response.status == .created, let location = response.headers[.location] else {
            throw FixtureError(detail: "creating \(path) gave \(response.status): \(response.text)")
        }
        return String(location.split(separator: "/").last!)
    }

    func contact() async throws -> String {
        try await create("/v1/contacts", #"{"organisationId":"\#(owner)","name":"Per Persson"}"#)
    }

    func assignmentBody() -> String {
        #"{"title":"Matrisuppdrag","principalId":"\#(env.id("regeringskansliet-kn"))","coordinatorId":"\#(env.id("tillvaxtverket"))"}"#
    }

    func assignment() async throws -> String { try await create("/v1/assignments", assignmentBody()) }

    func part() async throws -> String {
        try await create(
            "/v1/assignment-parts", #"{"assignmentId":"\#(try await assignment())","code":"del","summarySv":"Del","position":1}"#)
    }

    func forumBody() -> String {
        #"{"name":"Matrisforum","kind":"regionalForum","convenorId":"\#(owner)","counties":["25"],"status":"active"}"#
    }

    func forum() async throws -> String { try await create("/v1/forums", forumBody()) }

    func membershipBody() async throws -> String {
        #"{"forumId":"\#(try await forum())","organisationId":"\#(env.id("boden-kommun"))","role":"member","from":"2025-01-01"}"#
    }

    func membership() async throws -> String { try await create("/v1/forum-memberships", try await membershipBody()) }

    func meetingBody() -> String {
        #"{"title":"Matrismöte","date":"2026-10-01","format":"workshop","organiserId":"\#(owner)","participants":[{"organisationId":"\#(env.id("boden-kommun"))"}]}"#
    }

    func meeting() async throws -> String { try await create("/v1/meetings", meetingBody()) }

    func decision() async throws -> String {
        try await create("/v1/decisions", #"{"meetingId":"\#(try await meeting())","text":"Beslut."}"#)
    }

    func actionBody() async throws -> String {
        #"{"meetingId":"\#(try await meeting())","description":"Åtgärd","ownerId":"\#(owner)","dueDate":"2026-12-31"}"#
    }

    func action() async throws -> String { try await create("/v1/follow-up-actions", try await actionBody()) }

    func token() async throws -> String {
        let response = try await client.send(
            .post, "/v1/tokens", token: env.tokens.admin, json: #"{"organisationId":"\#(owner)","role":"reader","name":"Matris"}"#)
        return try response.decoded(CreatedAPIToken.self).token.id.description
    }

    /// The secret a caller sends, nil for none.
    func secret(for caller: Caller) -> String? {
        switch caller {
        case .noToken: nil
        case .badToken: "smd_this-token-was-never-issued"
        case .expired: env.tokens.expired
        case .revoked: env.tokens.revoked
        case .reader: env.tokens.reader
        case .owningEditor: env.tokens.editor
        case .otherEditor: env.tokens.otherEditor
        case .admin: env.tokens.admin
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let detail: String
    var description: String { detail }
}
