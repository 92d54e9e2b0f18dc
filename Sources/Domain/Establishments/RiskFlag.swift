/// Why a need or an initiative is at risk: the establishment it served faltered (paused, cancelled or insolvent). Set
/// by the server in the same change as its cause, and kept until someone reviews it by setting `atRisk` to null.
public struct RiskFlag: Codable, Hashable, Sendable {
    /// What happened, in words, e.g. "Northvolt Ett: insolvent".
    public var reason: String
    /// The real-world day the cause took effect (the establishment's phase date).
    public var since: CalendarDate
    /// The establishment whose change raised the flag.
    public var establishmentId: Establishment.ID

    /// Creates a flag.
    public init(reason: String, since: CalendarDate, establishmentId: Establishment.ID) {
        self.reason = reason
        self.since = since
        self.establishmentId = establishmentId
    }

    /// Checks that a client only keeps the stored flag or clears it (a review): raising one is the server's business.
    public static func checkClientChange(_ sent: RiskFlag?, stored: RiskFlag?, into v: inout Validator) {
        if let sent, sent != stored {
            v.add("atRisk", "serverManaged", "atRisk is raised by the server; send null to mark it reviewed.")
        }
    }
}
