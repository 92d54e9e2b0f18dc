import Foundation

/// A government assignment (*regeringsuppdrag*): the mandate the coordination work answers to.
public struct Assignment: Codable, Hashable, Sendable, Identifiable {
    /// The assignment's identifier.
    public typealias ID = Identifier<Assignment>

    public var id: ID
    public var title: String
    /// The organisation that gave the assignment (the Government Offices).
    public var principalId: Organisation.ID
    /// The organisation that carries it out (Tillväxtverket).
    public var coordinatorId: Organisation.ID
    public var decisionDate: CalendarDate?
    /// The Government Offices' case number (*diarienummer*), e.g. `KN2024/01234` (the decision's own number, not that of a report it refers to).
    public var caseNumber: String?
    public var period: DatePeriod?
    public var reportingObligations: [ReportingObligation]
    /// The text of the decision, as given.
    public var decisionText: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates an assignment value.
    public init(
        id: ID, title: String, principalId: Organisation.ID, coordinatorId: Organisation.ID,
        decisionDate: CalendarDate?, caseNumber: String?, period: DatePeriod?,
        reportingObligations: [ReportingObligation], decisionText: String?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.title = title
        self.principalId = principalId
        self.coordinatorId = coordinatorId
        self.decisionDate = decisionDate
        self.caseNumber = caseNumber
        self.period = period
        self.reportingObligations = reportingObligations
        self.decisionText = decisionText
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: AssignmentInput {
        AssignmentInput(
            title: title, principalId: principalId, coordinatorId: coordinatorId, decisionDate: decisionDate,
            caseNumber: caseNumber, period: period, reportingObligations: reportingObligations, decisionText: decisionText)
    }
}

/// A span of calendar dates; `end` may be open.
public struct DatePeriod: Codable, Hashable, Sendable {
    public var start: CalendarDate
    public var end: CalendarDate?

    /// Creates a period.
    public init(start: CalendarDate, end: CalendarDate? = nil) {
        self.start = start
        self.end = end
    }
}
