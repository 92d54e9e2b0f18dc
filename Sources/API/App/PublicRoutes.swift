import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// The routes that need no token: health checks, the API's self-description and its contract.
struct PublicRoutes: Sendable {
    let database: DatabasePool
    /// The contract, read once when the routes are built; nil when the file is not installed.
    let contract: Data?

    init(database: DatabasePool, openAPIPath: String) {
        self.database = database
        self.contract = FileManager.default.contents(atPath: openAPIPath)
    }

    static let info = APIInfo.current

    func register(on registrar: RouteRegistrar) {
        registrar.onPublic(.get, "/health/live") { _, _ in try JSONResponse.make(["status": "up"]) }
        registrar.onPublic(.get, "/health/ready") { _, _ in try await ready() }
        registrar.onPublic(.get, "/v1/api-info") { _, _ in try JSONResponse.make(PublicRoutes.info) }
        registrar.onPublic(.get, "/openapi.yaml") { _, _ in try serveContract() }
    }

    private func ready() async throws -> Response {
        do {
            _ = try await database.observedRead { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM municipalities") }
            return try JSONResponse.make(["status": "ready"])
        } catch {
            return ProblemResponse.make(
                ProblemDetails(
                    type: ProblemType.notReady.uri, title: "Not ready", status: 503,
                    detail: "The database cannot be read.", instance: "/health/ready"))
        }
    }

    private func serveContract() throws -> Response {
        guard let data = contract else {
            throw APIProblem.notFound("The contract file is not installed next to this server.")
        }
        return Response(
            status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
