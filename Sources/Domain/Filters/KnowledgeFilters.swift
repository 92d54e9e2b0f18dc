/// What `GET /v1/knowledge-items` filters on.
public struct KnowledgeItemFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case kind, status, authorId, challengeArea, sector, phase, transferable
    }

    public var kinds: [KnowledgeItem.Kind]
    public var statuses: [KnowledgeItem.Status]
    public var authorIds: [Organisation.ID]
    /// Challenge areas by key or id.
    public var challengeAreas: [String]
    public var sectors: [Establishment.Sector]
    public var phases: [Establishment.Phase]
    /// Applies beyond the two counties (true), or not (false).
    public var transferable: Bool?

    /// Creates a filter.
    public init(
        kinds: [KnowledgeItem.Kind] = [], statuses: [KnowledgeItem.Status] = [], authorIds: [Organisation.ID] = [],
        challengeAreas: [String] = [], sectors: [Establishment.Sector] = [], phases: [Establishment.Phase] = [],
        transferable: Bool? = nil
    ) {
        self.kinds = kinds
        self.statuses = statuses
        self.authorIds = authorIds
        self.challengeAreas = challengeAreas
        self.sectors = sectors
        self.phases = phases
        self.transferable = transferable
    }

    public var values: [Parameter: [String]] {
        [
            .kind: kinds.map(\.rawValue), .status: statuses.map(\.rawValue), .authorId: authorIds.map(\.description),
            .challengeArea: challengeAreas, .sector: sectors.map(\.rawValue), .phase: phases.map(\.rawValue),
            .transferable: Bool.filterValue(transferable),
        ]
    }
}

/// What `GET /v1/disseminations` filters on.
public struct DisseminationFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case knowledgeItemId, channel, audience, organiserId, county, municipalityCode, from, to
    }

    public var knowledgeItemIds: [KnowledgeItem.ID]
    public var channels: [Dissemination.Channel]
    public var audiences: [Dissemination.Audience]
    public var organiserIds: [Organisation.ID]
    /// Reached these counties (named, or through a municipality in them).
    public var counties: [CountyCode]
    public var municipalityCodes: [MunicipalityCode]
    /// On or after this date.
    public var from: CalendarDate?
    /// On or before this date.
    public var to: CalendarDate?

    /// Creates a filter.
    public init(
        knowledgeItemIds: [KnowledgeItem.ID] = [], channels: [Dissemination.Channel] = [], audiences: [Dissemination.Audience] = [],
        organiserIds: [Organisation.ID] = [], counties: [CountyCode] = [], municipalityCodes: [MunicipalityCode] = [],
        from: CalendarDate? = nil, to: CalendarDate? = nil
    ) {
        self.knowledgeItemIds = knowledgeItemIds
        self.channels = channels
        self.audiences = audiences
        self.organiserIds = organiserIds
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.from = from
        self.to = to
    }

    public var values: [Parameter: [String]] {
        [
            .knowledgeItemId: knowledgeItemIds.map(\.description), .channel: channels.map(\.rawValue),
            .audience: audiences.map(\.rawValue), .organiserId: organiserIds.map(\.description), .county: counties.map(\.rawValue),
            .municipalityCode: municipalityCodes.map(\.rawValue), .from: from.map { [$0.description] } ?? [],
            .to: to.map { [$0.description] } ?? [],
        ]
    }
}
