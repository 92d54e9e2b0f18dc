import SamordnaDomain

/// What can go wrong when calling Samordna.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// The server answered with a problem document (validation, auth, not found, conflict…).
    case problem(ProblemDetails)
    /// The server could not be reached or the connection failed.
    case transport(String)
    /// The server answered something that is not the expected JSON.
    case unexpectedResponse(status: Int, body: String)

    /// The problem document, when the server sent one.
    public var problem: ProblemDetails? {
        if case .problem(let problem) = self { return problem }
        return nil
    }

    /// The HTTP status, when there was an answer.
    public var status: Int? {
        switch self {
        case .problem(let problem): problem.status
        case .unexpectedResponse(let status, _): status
        case .transport: nil
        }
    }

    public var description: String {
        switch self {
        case .problem(let p):
            "\(p.status) \(p.title): \(p.detail ?? "")" + (p.errors.map { " \($0.map { "\($0.field): \($0.code)" })" } ?? "")
        case .transport(let message): "transport error: \(message)"
        case .unexpectedResponse(let status, let body): "unexpected response \(status): \(body.prefix(200))"
        }
    }
}
