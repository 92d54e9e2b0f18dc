/// A duty to report to the principal: either by a deadline (`dueDate`) or continuously (`cadence`), as the
/// decision's "löpande informera Regeringskansliet" is.
public struct ReportingObligation: Codable, Hashable, Sendable {
    /// What is reported.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// A report on progress at a set date.
        case progressReport
        /// The final report with the financial final account.
        case finalReport
        /// Keeping the principal informed along the way, without a due date.
        case continuousBriefing
    }

    /// How often a continuous duty is met.
    public enum Cadence: String, Codable, CaseIterable, Sendable {
        case monthly, quarterly, semiannually, annually
    }

    public var kind: Kind
    /// The deadline; nil for a continuous duty.
    public var dueDate: CalendarDate?
    /// How often a continuous duty is met; nil for a deadline.
    public var cadence: Cadence?
    public var description: String?

    /// Creates an obligation with a deadline.
    public init(kind: Kind, dueDate: CalendarDate, description: String? = nil) {
        self.kind = kind
        self.dueDate = dueDate
        self.description = description
    }

    /// Creates an obligation as given; `validate` on the assignment checks that it has exactly one of the two.
    public init(kind: Kind, dueDate: CalendarDate?, cadence: Cadence?, description: String? = nil) {
        self.kind = kind
        self.dueDate = dueDate
        self.cadence = cadence
        self.description = description
    }

    /// Creates a continuous obligation.
    public init(kind: Kind, cadence: Cadence, description: String? = nil) {
        self.kind = kind
        self.cadence = cadence
        self.description = description
    }
}
