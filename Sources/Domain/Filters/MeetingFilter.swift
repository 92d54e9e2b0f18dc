/// What `GET /v1/meetings` filters on.
public struct MeetingFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case forumId, organiserId, meetingFormat, participant, county, municipalityCode, challengeArea, assignmentPart, from, to
        case consultationMatter
    }

    public var forumIds: [Forum.ID]
    public var organiserIds: [Organisation.ID]
    public var formats: [Meeting.Format]
    public var participants: [Organisation.ID]
    public var counties: [CountyCode]
    public var municipalityCodes: [MunicipalityCode]
    /// Challenge areas by key or id.
    public var challengeAreas: [String]
    public var assignmentPartIds: [AssignmentPart.ID]
    /// On or after this date.
    public var from: CalendarDate?
    /// On or before this date.
    public var to: CalendarDate?
    /// Consultations on any of these establishments, initiatives or barriers.
    public var consultationMatters: [String]

    /// Creates a filter.
    public init(
        forumIds: [Forum.ID] = [], organiserIds: [Organisation.ID] = [], formats: [Meeting.Format] = [],
        participants: [Organisation.ID] = [], counties: [CountyCode] = [], municipalityCodes: [MunicipalityCode] = [],
        challengeAreas: [String] = [], assignmentPartIds: [AssignmentPart.ID] = [], from: CalendarDate? = nil, to: CalendarDate? = nil,
        consultationMatters: [String] = []
    ) {
        self.forumIds = forumIds
        self.organiserIds = organiserIds
        self.formats = formats
        self.participants = participants
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.challengeAreas = challengeAreas
        self.assignmentPartIds = assignmentPartIds
        self.from = from
        self.to = to
        self.consultationMatters = consultationMatters
    }

    public var values: [Parameter: [String]] {
        [
            .consultationMatter: consultationMatters,
            .forumId: forumIds.map(\.description), .organiserId: organiserIds.map(\.description), .meetingFormat: formats.map(\.rawValue),
            .participant: participants.map(\.description), .county: counties.map(\.rawValue),
            .municipalityCode: municipalityCodes.map(\.rawValue), .challengeArea: challengeAreas,
            .assignmentPart: assignmentPartIds.map(\.description), .from: from.map { [$0.description] } ?? [],
            .to: to.map { [$0.description] } ?? [],
        ]
    }
}

/// What `GET /v1/decisions` filters on.
public struct DecisionFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case meetingId
    }

    public var meetingIds: [Meeting.ID]

    /// Creates a filter.
    public init(meetingIds: [Meeting.ID] = []) { self.meetingIds = meetingIds }

    public var values: [Parameter: [String]] { [.meetingId: meetingIds.map(\.description)] }
}

/// What `GET /v1/follow-up-actions` filters on.
public struct FollowUpActionFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case owner, status, meetingId, decisionId, overdue, dueBefore
    }

    public var owners: [Organisation.ID]
    public var statuses: [FollowUpAction.Status]
    public var meetingIds: [Meeting.ID]
    public var decisionIds: [Decision.ID]
    /// Open or in progress and past the due date (true), or not (false).
    public var overdue: Bool?
    /// Due before this date.
    public var dueBefore: CalendarDate?

    /// Creates a filter.
    public init(
        owners: [Organisation.ID] = [], statuses: [FollowUpAction.Status] = [], meetingIds: [Meeting.ID] = [],
        decisionIds: [Decision.ID] = [], overdue: Bool? = nil, dueBefore: CalendarDate? = nil
    ) {
        self.owners = owners
        self.statuses = statuses
        self.meetingIds = meetingIds
        self.decisionIds = decisionIds
        self.overdue = overdue
        self.dueBefore = dueBefore
    }

    public var values: [Parameter: [String]] {
        [
            .owner: owners.map(\.description), .status: statuses.map(\.rawValue), .meetingId: meetingIds.map(\.description),
            .decisionId: decisionIds.map(\.description), .overdue: Bool.filterValue(overdue),
            .dueBefore: dueBefore.map { [$0.description] } ?? [],
        ]
    }
}
