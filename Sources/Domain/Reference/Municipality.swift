/// One of Sweden's 290 municipalities, as SCB codes them (county code plus two digits).
public struct Municipality: Codable, Hashable, Sendable {
    /// The four-digit SCB code, e.g. `2482` (Skellefteå).
    public var code: MunicipalityCode
    /// The short name, e.g. `Boden`.
    public var name: String
    /// The official name, e.g. `Bodens kommun` (with the genitive s where the name takes one).
    public var officialName: String
    /// The county it lies in.
    public var countyCode: CountyCode

    /// Creates a municipality entry.
    public init(code: MunicipalityCode, name: String, officialName: String, countyCode: CountyCode) {
        self.code = code
        self.name = name
        self.officialName = officialName
        self.countyCode = countyCode
    }
}
