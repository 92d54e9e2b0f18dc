import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    /// The last audit entry's sequence (0 before any).
    static func lastSequence(_ env: TestEnvironment) async throws -> Int64 {
        try await env.services.database.read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM changeEvents") ?? 0
        }
    }

    @Test("every served operation is in the matrix, and the matrix lists no route that is not served")
    func complete() throws {
        let env = try TestEnvironment()
        let (_, table) = buildRouter(configuration: env.configuration, services: env.services)
        let served = Set(table.routes.map { "\($0.method) \($0.path)" })
        let listed = Set(AuthorizationMatrix.rows.map(\.operation))
        #expect(served.subtracting(listed).sorted() == [], "add these operations to AuthorizationMatrix")
        #expect(listed.subtracting(served).sorted() == [], "these matrix rows name no served route")
        #expect(listed.count == AuthorizationMatrix.rows.count, "an operation is listed twice")
    }

    @Test("every operation answers every kind of caller as the matrix says", arguments: AuthorizationMatrix.rows.map(\.operation))
    func cell(operation: String) async throws {
        let row = try #require(AuthorizationMatrix.rows.first { $0.operation == operation })
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let fixture = MatrixFixture(env: env, client: client)
            for caller in Caller.allCases {
                let request = try await row.request(fixture)
                let before = try await Self.lastSequence(env)
                let response = try await client.send(
                    request.method, request.path, token: fixture.secret(for: caller), json: request.body, contentType: request.contentType)
                let expected = row.expected[caller]!
                #expect(Int(response.status.code) == expected, "\(operation) as \(caller): \(response.text.prefix(300))")
                let entries = try await env.services.database.read { db in
                    try Row.fetchAll(
                        db, sql: "SELECT resourceType, resourceId, operation FROM changeEvents WHERE sequence > ? ORDER BY sequence",
                        arguments: [before])
                }
                let lines = entries.map { "\($0["resourceType"] as String) \($0["operation"] as String)" }.sorted()
                if let audits = row.audits, (200..<300).contains(expected) {
                    #expect(lines == audits, "\(operation) as \(caller): the audit entries")
                } else if [201, 204].contains(expected) || (request.method == .patch && expected == 200) {
                    let target =
                        request.method == .post
                        ? (try? JSONDecoder().decode(JSONValue.self, from: Data(response.text.utf8)))?.objectValue?["id"]
                            .flatMap { if case .string(let id) = $0 { id } else { nil } }
                        : String(request.path.split(separator: "/").last ?? "")
                    #expect(entries.count == 1, "\(operation) as \(caller): one audit entry per record changed, not \(lines)")
                    #expect(
                        entries.first.map { ($0["resourceId"] as String) } == target || request.path.contains("/v1/challenge-areas/"),
                        "\(operation) as \(caller): the entry is the record's")
                } else {
                    #expect(entries.isEmpty, "\(operation) as \(caller) changes nothing: \(lines)")
                }
                if expected >= 400 {
                    #expect(response.headers[.contentType] == "application/problem+json", "\(operation) as \(caller)")
                }
            }
        }
    }
}
