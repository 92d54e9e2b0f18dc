import Foundation
import NIOCore
import SamordnaDomain

/// An async client for the Samordna API, speaking in the domain's own types.
///
/// ```swift
/// let client = SamordnaClient(baseURL: URL(string: "http://127.0.0.1:8080")!, token: token)
/// for try await municipality in client.organisations.all(ListOptions(filters: ["kind": ["municipality"], "county": ["25"]])) {
///     print(municipality.name)
/// }
/// ```
public struct SamordnaClient: Sendable {
    let transport: Transport

    /// Creates a client for the server at `baseURL`, authenticating with a bearer `token`.
    /// - Parameter timeout: how long one request may take, in seconds.
    public init(baseURL: URL, token: String?, timeout: Int64 = 30) {
        transport = Transport(baseURL: baseURL, token: token, timeout: .seconds(timeout))
    }

    /// The actors: agencies, regions, county boards, municipalities, companies…
    public var organisations: RecordCollection<Organisation> { RecordCollection(transport: transport, path: "/v1/organisations") }
    /// Contact persons (personal data: visible to admins and the person's own organisation).
    public var contacts: RecordCollection<Contact> { RecordCollection(transport: transport, path: "/v1/contacts") }
    /// The challenge areas.
    public var challengeAreas: RecordCollection<ChallengeArea> { RecordCollection(transport: transport, path: "/v1/challenge-areas") }
    /// The government assignments.
    public var assignments: RecordCollection<Assignment> { RecordCollection(transport: transport, path: "/v1/assignments") }
    /// The parts (duties) of assignments.
    public var assignmentParts: RecordCollection<AssignmentPart> { RecordCollection(transport: transport, path: "/v1/assignment-parts") }
    /// Long-term collaboration forums.
    public var forums: RecordCollection<Forum> { RecordCollection(transport: transport, path: "/v1/forums") }
    /// Dated seats of organisations in forums.
    public var forumMemberships: RecordCollection<ForumMembership> { RecordCollection(transport: transport, path: "/v1/forum-memberships") }
    /// Meetings and dialogues (confidential ones only for admins and participants).
    public var meetings: RecordCollection<Meeting> { RecordCollection(transport: transport, path: "/v1/meetings") }
    /// Decisions taken at meetings.
    public var decisions: RecordCollection<Decision> { RecordCollection(transport: transport, path: "/v1/decisions") }
    /// Follow-up actions; filter with `owner`, `status`, `overdue=true`, `dueBefore`.
    public var followUpActions: RecordCollection<FollowUpAction> { RecordCollection(transport: transport, path: "/v1/follow-up-actions") }
    /// Bearer tokens (admin only).
    public var tokens: TokenOperations { TokenOperations(transport: transport) }

    /// The API's name, version and status (no token needed).
    public func apiInfo() async throws -> APIInfo {
        try transport.decode(APIInfo.self, from: try await transport.send(.GET, "/v1/api-info"))
    }

    /// Dialogue coverage: per organisation in scope, its meetings in the period, cross-county meetings,
    /// open and overdue actions and current forum seats, plus those with no dialogue. Defaults cover the
    /// regions, county boards, municipalities and state agencies.
    public func dialogueCoverage(
        from: CalendarDate? = nil, to: CalendarDate? = nil, kinds: [OrganisationKind] = [], counties: [CountyCode] = []
    ) async throws -> DialogueCoverage {
        var query: [URLQueryItem] = []
        if let from { query.append(URLQueryItem(name: "from", value: from.description)) }
        if let to { query.append(URLQueryItem(name: "to", value: to.description)) }
        if !kinds.isEmpty { query.append(URLQueryItem(name: "kind", value: kinds.map(\.rawValue).joined(separator: ","))) }
        if !counties.isEmpty { query.append(URLQueryItem(name: "county", value: counties.map(\.rawValue).joined(separator: ","))) }
        return try transport.decode(DialogueCoverage.self, from: try await transport.send(.GET, "/v1/dialogue-coverage", query: query))
    }

    /// Whether the server can read its database.
    public func isReady() async throws -> Bool {
        try await transport.send(.GET, "/health/ready").status == 200
    }
}
