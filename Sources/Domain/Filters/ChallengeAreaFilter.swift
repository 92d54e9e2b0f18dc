/// What `GET /v1/challenge-areas` filters on.
public struct ChallengeAreaFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case key, origin
    }

    public var keys: [String]
    public var origins: [String]

    /// Creates a filter.
    public init(keys: [String] = [], origins: [String] = []) {
        self.keys = keys
        self.origins = origins
    }

    public var values: [Parameter: [String]] { [.key: keys, .origin: origins] }
}
