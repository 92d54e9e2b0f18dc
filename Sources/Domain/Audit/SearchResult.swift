/// One hit of `GET /v1/search`.
public struct SearchHit: Codable, Hashable, Sendable {
    /// The resource type, e.g. `meeting`.
    public var type: String
    public var id: String
    public var title: String
    /// Where the words were found, as HTML-escaped text with each hit in `<mark>…</mark>`.
    public var snippet: String
    /// Where to read the record.
    public var path: String?

    /// Creates a hit.
    public init(type: String, id: String, title: String, snippet: String, path: String?) {
        self.type = type
        self.id = id
        self.title = title
        self.snippet = snippet
        self.path = path
    }
}

/// The answer of `GET /v1/search`: the best hits first.
public struct SearchResults: Codable, Hashable, Sendable {
    public var query: String
    public var items: [SearchHit]

    /// Creates results.
    public init(query: String, items: [SearchHit]) {
        self.query = query
        self.items = items
    }
}
