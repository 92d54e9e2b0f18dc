import Foundation
import SamordnaDomain

/// What `GET /v1/audit` filters on.
public struct AuditFilter: Sendable, Hashable {
    public var resourceTypes: [String]
    public var resourceIds: [String]
    public var organisationIds: [Organisation.ID]
    public var tokenIds: [APIToken.ID]
    public var operations: [AuditEntry.Operation]
    public var from: CalendarDate?
    public var to: CalendarDate?

    /// Creates a filter.
    public init(
        resourceTypes: [String] = [], resourceIds: [String] = [], organisationIds: [Organisation.ID] = [], tokenIds: [APIToken.ID] = [],
        operations: [AuditEntry.Operation] = [], from: CalendarDate? = nil, to: CalendarDate? = nil
    ) {
        self.resourceTypes = resourceTypes
        self.resourceIds = resourceIds
        self.organisationIds = organisationIds
        self.tokenIds = tokenIds
        self.operations = operations
        self.from = from
        self.to = to
    }

    var queryPairs: [(name: String, value: String)] {
        let lists: [(String, [String])] = [
            ("resourceType", resourceTypes), ("resourceId", resourceIds), ("organisationId", organisationIds.map(\.description)),
            ("tokenId", tokenIds.map(\.description)), ("operation", operations.map(\.rawValue)),
        ]
        return lists.filter { !$0.1.isEmpty }.map { (name: $0.0, value: $0.1.joined(separator: ",")) }
            + [("from", from?.description), ("to", to?.description)].compactMap { pair in pair.1.map { (name: pair.0, value: $0) } }
    }
}

extension SamordnaClient {
    /// One page of the audit trail (admins), oldest first; pass a page's `nextCursor` to continue.
    public func audit(_ filter: AuditFilter = AuditFilter(), limit: Int = 50, cursor: String? = nil) async throws -> Page<AuditEntry> {
        let query = filter.queryPairs + [(name: "limit", value: String(limit))] + (cursor.map { [(name: "cursor", value: $0)] } ?? [])
        return try transport.decode(Page<AuditEntry>.self, from: try await transport.send("GET", "/v1/audit", query: query))
    }
}

extension SamordnaClient {
    /// Searches organisations, forums, meetings, initiatives, establishments, barriers and recommendations by their
    /// words (each a prefix; å, ä and ö letters of their own), best first, within what the token may see.
    public func search(_ query: String, types: [String] = [], limit: Int = 20) async throws -> SearchResults {
        var pairs: [(name: String, value: String)] = [("q", query), ("limit", String(limit))]
        if !types.isEmpty { pairs.append(("types", types.joined(separator: ","))) }
        return try transport.decode(SearchResults.self, from: try await transport.send("GET", "/v1/search", query: pairs))
    }
}
