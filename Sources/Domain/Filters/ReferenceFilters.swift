/// What `GET /v1/municipalities` filters on.
public struct MunicipalityFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case county
    }

    public var counties: [CountyCode]

    /// Creates a filter.
    public init(counties: [CountyCode] = []) { self.counties = counties }

    public var values: [Parameter: [String]] { [.county: counties.map(\.rawValue)] }
}

/// What `GET /v1/tokens` filters on.
public struct APITokenFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case organisationId, role
    }

    public var organisationIds: [Organisation.ID]
    public var roles: [Role]

    /// Creates a filter.
    public init(organisationIds: [Organisation.ID] = [], roles: [Role] = []) {
        self.organisationIds = organisationIds
        self.roles = roles
    }

    public var values: [Parameter: [String]] { [.organisationId: organisationIds.map(\.description), .role: roles.map(\.rawValue)] }
}
