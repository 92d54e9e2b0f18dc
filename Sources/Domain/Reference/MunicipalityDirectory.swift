/// The reference lists of counties and municipalities that validation checks codes against.
public struct MunicipalityDirectory: Sendable {
    private let byCode: [MunicipalityCode: Municipality]
    private let countiesByCode: [CountyCode: County]

    /// Builds the directory from the reference lists.
    public init(counties: [County], municipalities: [Municipality]) {
        byCode = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        countiesByCode = Dictionary(counties.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The municipality with the given code, if it is in the list.
    public subscript(code: MunicipalityCode) -> Municipality? { byCode[code] }

    /// The county with the given code, if it is in the list.
    public func county(_ code: CountyCode) -> County? { countiesByCode[code] }

    /// All municipalities, ordered by code.
    public var all: [Municipality] { byCode.values.sorted { $0.code < $1.code } }

    /// All counties, ordered by code.
    public var counties: [County] { countiesByCode.values.sorted { $0.code < $1.code } }
}
