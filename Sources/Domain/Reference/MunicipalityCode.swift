/// A Swedish municipality (*kommun*) by its four-digit SCB code, e.g. `2580` for Luleå. The first two digits are
/// its county's code.
public struct MunicipalityCode: RawRepresentable, Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The four-digit code.
    public let rawValue: String

    /// A code of the right form (four digits); whether the municipality exists is the reference data's question.
    public init?(rawValue: String) {
        guard rawValue.utf8.count == 4, rawValue.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        self.rawValue = rawValue
    }

    /// The form a municipality code takes on the wire.
    public static let pattern = #"^[0-9]{4}$"#

    /// The county the code places the municipality in.
    public var countyCode: CountyCode { CountyCode(rawValue: String(rawValue.prefix(2)))! }

    public var description: String { rawValue }

    public static func < (lhs: MunicipalityCode, rhs: MunicipalityCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Reads a code; a string of another form is a decoding error.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = MunicipalityCode(rawValue: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "A municipality code is four digits."))
        }
        self = code
    }

    /// Writes the code as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
