/// One of the 29 municipalities of the two counties, as SCB codes them (county code plus two digits).
public struct Municipality: Codable, Hashable, Sendable {
    /// The four-digit SCB code, e.g. `2482` (Skellefteå).
    public var code: String
    /// The municipality's name, e.g. `Skellefteå`.
    public var name: String
    /// The county it lies in.
    public var countyCode: CountyCode

    /// Creates a municipality entry.
    public init(code: String, name: String, countyCode: CountyCode) {
        self.code = code
        self.name = name
        self.countyCode = countyCode
    }
}

/// The reference list of municipalities that validation checks codes against.
public struct MunicipalityDirectory: Sendable {
    private let byCode: [String: Municipality]

    /// Builds the directory from the reference list.
    public init(_ municipalities: [Municipality]) {
        byCode = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The municipality with the given code, if it is in the list.
    public subscript(code: String) -> Municipality? { byCode[code] }

    /// All municipalities, ordered by code.
    public var all: [Municipality] { byCode.values.sorted { $0.code < $1.code } }
}
