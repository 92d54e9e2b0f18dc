import SamordnaDomain

/// The items of a list, fetched a page at a time while you iterate with `for try await`; each page after the first
/// continues from the previous page's cursor, so items inserted meanwhile neither repeat nor shift others out.
public struct PagedResults<Item: Codable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item
    let options: ListOptions
    let fetch: @Sendable (ListOptions) async throws -> Page<Item>

    public struct AsyncIterator: AsyncIteratorProtocol {
        var options: ListOptions
        let fetch: @Sendable (ListOptions) async throws -> Page<Item>
        var buffer: [Item] = []
        var finished = false

        public mutating func next() async throws -> Item? {
            if buffer.isEmpty && !finished {
                let page = try await fetch(options)
                buffer = page.items.reversed()
                finished = page.items.isEmpty || page.nextCursor == nil
                options.offset = nil
                options.cursor = page.nextCursor
            }
            return buffer.popLast()
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        var options = options
        if options.limit == nil { options.limit = 100 }
        return AsyncIterator(options: options, fetch: fetch)
    }

    /// Collects every item into an array.
    public func collect() async throws -> [Item] {
        var items: [Item] = []
        for try await item in self { items.append(item) }
        return items
    }
}
