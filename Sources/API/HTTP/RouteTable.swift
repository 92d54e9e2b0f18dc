/// Every route the API serves, by method and path pattern (`/v1/organisations/{id}`).
///
/// It answers two questions the router cannot: which methods a known path allows (for `405` with
/// `Allow`), and which operations exist (the contract test compares them with openapi.yaml).
public struct RouteTable: Sendable {
    /// One served operation.
    public struct Route: Hashable, Sendable {
        /// The HTTP method, upper case.
        public let method: String
        /// The path pattern with `{name}` parameters.
        public let path: String
    }

    /// The routes in registration order.
    public private(set) var routes: [Route] = []

    mutating func add(_ method: String, _ path: String) {
        routes.append(Route(method: method, path: path))
    }

    /// The methods allowed on a concrete path, empty when no route matches it.
    func allowedMethods(for path: String) -> [String] {
        let segments = RouteTable.segments(path)
        let methods = routes.filter { RouteTable.matches(pattern: RouteTable.segments($0.path), segments) }.map(\.method)
        return Array(Set(methods)).sorted()
    }

    private static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    private static func matches(pattern: [Substring], _ segments: [Substring]) -> Bool {
        guard pattern.count == segments.count else { return false }
        return zip(pattern, segments).allSatisfy { p, s in p.hasPrefix("{") || p == s }
    }
}
