import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `GET /v1/reports/progress?assignmentId=&from=&to=`: the progress report for a period, from the data, under the
/// reports' fixed scope (every record counts; confidential meetings are counted, never named). JSON, or Markdown with
/// `format=markdown` (or `Accept: text/markdown`) in Swedish or English (`lang`) with amounts in `unit`.
struct ReportRoutes: Sendable {
    let database: DatabasePool
    let municipalities: MunicipalityDirectory
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/reports/progress") { try await progress($0, $1) }
        registrar.on(.get, "/v1/assignments/{id}/traceability") { try await traceability($0, $1) }
    }

    /// `GET /v1/assignments/{id}/traceability`: each part with the records that evidence it, under the fixed scope.
    func traceability(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        _ = try ViewParameters(request, accepts: [:])
        let result = try await database.observedRead { db in
            let assignment = try Repository(table: AssignmentTable()).require(id, visibleTo: principal, in: db)
            return Traceability.compute(
                assignment: assignment.id,
                parts: try Repository(table: AssignmentPartTable()).all(where: "assignmentId = ?", [assignment.idText], in: db),
                initiatives: try Repository(table: InitiativeTable()).all(in: db), forums: try Repository(table: ForumTable()).all(in: db),
                meetings: try Repository(table: MeetingTable()).all(in: db))
        }
        return try JSONResponse.make(result)
    }

    func progress(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requirePrincipal()
        let parameters = try ViewParameters(
            request,
            accepts: [
                "assignmentId": .uuids, "from": .date, "to": .date, "format": .oneOf(["json", "markdown"]),
                "lang": .oneOf(CodeList.Language.allCases.map(\.rawValue)), "unit": .oneOf(AmountUnit.allCases.map(\.rawValue)),
            ])
        let (from, to) = (try parameters.requiredDate("from"), try parameters.requiredDate("to"))
        guard to >= from else { throw APIProblem.invalidParameter("to", "to must not be before from.") }
        guard parameters["assignmentId"].count == 1, let id = parameters["assignmentId"].first else {
            throw APIProblem.invalidParameter("assignmentId", "assignmentId is required: one assignment.")
        }
        let today = CalendarDate(clock())
        let report = try await database.observedRead { db in
            guard let assignment = try Repository(table: AssignmentTable()).find(id, in: db) else {
                throw DomainError.notFound(resource: "assignment", id: id)
            }
            let coverage = try DialogueCoverageRoutes(database: database, municipalities: municipalities, clock: clock).compute(
                .init(from: from, to: to), for: nil, today: today, in: db)
            let sources = ReportSources(
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
            let names = try Row.fetchAll(db, sql: "SELECT id, name FROM organisations").reduce(into: [Organisation.ID: String]()) {
                if let id = Organisation.ID($1["id"] as String) { $0[id] = $1["name"] }
            }
            return (ProgressReport.compute(sources, from: from, to: to), names)
        }
        let wantsMarkdown =
            parameters["format"].last == "markdown"
            || (parameters["format"].isEmpty && request.headers[.accept]?.contains("text/markdown") == true)
        guard wantsMarkdown else { return try JSONResponse.make(report.0) }
        let text = report.0.markdown(
            language: CodeList.Language(rawValue: parameters["lang"].last ?? "sv") ?? .sv,
            unit: AmountUnit(rawValue: parameters["unit"].last ?? "tkr") ?? .tkr, names: report.1)
        return Response(
            status: .ok, headers: [.contentType: "text/markdown; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
