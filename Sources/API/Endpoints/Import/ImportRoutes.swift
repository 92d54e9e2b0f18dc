import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `POST {collection}/import[?dryRun=true]`: many records at once, from exactly the CSV the list exports
/// (`text/csv`) or from JSON Lines (`application/jsonl`, one input per line with `id` and `version` where it updates).
/// Every row is read and checked before the answer, and every row's problems are reported at once (`rows[N].field` or
/// `lines[N].field`, with a code; a row the caller may not write makes it 403); then all rows are kept in one
/// transaction, or none. Each row is an ordinary write
/// through `Repository` (its version, audit entry and feed event); a row with `id` updates that record if its
/// `version` is still the stored one, and a row that changes nothing is left alone. The body has its own limit
/// (`--max-import-bytes`), read as it arrives. An `Idempotency-Key` replays the first answer, as for every `POST`.
struct ImportRoutes<Table: ResourceTable>: Sendable {
    let repository: Repository<Table>
    let database: DatabasePool
    let collectionPath: String
    let bodyLimit: Int
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.on(.post, collectionPath + "/import") { try await importRows($0, $1) }
    }

    /// The import's columns: every column the export writes, and how each field's cell reads back.
    static var parsers: [String: @Sendable (String) throws -> JSONValue] {
        Dictionary(Table.fields.compactMap { field in field.parse.map { (field.name, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    func importRows(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requireWriter()
        let parameters = try ViewParameters(request, accepts: ["dryRun": .oneOf(["true", "false"])])
        let dryRun = parameters["dryRun"].last == "true"
        guard let format = ImportFile.Format(contentType: request.headers[.contentType]) else {
            throw APIProblem.unsupportedMediaType("Send the file as text/csv (as the list exports it) or application/jsonl, in UTF-8.")
        }
        let text = try await RequestBody.text(request, limit: bodyLimit)
        let file =
            format == .csv
            ? try ImportFile.csv(text, header: Table.csvHeader, parse: Self.parsers) : ImportFile.jsonLines(text)
        guard !file.rows.isEmpty else {
            throw DomainError.validationFailed([ValidationIssue(field: "", code: "noRows", detail: "The file has no rows to import.")])
        }
        let now = clock()
        let key = try Idempotency.key(from: request)
        let fingerprint = try Idempotency.fingerprint(
            method: "POST", path: "\(collectionPath)/import?dryRun=\(dryRun)", body: .string(format.rawValue + "\n" + text))
        let stored = try await database.observedWrite { db in
            try Idempotency.run(db, key: key, tokenId: principal.tokenId.description, fingerprint: fingerprint, now: now) { db in
                let result = try importAll(file, dryRun: dryRun, by: principal, in: db, now: now)
                return Idempotency.StoredResponse(
                    status: 200, location: nil, eTag: nil, body: Data(try ResponseJSONEncoder().encode(result)), resourceId: nil)
            }
        }
        return Idempotency.response(stored)
    }

    /// Applies every row in a savepoint of its own, gathering every row's problems; throws them all (rolling every row
    /// back), or keeps all rows (or, for a dry run, none) and answers what each did.
    private func importAll(_ file: ImportFile, dryRun: Bool, by principal: Principal, in db: Database, now: Date) throws -> ImportResult {
        var result = ImportResult(dryRun: dryRun, created: 0, updated: 0, unchanged: 0, rows: [])
        try db.inSavepoint {
            var issues: [ValidationIssue] = []
            for row in file.rows {
                do {
                    try db.inSavepoint {
                        result.rows.append(try apply(row, by: principal, in: db, now: now))
                        return .commit
                    }
                } catch let error {
                    issues += Self.issues(of: error, in: row)
                }
            }
            // Permission is not a property of the file: a row the caller may not write makes the import 403.
            if let refused = issues.first(where: { $0.code == "forbidden" }) {
                throw DomainError.forbidden("\(refused.field): \(refused.detail)")
            }
            if !issues.isEmpty { throw DomainError.validationFailed(issues) }
            return dryRun ? .rollback : .commit
        }
        result.created = result.rows.filter { $0.operation == .created }.count
        result.updated = result.rows.filter { $0.operation == .updated }.count
        result.unchanged = result.rows.filter { $0.operation == .unchanged }.count
        return result
    }

    /// Creates or updates the row's record.
    private func apply(_ row: ImportFile.Row, by principal: Principal, in db: Database, now: Date) throws -> ImportResult.Row {
        if !row.issues.isEmpty { throw DomainError.validationFailed(row.issues) }
        guard let id = row.id else {
            let decoded = try RequestBody.decode(Table.Resource.Input.self, from: .object(row.fields.filter { $0.value != .null }))
            let made = try decoded.write { try repository.create($0, by: principal, in: db, now: now) }
            return ImportResult.Row(row: row.number, operation: .created, id: made.idText, version: made.version)
        }
        let version: Int
        switch row.version {
        case .integer(let value)? where value >= 1 && value <= Int64(Int.max): version = Int(value)
        case nil:
            throw DomainError.validationFailed([
                ValidationIssue(field: "version", code: "required", detail: "A row that updates needs the version it was exported at.")
            ])
        default:
            throw DomainError.validationFailed([
                ValidationIssue(field: "version", code: "wrongType", detail: "version must be a positive integer.")
            ])
        }
        let existing = try repository.require(id, visibleTo: principal, in: db)
        let decoded = try RequestBody.decode(.object(row.fields), onto: existing.input)
        if decoded.unknownFields.isEmpty, decoded.input == existing.input {
            try VersionExpectation(body: version).check(existing.version)
            return ImportResult.Row(row: row.number, operation: .unchanged, id: existing.idText, version: existing.version)
        }
        let updated = try decoded.write {
            try repository.update(existing, with: $0, expected: VersionExpectation(body: version), by: principal, in: db, now: now)
        }
        return ImportResult.Row(row: row.number, operation: .updated, id: updated.idText, version: updated.version)
    }

    /// A row's error as issues named by the row: its fields' problems, or what refused it as a whole.
    static func issues(of error: any Error, in row: ImportFile.Row) -> [ValidationIssue] {
        let place = row.place
        func at(_ field: String) -> String {
            if field.hasPrefix(place) { return field }
            return field.isEmpty ? place : "\(place).\(field)"
        }
        switch error {
        case DomainError.validationFailed(let found):
            return found.map { ValidationIssue(field: at($0.field), code: $0.code, detail: $0.detail) }
        case DomainError.notFound:
            return [ValidationIssue(field: at("id"), code: "notFound", detail: "No record with this id exists (or it is not visible).")]
        case DomainError.versionMismatch(_, let actual):
            return [
                ValidationIssue(
                    field: at("version"), code: "versionMismatch",
                    detail: "The record is at version \(actual); export it again and redo the edit.")
            ]
        case DomainError.conflict(let type, let detail):
            let words = type.rawValue.split(separator: "-")
            let code =
                (words.first.map(String.init) ?? "conflict") + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            return [ValidationIssue(field: place, code: code, detail: detail)]
        case DomainError.illegalTransition(let from, let to, _):
            return [ValidationIssue(field: at("status"), code: "illegalTransition", detail: "\(from) cannot change to \(to).")]
        case DomainError.forbidden(let detail):
            return [ValidationIssue(field: place, code: "forbidden", detail: detail)]
        default:
            return [ValidationIssue(field: place, code: "invalidValue", detail: "The row could not be imported.")]
        }
    }
}
