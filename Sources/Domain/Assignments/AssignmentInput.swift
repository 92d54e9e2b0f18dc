/// The writable fields of an assignment.
public struct AssignmentInput: ResourceInput {
    public var title: String
    public var principalId: Organisation.ID
    public var coordinatorId: Organisation.ID
    public var decisionDate: CalendarDate?
    public var caseNumber: String?
    public var period: DatePeriod?
    public var reportingObligations: [ReportingObligation]?
    public var decisionText: String?

    /// Creates the input for an assignment.
    public init(
        title: String, principalId: Organisation.ID, coordinatorId: Organisation.ID, decisionDate: CalendarDate? = nil,
        caseNumber: String? = nil, period: DatePeriod? = nil, reportingObligations: [ReportingObligation]? = nil,
        decisionText: String? = nil
    ) {
        self.title = title
        self.principalId = principalId
        self.coordinatorId = coordinatorId
        self.decisionDate = decisionDate
        self.caseNumber = caseNumber
        self.period = period
        self.reportingObligations = reportingObligations
        self.decisionText = decisionText
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case title, principalId, coordinatorId, decisionDate, caseNumber, period, reportingObligations, decisionText
    }

    public static let requiredFields: Set<String> = ["title", "principalId", "coordinatorId"]

    /// Checks every rule that needs no database.
    public func validate() throws {
        var v = Validator()
        v.text(title, field: "title", required: true, maxLength: 500)
        v.text(caseNumber, field: "caseNumber", maxLength: 50)
        v.text(decisionText, field: "decisionText", maxLength: 100_000)
        if let period, let end = period.end, end < period.start {
            v.add("period.end", "beforeStart", "period.end must not be before period.start.")
        }
        for (index, obligation) in (reportingObligations ?? []).enumerated() {
            let field = "reportingObligations[\(index)]"
            v.text(obligation.description, field: "\(field).description", maxLength: 1000)
            switch (obligation.dueDate, obligation.cadence) {
            case (nil, nil): v.add(field, "dueDateOrCadence", "An obligation has a dueDate (a deadline) or a cadence (continuous).")
            case (.some, .some): v.add(field, "dueDateOrCadence", "An obligation has a dueDate or a cadence, not both.")
            case (.some(let due), nil):
                if let decisionDate, due < decisionDate {
                    v.add("\(field).dueDate", "beforeDecision", "A reporting deadline cannot be before the decision date.")
                }
            case (nil, .some): break
            }
        }
        if (reportingObligations ?? []).count > 100 {
            v.add("reportingObligations", "tooMany", "At most 100 reporting obligations.")
        }
        try v.check()
    }
}
