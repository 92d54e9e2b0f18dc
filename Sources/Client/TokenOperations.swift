import Foundation
import SamordnaDomain

/// `/v1/tokens`: create (the secret is returned once), list, read and revoke. Admin only.
public struct TokenOperations: Sendable {
    let transport: Transport

    /// Creates a token; keep `secret` from the answer, it is never shown again.
    public func create(_ input: APITokenInput, idempotencyKey: String = UUID().uuidString) async throws -> CreatedAPIToken {
        let body = try SamordnaJSON.encoder().encode(input)
        let answer = try await transport.send("POST", "/v1/tokens", body: body, headers: [("Idempotency-Key", idempotencyKey)])
        return try transport.decode(CreatedAPIToken.self, from: answer, expecting: [201])
    }

    /// Every token matching the filter, page by page.
    public func all(_ filter: APITokenFilter? = nil, options: ListOptions = ListOptions()) -> PagedResults<APIToken> {
        let transport = transport
        return PagedResults(options: options) { options in
            try transport.decode(
                Page<APIToken>.self, from: try await transport.send("GET", "/v1/tokens", query: options.queryPairs(with: filter)))
        }
    }

    /// One token's description.
    public func get(_ id: APIToken.ID) async throws -> APIToken {
        try transport.decode(APIToken.self, from: try await transport.send("GET", "/v1/tokens/\(id)"))
    }

    /// Gives a token a new secret (keep `secret` from the answer); the old one keeps working for `graceSeconds` (the
    /// server's default, an hour, when nil). Admins rotate any token; a token may rotate itself.
    public func rotate(
        _ id: APIToken.ID, graceSeconds: Int? = nil, idempotencyKey: String = UUID().uuidString
    ) async throws -> CreatedAPIToken {
        let body = try SamordnaJSON.encoder().encode(TokenRotationInput(graceSeconds: graceSeconds))
        let answer = try await transport.send("POST", "/v1/tokens/\(id)/rotate", body: body, headers: [("Idempotency-Key", idempotencyKey)])
        return try transport.decode(CreatedAPIToken.self, from: answer, expecting: [200])
    }

    /// Revokes a token; it stops working at once.
    public func revoke(_ id: APIToken.ID) async throws {
        try transport.check(try await transport.send("DELETE", "/v1/tokens/\(id)"), expecting: [204])
    }
}
