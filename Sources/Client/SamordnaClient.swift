import Foundation
import SamordnaDomain

/// An async client for the Samordna API, speaking in the domain's own types.
///
/// ```swift
/// let client = SamordnaClient(baseURL: URL(string: "http://127.0.0.1:8080")!, token: token)
/// for try await municipality in client.organisations.all(OrganisationFilter(kinds: [.municipality], counties: [.norrbotten])) {
///     print(municipality.name)
/// }
/// ```
public struct SamordnaClient: Sendable {
    let transport: Transport

    /// The version of this client library; it follows the API's (`GET /v1/api-info`, openapi.yaml `info.version`).
    public static let version = APIInfo.current.apiVersion

    /// Creates a client for the server at `baseURL`, authenticating with a bearer `token`.
    /// - Parameters:
    ///   - timeout: how long one request may take.
    ///   - transport: what sends the requests; AsyncHTTPClient's shared client unless a tool's tests give their own.
    public init(baseURL: URL, token: String?, timeout: Duration = .seconds(30), transport: (any HTTPTransport)? = nil) {
        self.transport = Transport(baseURL: baseURL, token: token, timeout: timeout, http: transport ?? AsyncHTTPClientTransport())
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
    /// Sweden's counties (reference data).
    public func counties() async throws -> [County] {
        try transport.decode(Page<County>.self, from: try await transport.send("GET", "/v1/counties", query: [("limit", "500")])).items
    }

    /// Sweden's municipalities (reference data), optionally of some counties only.
    public func municipalities(_ filter: MunicipalityFilter = MunicipalityFilter()) async throws -> [Municipality] {
        let query = ListOptions(limit: 500).queryPairs(with: filter)
        return try transport.decode(Page<Municipality>.self, from: try await transport.send("GET", "/v1/municipalities", query: query))
            .items
    }

    /// Bearer tokens (admin only).
    public var tokens: TokenOperations { TokenOperations(transport: transport) }

    /// The API's name, version and status (no token needed).
    public func apiInfo() async throws -> APIInfo {
        try transport.decode(APIInfo.self, from: try await transport.send("GET", "/v1/api-info"))
    }

    /// Dialogue coverage: per organisation in scope, its meetings in the period, cross-county meetings,
    /// open and overdue actions and current forum seats, plus those with no dialogue. Defaults cover the
    /// regions, county boards, municipalities and state agencies.
    public func dialogueCoverage(
        from: CalendarDate? = nil, to: CalendarDate? = nil, kinds: [OrganisationKind] = [], counties: [CountyCode] = []
    ) async throws -> DialogueCoverage {
        var query: [(name: String, value: String)] = []
        if let from { query.append(("from", from.description)) }
        if let to { query.append(("to", to.description)) }
        if !kinds.isEmpty { query.append(("kind", kinds.map(\.rawValue).joined(separator: ","))) }
        if !counties.isEmpty { query.append(("county", counties.map(\.rawValue).joined(separator: ","))) }
        return try transport.decode(DialogueCoverage.self, from: try await transport.send("GET", "/v1/dialogue-coverage", query: query))
    }

    /// Whether the server can read its database.
    public func isReady() async throws -> Bool {
        try await transport.send("GET", "/health/ready").status == 200
    }
}
