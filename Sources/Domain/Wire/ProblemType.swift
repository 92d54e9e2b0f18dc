/// Every kind of problem the API answers with: the only way the server names one, so that each is documented
/// in openapi.yaml (a test holds the two together) and a client can match on it.
public enum ProblemType: String, CaseIterable, Sendable {
    case validationFailed = "validation-failed"
    case badRequest = "bad-request"
    case malformedJSON = "malformed-json"
    case invalidParameter = "invalid-parameter"
    case invalidIdempotencyKey = "invalid-idempotency-key"
    case invalidPrecondition = "invalid-precondition"
    case unauthenticated
    case forbidden
    case notFound = "not-found"
    case methodNotAllowed = "method-not-allowed"
    case notAcceptable = "not-acceptable"
    case conflict
    case duplicateKey = "duplicate-key"
    case duplicateName = "duplicate-name"
    case duplicateOrganisationNumber = "duplicate-organisation-number"
    case duplicateCaseNumber = "duplicate-case-number"
    case duplicateCode = "duplicate-code"
    case overlappingMembership = "overlapping-membership"
    case inUse = "in-use"
    case selfRevocation = "self-revocation"
    case illegalTransition = "illegal-transition"
    case preconditionFailed = "precondition-failed"
    case contentTooLarge = "content-too-large"
    case unsupportedMediaType = "unsupported-media-type"
    case requestRejected = "request-rejected"
    case tooManyRequests = "too-many-requests"
    case busy
    case notReady = "not-ready"
    case internalError = "internal-error"

    /// The base of every problem `type` URI.
    public static let base = "https://samordna.tillvaxtverket.se/problems/"

    /// The problem's `type` URI.
    public var uri: String { ProblemType.base + rawValue }

    /// The problem type a `type` URI names, if it is one of ours.
    public init?(uri: String) {
        guard uri.hasPrefix(ProblemType.base) else { return nil }
        self.init(rawValue: String(uri.dropFirst(ProblemType.base.count)))
    }
}
