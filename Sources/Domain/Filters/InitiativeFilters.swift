/// What `GET /v1/source-documents` filters on.
public struct SourceDocumentFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case issuerId }

    public var issuerIds: [Organisation.ID]

    /// Creates a filter.
    public init(issuerIds: [Organisation.ID] = []) { self.issuerIds = issuerIds }

    public var values: [Parameter: [String]] { [.issuerId: issuerIds.map(\.description)] }
}

/// What `GET /v1/recommendations` filters on.
public struct RecommendationFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case sourceDocumentId, addressedTo, challengeArea, answered }

    public var sourceDocumentIds: [SourceDocument.ID]
    public var addressedTo: [Organisation.ID]
    /// Challenge areas by key or id.
    public var challengeAreas: [String]
    /// Answered by at least one live initiative (true), or by none (false).
    public var answered: Bool?

    /// Creates a filter.
    public init(
        sourceDocumentIds: [SourceDocument.ID] = [], addressedTo: [Organisation.ID] = [], challengeAreas: [String] = [],
        answered: Bool? = nil
    ) {
        self.sourceDocumentIds = sourceDocumentIds
        self.addressedTo = addressedTo
        self.challengeAreas = challengeAreas
        self.answered = answered
    }

    public var values: [Parameter: [String]] {
        [
            .sourceDocumentId: sourceDocumentIds.map(\.description), .addressedTo: addressedTo.map(\.description),
            .challengeArea: challengeAreas, .answered: Bool.filterValue(answered),
        ]
    }
}

/// What `GET /v1/initiatives` filters on.
public struct InitiativeFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case status, leadId, participant, challengeArea, assignmentPart, county, municipalityCode, parentId, recommendationId, atRisk
    }

    public var statuses: [Initiative.Status]
    public var leadIds: [Organisation.ID]
    /// Organisations leading or taking part.
    public var participants: [Organisation.ID]
    /// Challenge areas by key or id.
    public var challengeAreas: [String]
    public var assignmentPartIds: [AssignmentPart.ID]
    public var counties: [CountyCode]
    public var municipalityCodes: [MunicipalityCode]
    public var parentIds: [Initiative.ID]
    public var recommendationIds: [Recommendation.ID]
    /// Flagged at risk and not yet reviewed (true), or not (false).
    public var atRisk: Bool?

    /// Creates a filter.
    public init(
        statuses: [Initiative.Status] = [], leadIds: [Organisation.ID] = [], participants: [Organisation.ID] = [],
        challengeAreas: [String] = [], assignmentPartIds: [AssignmentPart.ID] = [], counties: [CountyCode] = [],
        municipalityCodes: [MunicipalityCode] = [], parentIds: [Initiative.ID] = [], recommendationIds: [Recommendation.ID] = [],
        atRisk: Bool? = nil
    ) {
        self.statuses = statuses
        self.leadIds = leadIds
        self.participants = participants
        self.challengeAreas = challengeAreas
        self.assignmentPartIds = assignmentPartIds
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.parentIds = parentIds
        self.recommendationIds = recommendationIds
        self.atRisk = atRisk
    }

    public var values: [Parameter: [String]] {
        [
            .status: statuses.map(\.rawValue), .leadId: leadIds.map(\.description), .participant: participants.map(\.description),
            .challengeArea: challengeAreas, .assignmentPart: assignmentPartIds.map(\.description), .county: counties.map(\.rawValue),
            .municipalityCode: municipalityCodes.map(\.rawValue), .parentId: parentIds.map(\.description),
            .recommendationId: recommendationIds.map(\.description), .atRisk: Bool.filterValue(atRisk),
        ]
    }
}

/// What `GET /v1/indicators` filters on.
public struct IndicatorFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case initiativeId }

    public var initiativeIds: [Initiative.ID]

    /// Creates a filter.
    public init(initiativeIds: [Initiative.ID] = []) { self.initiativeIds = initiativeIds }

    public var values: [Parameter: [String]] { [.initiativeId: initiativeIds.map(\.description)] }
}

/// What `GET /v1/indicator-measurements` filters on.
public struct IndicatorMeasurementFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case indicatorId, reportedById, from, to }

    public var indicatorIds: [Indicator.ID]
    public var reportedByIds: [Organisation.ID]
    /// Measured on or after this date.
    public var from: CalendarDate?
    /// Measured on or before this date.
    public var to: CalendarDate?

    /// Creates a filter.
    public init(
        indicatorIds: [Indicator.ID] = [], reportedByIds: [Organisation.ID] = [], from: CalendarDate? = nil, to: CalendarDate? = nil
    ) {
        self.indicatorIds = indicatorIds
        self.reportedByIds = reportedByIds
        self.from = from
        self.to = to
    }

    public var values: [Parameter: [String]] {
        [
            .indicatorId: indicatorIds.map(\.description), .reportedById: reportedByIds.map(\.description),
            .from: from.map { [$0.description] } ?? [], .to: to.map { [$0.description] } ?? [],
        ]
    }
}
