import Crypto
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import SamordnaDomain

/// What a submitted report offers beside its record:
/// - `GET /v1/reports/{id}/files/{format}`: the frozen bytes, as submitted, with their SHA-256 (`Repr-Digest`, and as
///   the strong ETag);
/// - `GET /v1/reports/{id}/changes-since-submission`: how today's report, made the same way, differs from it.
struct ReportSubmissionRoutes: Sendable {
    let database: DatabasePool
    let maker: ReportMaker
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/reports/{id}/files/{format}") { try await file($0, $1) }
        registrar.on(.get, "/v1/reports/{id}/changes-since-submission") { try await changes($0, $1) }
    }

    func file(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let name = try context.parameters.require("format")
        _ = try ViewParameters(request, accepts: [:])
        let (submission, body) = try await database.observedRead { db in
            let submission = try Repository(table: ReportSubmissionTable()).require(id, visibleTo: principal, in: db)
            let body = try Data.fetchOne(
                db, sql: "SELECT body FROM reportSubmissionFiles WHERE submissionId = ? AND format = ?",
                arguments: [submission.idText, name])
            return (submission, body)
        }
        guard let format = ReportFormat(rawValue: name), let file = submission.files.first(where: { $0.format == format }), let body else {
            throw DomainError.notFound(resource: "report file", id: "\(id)/\(name)")
        }
        var headers: HTTPFields = [.contentType: file.contentType, .eTag: "\"\(file.sha256)\""]
        headers[HTTPField.Name("Repr-Digest")!] = "sha-256=:\(Data(SHA256.hash(data: body)).base64EncodedString()):"
        let stem = submission.kind == .final ? "slutredovisning" : "lagesrapport"
        let suffix = ["json": "json", "markdown": "md", "html": "html", "csv": "csv"][name] ?? name
        headers[.contentDisposition] = "inline; filename=\"\(stem)-\(submission.submittedOn).\(suffix)\""
        if request.headers[.ifNoneMatch] == "\"\(file.sha256)\"" { return Response(status: .notModified, headers: headers) }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    func changes(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        _ = try ViewParameters(request, accepts: [:])
        let today = CalendarDate(clock())
        let comparison = try await database.observedRead { db in
            let submission = try Repository(table: ReportSubmissionTable()).require(id, visibleTo: principal, in: db)
            guard
                let body = try Data.fetchOne(
                    db, sql: "SELECT body FROM reportSubmissionFiles WHERE submissionId = ? AND format = 'json'",
                    arguments: [submission.idText])
            else { throw DomainError.notFound(resource: "report file", id: "\(id)/json") }
            var input = submission.input
            if submission.kind == .final { (input.from, input.to) = (nil, nil) }
            let current = try maker.make(input, today: today, in: db).render(.json)
            let decoder = JSONDecoder()
            return ReportComparison.compare(
                submission.id, submittedOn: submission.submittedOn, comparedOn: today,
                submitted: try decoder.decode(JSONValue.self, from: body),
                current: try decoder.decode(JSONValue.self, from: current))
        }
        return try JSONResponse.make(comparison)
    }
}
