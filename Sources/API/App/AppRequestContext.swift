import Hummingbird
import NIOCore
import SamordnaDomain

/// The per-request context: who is calling and the request id every response and log line carries.
struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    /// The client's address, for the access log.
    let remoteAddress: SocketAddress?
    /// Who called, for the access log (shared by every copy of this context).
    let caller = CallerRecord()
    /// Set by `AuthMiddleware` on authenticated routes.
    var principal: Principal?
    /// The request's id, echoed in `X-Request-Id` and in problem details.
    var requestId: String = ""

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The authenticated principal; throws 401 where the route was not behind `AuthMiddleware`.
    func requirePrincipal() throws -> Principal {
        guard let principal else { throw APIProblem.unauthenticated("A bearer token is required.") }
        return principal
    }

    /// The principal of a write, judged from the headers alone before any body is read: a reader never writes, so its
    /// body is refused unread (object-level rules come after a bounded read).
    func requireWriter() throws -> Principal {
        let principal = try requirePrincipal()
        guard principal.role != .reader else { throw DomainError.forbidden("A reader token cannot change anything.") }
        return principal
    }
}
