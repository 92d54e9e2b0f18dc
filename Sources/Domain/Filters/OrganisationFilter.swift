/// What `GET /v1/organisations` filters on.
public struct OrganisationFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case kind, county, municipalityCode, parentId, key, organisationNumber
    }

    public var kinds: [OrganisationKind]
    public var counties: [CountyCode]
    public var municipalityCodes: [MunicipalityCode]
    public var parentIds: [Organisation.ID]
    public var keys: [String]
    /// Organisation numbers in any accepted form.
    public var organisationNumbers: [String]

    /// Creates a filter; each list means "any of", an empty one no filter.
    public init(
        kinds: [OrganisationKind] = [], counties: [CountyCode] = [], municipalityCodes: [MunicipalityCode] = [],
        parentIds: [Organisation.ID] = [], keys: [String] = [], organisationNumbers: [String] = []
    ) {
        self.kinds = kinds
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.parentIds = parentIds
        self.keys = keys
        self.organisationNumbers = organisationNumbers
    }

    public var values: [Parameter: [String]] {
        [
            .kind: kinds.map(\.rawValue), .county: counties.map(\.rawValue), .municipalityCode: municipalityCodes.map(\.rawValue),
            .parentId: parentIds.map(\.description), .key: keys, .organisationNumber: organisationNumbers,
        ]
    }
}
