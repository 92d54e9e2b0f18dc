import Foundation

/// One HTTP exchange as the client sees it: what it sends and what it gets back. A tool's tests can answer these
/// with an `HTTPTransport` of their own, without a server.
public struct ClientRequest: Sendable, Hashable {
    /// `GET`, `POST`, `PATCH` or `DELETE`.
    public var method: String
    /// The absolute URL with its query.
    public var url: URL
    /// Header fields in order.
    public var headers: [(name: String, value: String)]
    public var body: Data?

    /// Creates a request.
    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The first value of a header field, by case-insensitive name.
    public func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }

    public static func == (lhs: ClientRequest, rhs: ClientRequest) -> Bool {
        lhs.method == rhs.method && lhs.url == rhs.url && lhs.body == rhs.body
            && lhs.headers.map { [$0.name, $0.value] } == rhs.headers.map { [$0.name, $0.value] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(url)
        hasher.combine(body)
    }
}

/// What came back.
public struct ClientResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Sends requests. The default is AsyncHTTPClient's shared client; tests may inject their own.
public protocol HTTPTransport: Sendable {
    /// Sends one request and returns the answer, or throws when no answer came within `timeout`.
    func send(_ request: ClientRequest, timeout: Duration) async throws -> ClientResponse
}
