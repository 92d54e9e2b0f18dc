import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// The reports to the Government, from the data under the reports' fixed scope:
/// - `GET /v1/reports/progress?assignmentId=&from=&to=`: the progress report for a period;
/// - `GET /v1/reports/final?assignmentId=`: the final report with its financial final account;
/// - `GET /v1/assignments/{id}/traceability`: each part with the records that evidence it.
/// Reports come as JSON, Markdown, the printable HTML page or (final) CSV of the account: `format`, or `Accept`;
/// in Swedish or English (`lang`), amounts in `unit` (`kr`, `tkr`, `mnkr`).
struct ReportRoutes: Sendable {
    let database: DatabasePool
    let maker: ReportMaker
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/reports/progress") { try await progress($0, $1) }
        registrar.on(.get, "/v1/reports/final") { try await final($0, $1) }
        registrar.on(.get, "/v1/assignments/{id}/traceability") { try await traceability($0, $1) }
    }

    /// The parameters every report accepts, beside its own.
    static func parameters(_ request: Request, formats: [ReportFormat], adding own: [String: ViewParameters.Kind] = [:]) throws
        -> ViewParameters
    {
        try ViewParameters(
            request,
            accepts: own.merging(
                [
                    "assignmentId": .uuids, "format": .oneOf(formats.map(\.rawValue)),
                    "lang": .oneOf(CodeList.Language.allCases.map(\.rawValue)), "unit": .oneOf(AmountUnit.allCases.map(\.rawValue)),
                ], uniquingKeysWith: { a, _ in a }))
    }

    /// The one assignment a report is of.
    static func assignmentId(_ parameters: ViewParameters) throws -> String {
        guard parameters["assignmentId"].count == 1, let id = parameters["assignmentId"].first else {
            throw APIProblem.invalidParameter("assignmentId", "assignmentId is required: one assignment.")
        }
        return id
    }

    /// The language and unit asked for (Swedish and tkr unless told).
    static func style(_ parameters: ViewParameters) -> ReportStyle {
        ReportStyle(
            language: CodeList.Language(rawValue: parameters["lang"].last ?? "sv") ?? .sv,
            unit: AmountUnit(rawValue: parameters["unit"].last ?? "tkr") ?? .tkr)
    }

    func progress(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requirePrincipal()
        let offered: [ReportFormat] = [.json, .markdown, .html]
        let parameters = try Self.parameters(request, formats: offered, adding: ["from": .date, "to": .date])
        let (from, to) = (try parameters.requiredDate("from"), try parameters.requiredDate("to"))
        guard to >= from else { throw APIProblem.invalidParameter("to", "to must not be before from.") }
        let id = try Self.assignmentId(parameters)
        let made = try await database.observedRead { db in
            try maker.progress(id, from: from, to: to, style: Self.style(parameters), today: CalendarDate(clock()), in: db)
        }
        return try Self.answer(made, request, format: parameters["format"].last)
    }

    func final(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requirePrincipal()
        let parameters = try Self.parameters(request, formats: ReportFormat.allCases)
        let id = try Self.assignmentId(parameters)
        let made = try await database.observedRead { db in
            try maker.final(id, style: Self.style(parameters), today: CalendarDate(clock()), in: db)
        }
        return try Self.answer(made, request, format: parameters["format"].last)
    }

    static func answer(_ made: ReportMaker.Made, _ request: Request, format: String?) throws -> Response {
        let chosen = ReportFormat.negotiate(request, format: format, offered: made.formats)
        return ReportFormat.response(try made.render(chosen), format: chosen, filename: made.filename)
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
}
