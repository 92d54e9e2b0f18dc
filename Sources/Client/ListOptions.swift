import Foundation
import SamordnaDomain

/// The query of a list: paging, sorting, text filter, change filter and the resource's own filters.
public struct ListOptions: Sendable, Hashable {
    /// Items per page, 1–500.
    public var limit: Int?
    public var offset: Int?
    /// A field to sort by; prefix with `-` for descending, e.g. `-updatedAt`.
    public var sort: String?
    /// A text filter (Swedish-aware, case-insensitive).
    public var query: String?
    /// Only records changed at or after this moment.
    public var updatedSince: Date?
    /// Resource filters by parameter name; several values mean any of them, e.g. `["county": ["25"]]`.
    public var filters: [String: [String]]

    /// Creates list options.
    public init(
        limit: Int? = nil, offset: Int? = nil, sort: String? = nil, query: String? = nil, updatedSince: Date? = nil,
        filters: [String: [String]] = [:]
    ) {
        self.limit = limit
        self.offset = offset
        self.sort = sort
        self.query = query
        self.updatedSince = updatedSince
        self.filters = filters
    }

    var queryItems: [URLQueryItem] {
        var items: [URLQueryItem] = []
        if let limit { items.append(URLQueryItem(name: "limit", value: String(limit))) }
        if let offset { items.append(URLQueryItem(name: "offset", value: String(offset))) }
        if let sort { items.append(URLQueryItem(name: "sort", value: sort)) }
        if let query { items.append(URLQueryItem(name: "q", value: query)) }
        if let updatedSince { items.append(URLQueryItem(name: "updatedSince", value: Timestamp.format(updatedSince))) }
        for name in filters.keys.sorted() {
            items.append(URLQueryItem(name: name, value: filters[name]!.joined(separator: ",")))
        }
        return items
    }
}
