/// The two counties of the assignment, by their SCB county codes. National actors have none.
public enum CountyCode: String, Codable, CaseIterable, Sendable {
    /// Västerbottens län.
    case vasterbotten = "24"
    /// Norrbottens län.
    case norrbotten = "25"

    /// The county's Swedish name.
    public var name: String {
        switch self {
        case .vasterbotten: "Västerbottens län"
        case .norrbotten: "Norrbottens län"
        }
    }
}
