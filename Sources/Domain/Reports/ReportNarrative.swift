import Foundation

/// A narrative section of the reports, written by the coordinator: the overall summary of a period, or the account of
/// one part of the assignment. Progress reports whose period overlaps the narrative's include it.
public struct ReportNarrative: Codable, Hashable, Sendable, Identifiable {
    /// The narrative's identifier.
    public typealias ID = Identifier<ReportNarrative>

    public var id: ID
    public var assignmentId: Assignment.ID
    /// The part it accounts for; nil for the period's overall summary.
    public var assignmentPartId: AssignmentPart.ID?
    /// The first day of the period it covers.
    public var from: CalendarDate
    /// The last day of the period it covers.
    public var to: CalendarDate
    /// The text in Swedish, the report language.
    public var textSv: String
    /// The text in English, where there is one.
    public var textEn: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a narrative value.
    public init(
        id: ID, assignmentId: Assignment.ID, assignmentPartId: AssignmentPart.ID?, from: CalendarDate, to: CalendarDate, textSv: String,
        textEn: String?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.assignmentId = assignmentId
        self.assignmentPartId = assignmentPartId
        self.from = from
        self.to = to
        self.textSv = textSv
        self.textEn = textEn
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether the narrative covers any day of `from`…`to`.
    public func overlaps(from start: CalendarDate, to end: CalendarDate) -> Bool { from <= end && to >= start }

    /// The writable fields.
    public var input: ReportNarrativeInput {
        ReportNarrativeInput(
            assignmentId: assignmentId, assignmentPartId: assignmentPartId, from: from, to: to, textSv: textSv, textEn: textEn)
    }
}

/// The writable fields of a narrative.
public struct ReportNarrativeInput: ResourceInput {
    public var assignmentId: Assignment.ID
    public var assignmentPartId: AssignmentPart.ID?
    public var from: CalendarDate
    public var to: CalendarDate
    public var textSv: String
    public var textEn: String?

    /// Creates the input for a narrative.
    public init(
        assignmentId: Assignment.ID, assignmentPartId: AssignmentPart.ID? = nil, from: CalendarDate, to: CalendarDate, textSv: String,
        textEn: String? = nil
    ) {
        self.assignmentId = assignmentId
        self.assignmentPartId = assignmentPartId
        self.from = from
        self.to = to
        self.textSv = textSv
        self.textEn = textEn
    }

    public enum CodingKeys: String, CodingKey, CaseIterable { case assignmentId, assignmentPartId, from, to, textSv, textEn }

    public static let requiredFields: Set<String> = ["assignmentId", "from", "to", "textSv"]

    /// Checks the period and the texts.
    public func validated() throws -> ReportNarrativeInput {
        var v = Validator()
        v.text(textSv, field: "textSv", required: true, maxLength: 50_000)
        v.text(textEn, field: "textEn", maxLength: 50_000)
        if to < from { v.add("to", "beforeStart", "to must not be before from.") }
        try v.check()
        return self
    }
}

/// What `GET /v1/report-narratives` filters on.
public struct ReportNarrativeFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case assignmentId, assignmentPartId }

    public var assignmentIds: [Assignment.ID]
    public var assignmentPartIds: [AssignmentPart.ID]

    /// Creates a filter.
    public init(assignmentIds: [Assignment.ID] = [], assignmentPartIds: [AssignmentPart.ID] = []) {
        self.assignmentIds = assignmentIds
        self.assignmentPartIds = assignmentPartIds
    }

    public var values: [Parameter: [String]] {
        [.assignmentId: assignmentIds.map(\.description), .assignmentPartId: assignmentPartIds.map(\.description)]
    }
}

extension ReportNarrative: RegistryRecord { public typealias Filter = ReportNarrativeFilter }
