import Foundation
import SamordnaDomain

/// Paging, order, text filter and change filter of a list; the resource's own filters are its `RecordFilter`.
public struct ListOptions: Sendable, Hashable {
    /// Items per page, 1–500.
    public var limit: Int?
    /// How many matching items to skip; for deep pages prefer `cursor`.
    public var offset: Int?
    /// Continue after a page: its `nextCursor` (with the same sort). Not with `offset`.
    public var cursor: String?
    /// A field to sort by; prefix with `-` for descending, e.g. `-updatedAt`.
    public var sort: String?
    /// A text filter (Swedish-aware, case-insensitive).
    public var query: String?
    /// Only records changed at or after this moment.
    public var updatedSince: Date?

    /// Creates list options.
    public init(
        limit: Int? = nil, offset: Int? = nil, cursor: String? = nil, sort: String? = nil, query: String? = nil, updatedSince: Date? = nil
    ) {
        self.limit = limit
        self.offset = offset
        self.cursor = cursor
        self.sort = sort
        self.query = query
        self.updatedSince = updatedSince
    }

    func queryPairs(with filter: (some RecordFilter)?) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        if let limit { pairs.append(("limit", String(limit))) }
        if let offset { pairs.append(("offset", String(offset))) }
        if let cursor { pairs.append(("cursor", cursor)) }
        if let sort { pairs.append(("sort", sort)) }
        if let query { pairs.append(("q", query)) }
        if let updatedSince { pairs.append(("updatedSince", Timestamp.format(updatedSince))) }
        return pairs + (filter?.queryPairs ?? [])
    }
}
