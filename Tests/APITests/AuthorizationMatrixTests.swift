import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SamordnaAPI

@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
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
                let response = try await client.send(request.method, request.path, token: fixture.secret(for: caller), json: request.body)
                let expected = row.expected[caller]!
                #expect(Int(response.status.code) == expected, "\(operation) as \(caller): \(response.text.prefix(300))")
                if expected >= 400 {
                    #expect(response.headers[.contentType] == "application/problem+json", "\(operation) as \(caller)")
                }
            }
        }
    }
}
