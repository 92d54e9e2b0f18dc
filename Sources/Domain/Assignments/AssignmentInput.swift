/// The writable fields of an assignment.
public struct AssignmentInput: ResourceInput {
    public var title: String
    public var principalId: Organisation.ID
    public var coordinatorId: Organisation.ID
    public var decisionDate: CalendarDate?
    public var caseNumber: String?
    public var period: DatePeriod?
    public var reportingDeadlines: [ReportingDeadline]?
    public var decisionText: String?

    /// Creates the input for an assignment.
    public init(
        title: String, principalId: Organisation.ID, coordinatorId: Organisation.ID, decisionDate: CalendarDate? = nil,
        caseNumber: String? = nil, period: DatePeriod? = nil, reportingDeadlines: [ReportingDeadline]? = nil,
        decisionText: String? = nil
    ) {
        self.title = title
        self.principalId = principalId
        self.coordinatorId = coordinatorId
        self.decisionDate = decisionDate
        self.caseNumber = caseNumber
        self.period = period
        self.reportingDeadlines = reportingDeadlines
        self.decisionText = decisionText
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case title, principalId, coordinatorId, decisionDate, caseNumber, period, reportingDeadlines, decisionText
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
        for (index, deadline) in (reportingDeadlines ?? []).enumerated() {
            v.text(deadline.description, field: "reportingDeadlines[\(index)].description", maxLength: 1000)
            if let decisionDate, deadline.dueDate < decisionDate {
                v.add("reportingDeadlines[\(index)].dueDate", "beforeDecision", "A reporting deadline cannot be before the decision date.")
            }
        }
        if (reportingDeadlines ?? []).count > 100 {
            v.add("reportingDeadlines", "tooMany", "At most 100 reporting deadlines.")
        }
        try v.check()
    }
}
