import Crypto
import Foundation
import GRDB
import SamordnaDomain

/// Submitted reports: admins and the editors of the assignment's coordinator submit; everyone reads. Submitting makes
/// the report, in the same transaction, in every format it comes in and freezes the bytes with their SHA-256
/// (`reportSubmissionFiles`, guarded by triggers against change); a submission is never changed or deleted (the
/// routes offer neither). Erasing the decision-maker unlinks the reference, never the files.
struct ReportSubmissionTable: ResourceTable {
    typealias Resource = ReportSubmission

    /// The maker of the reports; unused by the declarations.
    var maker: ReportMaker?

    static let resourceType = "reportSubmission"
    static let files = LinkTable(
        table: "reportSubmissionFiles", ownerColumn: "submissionId", valueColumn: "format",
        extraColumns: ["contentType", "sha256", "size"],
        isWritable: false)
    static let listSpec = ListSpec(
        table: "reportSubmissions",
        filters: ReportSubmissionFilter.self,
        sortColumns: ["submittedOn": "submittedOn", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "submittedOn",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .assignmentId: .identifier("assignmentId")
        case .kind: .enumeration("kind", ReportSubmission.Kind.self)
        }
    }

    static let references: [Reference] = [
        .column("assignmentId", to: "assignments"), .column("decisionMakerId", to: "contacts", onDelete: .unlink),
    ]
    static let histories = [files]

    static let fields: [Field<ReportSubmission>] = [
        .value("kind", { $0.kind }, { $0.kind }), .value("assignmentId", { $0.assignmentId }, { $0.assignmentId }),
        .value("from", column: "periodFrom", { $0.from }, { $0.from }), .value("to", column: "periodTo", { $0.to }, { $0.to }),
        .value("language", { $0.language }, { $0.language }), .value("unit", { $0.unit }, { $0.unit }),
        .value("governmentCaseNumber", { $0.governmentCaseNumber }, { $0.governmentCaseNumber }),
        .value("caseNumber", { $0.caseNumber }, { $0.caseNumber }),
        .value("decisionMakerId", { $0.decisionMakerId }, { $0.decisionMakerId }),
        .value("submittedOn", { $0.submittedOn }, { $0.submittedOn }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> ReportSubmission {
        ReportSubmission(
            id: try row.identifier("id"), kind: try row.value("kind"), assignmentId: try row.identifier("assignmentId"),
            from: try row.calendarDate("periodFrom"), to: try row.calendarDate("periodTo"), language: try row.value("language"),
            unit: try row.value("unit"), governmentCaseNumber: row["governmentCaseNumber"], caseNumber: row["caseNumber"],
            decisionMakerId: try row.optionalIdentifier("decisionMakerId"), submittedOn: try row.requiredDate("submittedOn"),
            files: try links.values(files) { file in
                ReportSubmission.File(
                    format: try file.value("format"), contentType: file["contentType"], sha256: file["sha256"], size: file["size"])
            },
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: ReportSubmissionInput, replacing existing: ReportSubmission?, by principal: Principal, in db: Database) throws {
        try FinanceOwnership.requireKeeper(of: [input.assignmentId], by: principal, in: db)
    }

    /// Checks the request; a final report's period is the one the report covers today.
    func prepare(_ input: ReportSubmissionInput, replacing existing: ReportSubmission?, in db: Database, now: Date) throws
        -> ReportSubmissionInput
    {
        var validated = try input.validated(today: CalendarDate(now))
        if input.kind == .final, let assignment = try Repository(table: AssignmentTable()).find(input.assignmentId.description, in: db) {
            (validated.from, validated.to) = FinalReport.period(of: assignment, today: CalendarDate(now))
        }
        return validated
    }

    /// Makes the report in every format and freezes the bytes, each with its SHA-256.
    func recordDerivedLinks(id: String, _ input: ReportSubmissionInput, replacing existing: ReportSubmission?, in db: Database, now: Date)
        throws
    {
        guard existing == nil, let maker else { return }
        let made = try maker.make(input, today: CalendarDate(now), in: db)
        for format in made.formats {
            let bytes = try made.render(format)
            let digest = Hex.string(SHA256.hash(data: bytes))
            try LinkLoader.append([format.rawValue, format.contentType, digest, bytes.count], to: Self.files, owner: id, in: db)
            try db.execute(
                sql: "UPDATE reportSubmissionFiles SET body = ? WHERE submissionId = ? AND format = ?",
                arguments: [bytes, id, format.rawValue])
        }
    }

    func prepareDelete(_ submission: ReportSubmission, by principal: Principal, in db: Database, now: Date) throws {
        throw DomainError.forbidden("A submitted report is never deleted.")
    }
}

extension ReportSubmission.Kind: RawFieldValue {}
extension CodeList.Language: RawFieldValue {}
extension AmountUnit: RawFieldValue {}
