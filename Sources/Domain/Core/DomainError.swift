/// The one error model of the domain. It knows nothing of HTTP; the API maps each case
/// to a problem-details response in one place.
public enum DomainError: Error, Equatable, Sendable {
    /// The named resource does not exist (or is not visible to the caller).
    case notFound(resource: String, id: String)
    /// The input broke one or more rules; every issue is listed.
    case validationFailed([ValidationIssue])
    /// The request conflicts with the current state (a duplicate key, a reference still in use).
    case conflict(ProblemType, detail: String)
    /// A status change that the resource's lifecycle does not allow; `allowed` are the statuses it may move to.
    case illegalTransition(from: String, to: String, allowed: [String])
    /// The caller's expected version does not match the stored one.
    case versionMismatch(expected: Int, actual: Int)
    /// The caller is authenticated but not allowed to do this.
    case forbidden(String)
}
