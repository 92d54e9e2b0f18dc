/// A Swedish county (*län*) by its two-digit SCB code, e.g. `25` for Norrbottens län. A value, not a closed
/// list: any of the 21 counties is valid where the reference data (`GET /v1/counties`) holds it.
public struct CountyCode: RawRepresentable, Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The two-digit code.
    public let rawValue: String

    /// A code of the right form (two digits); whether the county exists is the reference data's question.
    public init?(rawValue: String) {
        guard rawValue.utf8.count == 2, rawValue.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        self.rawValue = rawValue
    }

    /// Västerbottens län, one of the assignment's two counties.
    public static let vasterbotten = CountyCode(rawValue: "24")!
    /// Norrbottens län, one of the assignment's two counties.
    public static let norrbotten = CountyCode(rawValue: "25")!
    /// The counties the assignment is about.
    public static let assignmentCounties: [CountyCode] = [.vasterbotten, .norrbotten]

    /// The form a county code takes on the wire.
    public static let pattern = #"^[0-9]{2}$"#

    public var description: String { rawValue }

    public static func < (lhs: CountyCode, rhs: CountyCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Reads a code; a string of another form is a decoding error.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = CountyCode(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "A county code is two digits."))
        }
        self = code
    }

    /// Writes the code as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
