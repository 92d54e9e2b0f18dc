/// What `GET /v1/forums` filters on.
public struct ForumFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case kind, status, convenorId, county, challengeArea, assignmentPart
    }

    public var kinds: [ForumKind]
    public var statuses: [ForumStatus]
    public var convenorIds: [Organisation.ID]
    public var counties: [CountyCode]
    /// Challenge areas by key or id.
    public var challengeAreas: [String]
    public var assignmentPartIds: [AssignmentPart.ID]

    /// Creates a filter.
    public init(
        kinds: [ForumKind] = [], statuses: [ForumStatus] = [], convenorIds: [Organisation.ID] = [], counties: [CountyCode] = [],
        challengeAreas: [String] = [], assignmentPartIds: [AssignmentPart.ID] = []
    ) {
        self.kinds = kinds
        self.statuses = statuses
        self.convenorIds = convenorIds
        self.counties = counties
        self.challengeAreas = challengeAreas
        self.assignmentPartIds = assignmentPartIds
    }

    public var values: [Parameter: [String]] {
        [
            .kind: kinds.map(\.rawValue), .status: statuses.map(\.rawValue), .convenorId: convenorIds.map(\.description),
            .county: counties.map(\.rawValue), .challengeArea: challengeAreas, .assignmentPart: assignmentPartIds.map(\.description),
        ]
    }
}

/// What `GET /v1/forum-memberships` filters on.
public struct ForumMembershipFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case forumId, organisationId, role, current
    }

    public var forumIds: [Forum.ID]
    public var organisationIds: [Organisation.ID]
    public var roles: [ForumMembership.Role]
    /// Only seats held today (true) or not (false).
    public var current: Bool?

    /// Creates a filter.
    public init(
        forumIds: [Forum.ID] = [], organisationIds: [Organisation.ID] = [], roles: [ForumMembership.Role] = [], current: Bool? = nil
    ) {
        self.forumIds = forumIds
        self.organisationIds = organisationIds
        self.roles = roles
        self.current = current
    }

    public var values: [Parameter: [String]] {
        [
            .forumId: forumIds.map(\.description), .organisationId: organisationIds.map(\.description), .role: roles.map(\.rawValue),
            .current: Bool.filterValue(current),
        ]
    }
}
