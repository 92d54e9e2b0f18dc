import Foundation
import Hummingbird
import SamordnaDomain

/// Requires `Authorization: Bearer <token>` and puts the token's principal in the context. Missing,
/// unknown, expired and revoked tokens all get `401` with `WWW-Authenticate: Bearer`.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let tokens: TokenStore
    /// Per-token budgets; nil when rate limiting is off.
    let limiter: RateLimiter?
    let clock: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw APIProblem.unauthenticated("Send Authorization: Bearer <token>.")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", (1...256).contains(parts[1].utf8.count) else {
            throw APIProblem.unauthenticated("The Authorization header must be Bearer <token>.", error: "invalid_request")
        }
        guard var principal = try await tokens.authenticate(secret: String(parts[1]), now: clock()) else {
            throw APIProblem.unauthenticated("The token is unknown, expired or revoked.", error: "invalid_token")
        }
        try limiter?.admit(principal, now: clock())
        var context = context
        principal.requestId = context.requestId
        context.principal = principal
        context.caller.value = principal
        context.logger[metadataKey: "tokenId"] = .string(principal.tokenId.description)
        return try await next(request, context)
    }
}
