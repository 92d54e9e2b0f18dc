/// What `GET /v1/contacts` filters on.
public struct ContactFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case organisationId
    }

    public var organisationIds: [Organisation.ID]

    /// Creates a filter.
    public init(organisationIds: [Organisation.ID] = []) { self.organisationIds = organisationIds }

    public var values: [Parameter: [String]] { [.organisationId: organisationIds.map(\.description)] }
}
