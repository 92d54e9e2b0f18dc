import Foundation

/// A report as submitted to the Government Offices: frozen when it is made, in every format it comes in, each with the
/// SHA-256 of its bytes, under the Government's case number, with the submission date and who decided it. Later data
/// changes never alter it; `changes-since-submission` shows how today's figures differ. The frozen files hold no
/// personal data (the reports' fixed scope); the decision-maker is a contact referred to beside them, so that erasing
/// the person unlinks the reference and never rewrites what was submitted.
public struct ReportSubmission: Codable, Hashable, Sendable, Identifiable {
    /// The submission's identifier.
    public typealias ID = Identifier<ReportSubmission>

    /// Which report.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// The progress report for `from`…`to`.
        case progress
        /// The final report with its financial final account.
        case final
    }

    /// One frozen file.
    public struct File: Codable, Hashable, Sendable {
        public var format: ReportFormat
        public var contentType: String
        /// The SHA-256 of the bytes, lowercase hex.
        public var sha256: String
        /// The size in bytes.
        public var size: Int

        /// Creates a file entry.
        public init(format: ReportFormat, contentType: String, sha256: String, size: Int) {
            self.format = format
            self.contentType = contentType
            self.sha256 = sha256
            self.size = size
        }
    }

    public var id: ID
    public var kind: Kind
    public var assignmentId: Assignment.ID
    /// The period reported (for a final report, the period it covered when made).
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// The language of the Markdown and HTML.
    public var language: CodeList.Language
    /// The unit of the amounts in Markdown and HTML.
    public var unit: AmountUnit
    /// The Government Offices' case number the report answers (e.g. `KN2023/00603`).
    public var governmentCaseNumber: String
    /// The agency's own case number, if any.
    public var caseNumber: String?
    /// The contact who decided the report; unlinked when the person is erased.
    public var decisionMakerId: Contact.ID?
    /// The day it was submitted (not after the day it was recorded).
    public var submittedOn: CalendarDate
    /// The frozen files (kept by the server).
    public var files: [File]
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a submission value.
    public init(
        id: ID, kind: Kind, assignmentId: Assignment.ID, from: CalendarDate?, to: CalendarDate?, language: CodeList.Language,
        unit: AmountUnit, governmentCaseNumber: String, caseNumber: String?, decisionMakerId: Contact.ID?, submittedOn: CalendarDate,
        files: [File], version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.kind = kind
        self.assignmentId = assignmentId
        self.from = from
        self.to = to
        self.language = language
        self.unit = unit
        self.governmentCaseNumber = governmentCaseNumber
        self.caseNumber = caseNumber
        self.decisionMakerId = decisionMakerId
        self.submittedOn = submittedOn
        self.files = files
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: ReportSubmissionInput {
        ReportSubmissionInput(
            kind: kind, assignmentId: assignmentId, from: from, to: to, language: language, unit: unit,
            governmentCaseNumber: governmentCaseNumber, caseNumber: caseNumber, decisionMakerId: decisionMakerId, submittedOn: submittedOn)
    }
}

/// What a submission is asked with.
public struct ReportSubmissionInput: ResourceInput {
    public var kind: ReportSubmission.Kind
    public var assignmentId: Assignment.ID
    /// Required for a progress report; a final report's period is the assignment's (set when it is made).
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var language: CodeList.Language?
    public var unit: AmountUnit?
    public var governmentCaseNumber: String
    public var caseNumber: String?
    public var decisionMakerId: Contact.ID?
    public var submittedOn: CalendarDate

    /// Creates the input for a submission.
    public init(
        kind: ReportSubmission.Kind, assignmentId: Assignment.ID, from: CalendarDate? = nil, to: CalendarDate? = nil,
        language: CodeList.Language? = nil, unit: AmountUnit? = nil, governmentCaseNumber: String, caseNumber: String? = nil,
        decisionMakerId: Contact.ID? = nil, submittedOn: CalendarDate
    ) {
        self.kind = kind
        self.assignmentId = assignmentId
        self.from = from
        self.to = to
        self.language = language
        self.unit = unit
        self.governmentCaseNumber = governmentCaseNumber
        self.caseNumber = caseNumber
        self.decisionMakerId = decisionMakerId
        self.submittedOn = submittedOn
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, assignmentId, from, to, language, unit, governmentCaseNumber, caseNumber, decisionMakerId, submittedOn
    }

    public static let requiredFields: Set<String> = ["kind", "assignmentId", "governmentCaseNumber", "submittedOn"]

    /// The pattern of a Government Offices' case number: department letters, year, number (`KN2023/00603`).
    public static let governmentCaseNumberPattern = "^[A-ZÅÄÖ]{1,4}[0-9]{4}/[0-9]{1,6}(/[0-9A-ZÅÄÖa-zåäö-]{1,20})?$"

    /// Checks the period against the kind, the case number's form and that the submission is not dated ahead of
    /// `today`; fills in Swedish and tkr where not given.
    public func validated(today: CalendarDate) throws -> ReportSubmissionInput {
        var v = Validator()
        v.text(governmentCaseNumber, field: "governmentCaseNumber", required: true, maxLength: 40)
        if governmentCaseNumber.range(of: Self.governmentCaseNumberPattern, options: .regularExpression) == nil {
            v.add("governmentCaseNumber", "pattern", "governmentCaseNumber is the Government Offices' case number, e.g. KN2023/00603.")
        }
        v.text(caseNumber, field: "caseNumber", maxLength: 40)
        switch kind {
        case .progress:
            if from == nil { v.add("from", "required", "A progress report needs from.") }
            if to == nil { v.add("to", "required", "A progress report needs to.") }
            if let from, let to, to < from { v.add("to", "beforeStart", "to must not be before from.") }
        case .final:
            if from != nil { v.add("from", "notAllowed", "A final report covers the assignment's period; leave from out.") }
            if to != nil { v.add("to", "notAllowed", "A final report covers the assignment's period; leave to out.") }
        }
        if submittedOn > today { v.add("submittedOn", "inFuture", "submittedOn must not be after today.") }
        try v.check()
        var filled = self
        filled.language = language ?? .sv
        filled.unit = unit ?? .tkr
        return filled
    }
}

/// What `GET /v1/reports` filters on.
public struct ReportSubmissionFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case assignmentId, kind }

    public var assignmentIds: [Assignment.ID]
    public var kinds: [ReportSubmission.Kind]

    /// Creates a filter.
    public init(assignmentIds: [Assignment.ID] = [], kinds: [ReportSubmission.Kind] = []) {
        self.assignmentIds = assignmentIds
        self.kinds = kinds
    }

    public var values: [Parameter: [String]] { [.assignmentId: assignmentIds.map(\.description), .kind: kinds.map(\.rawValue)] }
}

extension ReportSubmission: RegistryRecord { public typealias Filter = ReportSubmissionFilter }
