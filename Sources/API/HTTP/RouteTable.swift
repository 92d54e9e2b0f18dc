import SamordnaDomain

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

    /// What a collection's list accepts: its filters and sort fields, by collection path.
    struct ListContract: Sendable {
        var filters: Set<String>
        var sorts: Set<String>
        var hasTextFilter: Bool
    }

    /// What a collection's create accepts: the input's fields and the required ones, by collection path.
    struct InputContract: Sendable {
        var fields: [String]
        var required: Set<String>
    }

    /// The routes in registration order.
    public private(set) var routes: [Route] = []
    private(set) var lists: [String: ListContract] = [:]
    private(set) var inputs: [String: InputContract] = [:]
    /// Each resource type's collection path (`meeting` → `/v1/meetings`), for the change feed's links.
    private(set) var collections: [String: String] = ["token": "/v1/tokens"]

    mutating func add(_ method: String, _ path: String) {
        routes.append(Route(method: method, path: path))
    }

    /// Records where a resource type's records are served.
    mutating func describeCollection(_ resourceType: String, _ path: String) { collections[resourceType] = path }

    /// Records what the list at `path` accepts, for the contract test.
    mutating func describeList(_ path: String, _ spec: ListSpec) {
        lists[path] = ListContract(
            filters: Set(spec.filters.keys), sorts: Set(spec.sortColumns.keys), hasTextFilter: !spec.searchColumns.isEmpty)
    }

    /// Records what a create at `path` accepts, for the contract test.
    mutating func describeInput<Input: ResourceInput>(_ path: String, _ input: Input.Type) {
        inputs[path] = InputContract(fields: Input.fieldNames, required: Input.requiredFields)
    }

    /// The methods allowed on a concrete path, empty when no route matches it.
    func allowedMethods(for path: String) -> [String] {
        let segments = RouteTable.segments(path)
        let matching = routes.filter { RouteTable.matches(pattern: RouteTable.segments($0.path), segments) }
        // The router prefers a fixed segment to a parameter (`/v1/establishments/map` over `/v1/establishments/{id}`),
        // so only the most specific patterns that match say what the path allows.
        func fixed(_ route: Route) -> Int { RouteTable.segments(route.path).filter { !$0.hasPrefix("{") }.count }
        let best = matching.map(fixed).max()
        return Array(Set(matching.filter { fixed($0) == best }.map(\.method))).sorted()
    }

    private static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    private static func matches(pattern: [Substring], _ segments: [Substring]) -> Bool {
        guard pattern.count == segments.count else { return false }
        return zip(pattern, segments).allSatisfy { p, s in p.hasPrefix("{") || p == s }
    }
}
