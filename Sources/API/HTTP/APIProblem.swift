import Hummingbird
import SamordnaDomain

/// An HTTP-level problem (bad syntax, auth, preconditions, content type) that has no domain meaning.
/// Domain errors stay `DomainError`; `ProblemMapping` turns both into problem details.
struct APIProblem: Error, Sendable {
    var status: HTTPResponse.Status
    var type: ProblemType
    var title: String
    var detail: String
    var headers: HTTPFields = [:]
    var errors: [ValidationIssue]? = nil

    static func badRequest(_ detail: String, type: ProblemType = .badRequest) -> APIProblem {
        APIProblem(status: .badRequest, type: type, title: "Bad request", detail: detail)
    }

    static func invalidParameter(_ name: String, _ detail: String) -> APIProblem {
        APIProblem(
            status: .badRequest, type: .invalidParameter, title: "Invalid query parameter", detail: detail,
            errors: [ValidationIssue(field: name, code: "invalidParameter", detail: detail)])
    }

    static func unauthenticated(_ detail: String, error: String? = nil) -> APIProblem {
        var headers = HTTPFields()
        headers[.wwwAuthenticate] = error.map { "Bearer realm=\"samordna\", error=\"\($0)\"" } ?? "Bearer realm=\"samordna\""
        return APIProblem(status: .unauthorized, type: .unauthenticated, title: "Unauthenticated", detail: detail, headers: headers)
    }

    static func notFound(_ detail: String) -> APIProblem {
        APIProblem(status: .notFound, type: .notFound, title: "Not found", detail: detail)
    }

    static func preconditionFailed(_ detail: String) -> APIProblem {
        APIProblem(status: .preconditionFailed, type: .preconditionFailed, title: "Precondition failed", detail: detail)
    }

    static func unsupportedMediaType(_ detail: String) -> APIProblem {
        APIProblem(status: .unsupportedMediaType, type: .unsupportedMediaType, title: "Unsupported media type", detail: detail)
    }

    static func notAcceptable(_ detail: String) -> APIProblem {
        APIProblem(status: .notAcceptable, type: .notAcceptable, title: "Not acceptable", detail: detail)
    }

    static func contentTooLarge(limit: Int) -> APIProblem {
        APIProblem(
            status: .contentTooLarge, type: .contentTooLarge, title: "Content too large",
            detail: "The request body is larger than the limit of \(limit) bytes.")
    }

    static func tooManyRequests(retryAfter seconds: Int, perMinute: Int) -> APIProblem {
        var headers = HTTPFields()
        headers[.retryAfter] = String(max(1, seconds))
        return APIProblem(
            status: .tooManyRequests, type: .tooManyRequests, title: "Too many requests",
            detail: "This token may make \(perMinute) requests a minute; retry after \(max(1, seconds)) s.", headers: headers)
    }

    static func methodNotAllowed(_ allowed: [String]) -> APIProblem {
        var headers = HTTPFields()
        headers[.allow] = allowed.joined(separator: ", ")
        return APIProblem(
            status: .methodNotAllowed, type: .methodNotAllowed, title: "Method not allowed",
            detail: "This path allows \(allowed.joined(separator: ", ")).", headers: headers)
    }
}
