import Crypto
import Foundation
import Hummingbird
import SamordnaDomain

/// `GET /metrics`: the Prometheus text format, for the operator's scraper. It takes the metrics token the operator
/// configured (`SAMORDNA_METRICS_TOKEN`) or, without one, an admin token.
struct MetricsRoutes: Sendable {
    let metrics: ServiceMetrics
    let tokens: TokenStore
    let metricsToken: String?
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.onPublic(.get, "/metrics") { request, _ in
            try await authorise(request)
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
    }

    private func authorise(_ request: Request) async throws {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIProblem.unauthenticated("Send Authorization: Bearer <metrics or admin token>.")
        }
        let secret = String(header.dropFirst("bearer ".count))
        if let metricsToken, SHA256.hash(data: Data(secret.utf8)) == SHA256.hash(data: Data(metricsToken.utf8)) { return }
        guard let principal = try await tokens.authenticate(secret: secret, now: clock()) else {
            throw APIProblem.unauthenticated("The token is unknown, expired or revoked.", error: "invalid_token")
        }
        try principal.requireAdmin("read the metrics")
    }
}
