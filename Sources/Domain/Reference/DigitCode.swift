/// A code of a fixed number of digits that travels as a string (SCB's county and municipality codes): decoding a
/// string of another form is an error, encoding writes the digits.
public protocol DigitCode: RawRepresentable, Codable, Hashable, Comparable, Sendable, CustomStringConvertible
where RawValue == String {
    /// How many digits the code has.
    static var digits: Int { get }
}

extension DigitCode {
    /// Whether the text has the code's form; whether it names a real place is the reference data's question.
    public static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == digits && text.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// The form the code takes on the wire, as a regular expression.
    public static var pattern: String { "^[0-9]{\(digits)}$" }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Reads a code; a string of another form is a decoding error.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = Self(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "A code of \(Self.digits) digits."))
        }
        self = code
    }

    /// Writes the code as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
