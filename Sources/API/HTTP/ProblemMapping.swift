import GRDB
import Hummingbird
import SamordnaDomain

/// The one place where any error becomes a problem-details answer.
enum ProblemMapping {
    /// Maps an error to its status, problem document and extra headers. Unexpected errors become a bare
    /// 500 that says nothing but the request id; the caller logs them.
    static func problem(for error: any Error, instance: String, requestId: String) -> (ProblemDetails, HTTPFields, isUnexpected: Bool) {
        let mapped: APIProblem
        var unexpected = false
        switch error {
        case let problem as APIProblem:
            mapped = problem
        case let domain as DomainError:
            mapped = map(domain)
        case let http as HTTPError:
            mapped = map(http)
        case let database as DatabaseError where database.resultCode == .SQLITE_CONSTRAINT:
            mapped = APIProblem(
                status: .conflict, type: .conflict, title: "Conflict",
                detail: "The change conflicts with existing data (a duplicate or a reference still in use).")
        case let database as DatabaseError where database.resultCode == .SQLITE_BUSY:
            mapped = APIProblem(
                status: .serviceUnavailable, type: .busy, title: "Service busy",
                detail: "The database was busy; retry the request.", headers: [.retryAfter: "1"])
        default:
            unexpected = true
            mapped = APIProblem(
                status: .internalServerError, type: .internalError, title: "Internal server error",
                detail: "An unexpected error occurred. Quote the request id \(requestId) when reporting it.")
        }
        let problem = ProblemDetails(
            type: mapped.type.uri, title: mapped.title, status: Int(mapped.status.code), detail: mapped.detail,
            instance: instance, requestId: requestId, errors: mapped.errors)
        return (problem, mapped.headers, unexpected)
    }

    private static func map(_ error: DomainError) -> APIProblem {
        switch error {
        case .notFound(let resource, let id):
            return .notFound("No \(resource) with id \(id).")
        case .validationFailed(let issues):
            return APIProblem(
                status: .unprocessableContent, type: .validationFailed, title: "Validation failed",
                detail: "\(issues.count) field\(issues.count == 1 ? "" : "s") failed validation.", errors: issues)
        case .conflict(let type, let detail):
            return APIProblem(status: .conflict, type: type, title: "Conflict", detail: detail)
        case .illegalTransition(let from, let to, let allowed):
            let next = allowed.isEmpty ? "it is final" : "allowed: \(allowed.joined(separator: ", "))"
            return APIProblem(
                status: .conflict, type: .illegalTransition, title: "Illegal status transition",
                detail: "The status cannot change from \(from) to \(to) (\(next)).")
        case .versionMismatch(let expected, let actual):
            return .preconditionFailed("The resource is at version \(actual), not \(expected); fetch it again and reapply the change.")
        case .forbidden(let detail):
            return APIProblem(status: .forbidden, type: .forbidden, title: "Forbidden", detail: detail)
        }
    }

    private static func map(_ error: HTTPError) -> APIProblem {
        switch error.status {
        case .notFound: return .notFound("No such route.")
        case .contentTooLarge: return .contentTooLarge(limit: RequestBody.defaultLimit)
        default:
            return APIProblem(
                status: error.status, type: .requestRejected, title: error.status.reasonPhrase,
                detail: error.body ?? error.status.reasonPhrase, headers: error.headers)
        }
    }
}
