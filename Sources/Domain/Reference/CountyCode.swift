/// A Swedish county (*län*) by its two-digit SCB code, e.g. `25` for Norrbottens län. A value, not a closed
/// list: any of the 21 counties is valid where the reference data (`GET /v1/counties`) holds it.
public struct CountyCode: DigitCode {
    /// The two-digit code.
    public let rawValue: String
    public static let digits = 2

    /// A code of the right form, or nil.
    public init?(rawValue: String) {
        guard Self.isWellFormed(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Västerbottens län, one of the assignment's two counties.
    public static let vasterbotten = CountyCode(rawValue: "24")!
    /// Norrbottens län, one of the assignment's two counties.
    public static let norrbotten = CountyCode(rawValue: "25")!
    /// The counties the assignment is about.
    public static let assignmentCounties: [CountyCode] = [.vasterbotten, .norrbotten]
}
