/// An RFC 9457 problem-details document: the body of every error the API returns.
public struct ProblemDetails: Codable, Hashable, Sendable, Error {
    /// A stable URI naming the kind of problem.
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String?
    /// The request path the problem occurred on.
    public var instance: String?
    /// The request id, to quote when asking for help.
    public var requestId: String?
    /// Every validation issue, for `422`.
    public var errors: [ValidationIssue]?

    /// Creates a problem document.
    public init(
        type: String, title: String, status: Int, detail: String? = nil, instance: String? = nil,
        requestId: String? = nil, errors: [ValidationIssue]? = nil
    ) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.requestId = requestId
        self.errors = errors
    }
}
