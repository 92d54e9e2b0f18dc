import Hummingbird
import SamordnaDomain

/// Collects the routes of every endpoint type, then builds the router with them. Collecting first
/// lets the outermost middleware know the whole `RouteTable` (for `405` with `Allow`), since
/// Hummingbird applies a middleware only to routes added after it.
final class RouteRegistrar {
    typealias Handler = @Sendable (Request, AppRequestContext) async throws -> Response
    private var entries: [(method: HTTPRequest.Method, path: String, isPublic: Bool, handler: Handler)] = []
    private(set) var table = RouteTable()

    /// Adds a route that requires a token.
    func on(_ method: HTTPRequest.Method, _ path: String, handler: @escaping Handler) {
        table.add(method.rawValue, path)
        entries.append((method, path, false, handler))
    }

    /// Adds a public route.
    func onPublic(_ method: HTTPRequest.Method, _ path: String, handler: @escaping Handler) {
        table.add(method.rawValue, path)
        entries.append((method, path, true, handler))
    }

    /// Records what the list at `path` accepts (the contract test holds it against openapi.yaml).
    func describeList(_ path: String, _ spec: ListSpec) { table.describeList(path, spec) }

    /// Records where a resource type's records are served (the change feed links to them).
    func describeCollection(_ resourceType: String, _ path: String) { table.describeCollection(resourceType, path) }

    /// Records what a create at `path` accepts (the contract test holds it against openapi.yaml).
    func describeInput<Input: ResourceInput>(_ path: String, _ input: Input.Type) { table.describeInput(path, input) }

    /// Builds the router: the access log outermost, then problem mapping, then authentication for the non-public routes.
    func buildRouter(authentication: AuthMiddleware, observation: RequestObservationMiddleware) -> Router<AppRequestContext> {
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: observation)
        router.add(middleware: ProblemMiddleware(routes: table))
        let authenticated = router.group().add(middleware: authentication)
        for entry in entries {
            if entry.isPublic {
                router.on(RouterPath(entry.path), method: entry.method, use: entry.handler)
            } else {
                authenticated.on(RouterPath(entry.path), method: entry.method, use: entry.handler)
            }
        }
        return router
    }
}
