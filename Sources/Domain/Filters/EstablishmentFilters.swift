/// What `GET /v1/establishments` filters on.
public struct EstablishmentFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case sector, kind, phase, companyId, municipalityCode, county }

    public var sectors: [Establishment.Sector]
    public var kinds: [Establishment.Kind]
    public var phases: [Establishment.Phase]
    public var companyIds: [Organisation.ID]
    /// With a site in any of these municipalities.
    public var municipalityCodes: [MunicipalityCode]
    /// With a site in any of these counties.
    public var counties: [CountyCode]

    /// Creates a filter.
    public init(
        sectors: [Establishment.Sector] = [], kinds: [Establishment.Kind] = [], phases: [Establishment.Phase] = [],
        companyIds: [Organisation.ID] = [], municipalityCodes: [MunicipalityCode] = [], counties: [CountyCode] = []
    ) {
        self.sectors = sectors
        self.kinds = kinds
        self.phases = phases
        self.companyIds = companyIds
        self.municipalityCodes = municipalityCodes
        self.counties = counties
    }

    public var values: [Parameter: [String]] {
        [
            .sector: sectors.map(\.rawValue), .kind: kinds.map(\.rawValue), .phase: phases.map(\.rawValue),
            .companyId: companyIds.map(\.description), .municipalityCode: municipalityCodes.map(\.rawValue),
            .county: counties.map(\.rawValue),
        ]
    }
}

/// What `GET /v1/establishment-figures` filters on.
public struct EstablishmentFigureFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case establishmentId, metric, current }

    public var establishmentIds: [Establishment.ID]
    public var metrics: [EstablishmentFigure.Metric]
    /// Only each establishment's current claim per metric (true), or only superseded claims (false).
    public var current: Bool?

    /// Creates a filter.
    public init(establishmentIds: [Establishment.ID] = [], metrics: [EstablishmentFigure.Metric] = [], current: Bool? = nil) {
        self.establishmentIds = establishmentIds
        self.metrics = metrics
        self.current = current
    }

    public var values: [Parameter: [String]] {
        [.establishmentId: establishmentIds.map(\.description), .metric: metrics.map(\.rawValue), .current: Bool.filterValue(current)]
    }
}

/// What `GET /v1/needs` filters on.
public struct NeedFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case establishmentId, municipalityCode, county, category, status, responsibleId, initiativeId, addressed, atRisk
    }

    public var establishmentIds: [Establishment.ID]
    public var municipalityCodes: [MunicipalityCode]
    public var counties: [CountyCode]
    public var categories: [Need.Category]
    public var statuses: [Need.Status]
    public var responsibleIds: [Organisation.ID]
    /// Addressed by any of these initiatives.
    public var initiativeIds: [Initiative.ID]
    /// Addressed by a planned or ongoing initiative (true), or by none (false).
    public var addressed: Bool?
    /// Flagged at risk and not yet reviewed (true), or not (false).
    public var atRisk: Bool?

    /// Creates a filter.
    public init(
        establishmentIds: [Establishment.ID] = [], municipalityCodes: [MunicipalityCode] = [], counties: [CountyCode] = [],
        categories: [Need.Category] = [], statuses: [Need.Status] = [], responsibleIds: [Organisation.ID] = [],
        initiativeIds: [Initiative.ID] = [], addressed: Bool? = nil, atRisk: Bool? = nil
    ) {
        self.establishmentIds = establishmentIds
        self.municipalityCodes = municipalityCodes
        self.counties = counties
        self.categories = categories
        self.statuses = statuses
        self.responsibleIds = responsibleIds
        self.initiativeIds = initiativeIds
        self.addressed = addressed
        self.atRisk = atRisk
    }

    public var values: [Parameter: [String]] {
        [
            .establishmentId: establishmentIds.map(\.description), .municipalityCode: municipalityCodes.map(\.rawValue),
            .county: counties.map(\.rawValue), .category: categories.map(\.rawValue), .status: statuses.map(\.rawValue),
            .responsibleId: responsibleIds.map(\.description), .initiativeId: initiativeIds.map(\.description),
            .addressed: Bool.filterValue(addressed), .atRisk: Bool.filterValue(atRisk),
        ]
    }
}

/// What `GET /v1/barriers` filters on.
public struct BarrierFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case status, category, reportedById, responsibleId, establishmentId, acknowledgementOverdue, resolutionOverdue
    }

    public var statuses: [Barrier.Status]
    public var categories: [Barrier.Category]
    public var reportedByIds: [Organisation.ID]
    public var responsibleIds: [Organisation.ID]
    public var establishmentIds: [Establishment.ID]
    /// Routed, still `reported`, and past the last day for acknowledgement (true), or not (false).
    public var acknowledgementOverdue: Bool?
    /// Not closed and past the target date (true), or not (false).
    public var resolutionOverdue: Bool?

    /// Creates a filter.
    public init(
        statuses: [Barrier.Status] = [], categories: [Barrier.Category] = [], reportedByIds: [Organisation.ID] = [],
        responsibleIds: [Organisation.ID] = [], establishmentIds: [Establishment.ID] = [], acknowledgementOverdue: Bool? = nil,
        resolutionOverdue: Bool? = nil
    ) {
        self.statuses = statuses
        self.categories = categories
        self.reportedByIds = reportedByIds
        self.responsibleIds = responsibleIds
        self.establishmentIds = establishmentIds
        self.acknowledgementOverdue = acknowledgementOverdue
        self.resolutionOverdue = resolutionOverdue
    }

    public var values: [Parameter: [String]] {
        [
            .status: statuses.map(\.rawValue), .category: categories.map(\.rawValue), .reportedById: reportedByIds.map(\.description),
            .responsibleId: responsibleIds.map(\.description), .establishmentId: establishmentIds.map(\.description),
            .acknowledgementOverdue: Bool.filterValue(acknowledgementOverdue), .resolutionOverdue: Bool.filterValue(resolutionOverdue),
        ]
    }
}
