/// A Swedish municipality (*kommun*) by its four-digit SCB code, e.g. `2580` for Luleå. The first two digits are
/// its county's code.
public struct MunicipalityCode: DigitCode {
    /// The four-digit code.
    public let rawValue: String
    public static let digits = 4

    /// A code of the right form, or nil.
    public init?(rawValue: String) {
        guard Self.isWellFormed(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// The county the code places the municipality in.
    public var countyCode: CountyCode { CountyCode(rawValue: String(rawValue.prefix(2)))! }
}
