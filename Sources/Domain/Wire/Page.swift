/// One page of a list: the items, the total across all pages, and where the page starts.
public struct Page<Item: Codable & Sendable>: Codable, Sendable {
    public var items: [Item]
    /// How many items match the filters across all pages.
    public var total: Int
    public var limit: Int
    public var offset: Int

    /// Creates a page.
    public init(items: [Item], total: Int, limit: Int, offset: Int) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
    }
}

extension Page: Equatable where Item: Equatable {}
