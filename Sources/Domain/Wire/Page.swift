/// One page of a list: the items, the total across all pages, and where the page starts.
public struct Page<Item: Codable & Sendable>: Codable, Sendable {
    public var items: [Item]
    /// How many items match the filters across all pages.
    public var total: Int
    /// The most items a page of this request holds.
    public var limit: Int
    /// How many matching items come before this page (with a cursor: when the cursor was issued).
    public var offset: Int
    /// The token (`cursor=`) of the page after this one; nil on the last page.
    public var nextCursor: String?

    /// Creates a page.
    public init(items: [Item], total: Int, limit: Int, offset: Int, nextCursor: String? = nil) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
        self.nextCursor = nextCursor
    }
}

extension Page: Equatable where Item: Equatable {}
