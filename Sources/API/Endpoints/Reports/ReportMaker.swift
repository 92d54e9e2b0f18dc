import Foundation
import GRDB
import SamordnaDomain

/// Makes the reports from the data under the reports' one fixed scope (every live record counts; confidential meetings
/// are counted, never named; no personal data), for the report routes and for submissions alike.
struct ReportMaker: Sendable {
    let database: DatabasePool
    let municipalities: MunicipalityDirectory
    let clock: @Sendable () -> Date

    /// A report made, ready to be written in any of its formats.
    struct Made: Sendable {
        enum Content: Sendable {
            case progress(ProgressReport)
            case final(FinalReport)
        }

        let content: Content
        let style: ReportStyle
        let madeOn: CalendarDate

        /// The formats this report comes in: CSV is the final report's financial account.
        var formats: [ReportFormat] {
            switch content {
            case .progress: [.json, .markdown, .html]
            case .final: ReportFormat.allCases
            }
        }

        /// The file name stem for downloads.
        var filename: String {
            switch content {
            case .progress: "lagesrapport"
            case .final: "slutredovisning"
            }
        }

        private var document: ReportDocument {
            switch content {
            case .progress(let report): report.document(style)
            case .final(let report): report.document(style)
            }
        }

        /// The report in `format` (one of `formats`).
        func render(_ format: ReportFormat) throws -> Data {
            switch (format, content) {
            case (.json, .progress(let report)): Data(try ResponseJSONEncoder().encode(report))
            case (.json, .final(let report)): Data(try ResponseJSONEncoder().encode(report))
            case (.markdown, _): Data(document.markdown().utf8)
            case (.html, _): Data(document.html(madeOn: madeOn).utf8)
            case (.csv, .final(let report)): Data(FinancialAccountCSV.document(report.account).utf8)
            case (.csv, .progress):
                throw APIProblem.invalidParameter("format", "A progress report has no CSV; the final report's account has.")
            }
        }
    }

    /// The progress report of `assignmentId` for `from`…`to`.
    func progress(_ assignmentId: String, from: CalendarDate, to: CalendarDate, style: ReportStyle, today: CalendarDate, in db: Database)
        throws
        -> Made
    {
        let sources = try gather(assignmentId, from: from, to: to, today: today, in: db)
        return Made(content: .progress(ProgressReport.compute(sources, from: from, to: to)), style: try named(style, in: db), madeOn: today)
    }

    /// The final report of `assignmentId` as of `today`.
    func final(_ assignmentId: String, style: ReportStyle, today: CalendarDate, in db: Database) throws -> Made {
        guard let assignment = try Repository(table: AssignmentTable()).find(assignmentId, in: db) else {
            throw DomainError.notFound(resource: "assignment", id: assignmentId)
        }
        let (from, to) = FinalReport.period(of: assignment, today: today)
        let sources = FinalReportSources(
            report: try gather(assignmentId, from: from, to: to, today: today, in: db),
            forums: try Repository(table: ForumTable()).all(in: db), memberships: try Repository(table: ForumMembershipTable()).all(in: db),
            indicators: try Repository(table: IndicatorTable()).all(in: db),
            measurements: try Repository(table: IndicatorMeasurementTable()).all(in: db),
            knowledgeItems: try Repository(table: KnowledgeItemTable()).all(where: "k.status = 'published'", in: db),
            disseminations: try Repository(table: DisseminationTable()).all(in: db),
            directory: municipalities, organisationPlaces: try KnowledgeReachRoutes.places(in: db))
        return Made(content: .final(FinalReport.compute(sources, today: today)), style: try named(style, in: db), madeOn: today)
    }

    /// The report a submission asks for, as of `today`.
    func make(_ input: ReportSubmissionInput, today: CalendarDate, in db: Database) throws -> Made {
        let style = ReportStyle(language: input.language ?? .sv, unit: input.unit ?? .tkr)
        switch input.kind {
        case .progress:
            guard let from = input.from, let to = input.to else {
                throw APIProblem.invalidParameter("from", "A progress report needs from and to.")
            }
            return try progress(input.assignmentId.description, from: from, to: to, style: style, today: today, in: db)
        case .final: return try final(input.assignmentId.description, style: style, today: today, in: db)
        }
    }

    private func gather(_ id: String, from: CalendarDate, to: CalendarDate, today: CalendarDate, in db: Database) throws -> ReportSources {
        guard let assignment = try Repository(table: AssignmentTable()).find(id, in: db) else {
            throw DomainError.notFound(resource: "assignment", id: id)
        }
        let coverage = try DialogueCoverageRoutes(database: database, municipalities: municipalities, clock: clock).compute(
            .init(from: from, to: to), for: nil, today: today, in: db)
        return ReportSources(
            assignment: assignment,
            parts: try Repository(table: AssignmentPartTable()).all(where: "assignmentId = ?", [assignment.idText], in: db),
            challengeAreas: try Repository(table: ChallengeAreaTable()).all(in: db),
            initiatives: try Repository(table: InitiativeTable()).all(in: db),
            meetings: try Repository(table: MeetingTable()).all(in: db),
            pendingActions: try Repository(table: FollowUpActionTable()).all(where: "status IN ('open', 'inProgress')", in: db),
            establishments: try Repository(table: EstablishmentTable()).all(in: db),
            barriers: try Repository(table: BarrierTable()).all(in: db),
            budgets: try Repository(table: BudgetTable()).all(where: "assignmentId = ?", [assignment.idText], in: db),
            entries: try Repository(table: LedgerTransactionTable()).all(where: "assignmentId = ?", [assignment.idText], in: db),
            coverage: coverage.totals,
            narratives: try Repository(table: ReportNarrativeTable()).all(where: "assignmentId = ?", [assignment.idText], in: db))
    }

    /// The style with organisations' names and initiatives' titles.
    private func named(_ style: ReportStyle, in db: Database) throws -> ReportStyle {
        var named = style
        named.names = try Row.fetchAll(db, sql: "SELECT id, name FROM organisations").reduce(into: [:]) {
            if let id = Organisation.ID($1["id"] as String) { $0[id] = $1["name"] }
        }
        named.initiativeTitles = try Row.fetchAll(db, sql: "SELECT id, title FROM initiatives").reduce(into: [:]) {
            if let id = Initiative.ID($1["id"] as String) { $0[id] = $1["title"] }
        }
        return named
    }
}
