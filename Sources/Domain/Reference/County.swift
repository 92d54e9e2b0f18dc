/// One of Sweden's 21 counties, as SCB lists them.
public struct County: Codable, Hashable, Sendable {
    /// The two-digit SCB code.
    public var code: CountyCode
    /// The county's name, e.g. `Norrbottens län`.
    public var name: String

    /// Creates a county entry.
    public init(code: CountyCode, name: String) {
        self.code = code
        self.name = name
    }
}
