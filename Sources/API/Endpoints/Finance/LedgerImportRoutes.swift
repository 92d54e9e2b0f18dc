import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// What an import offers beside its record:
/// - `POST /v1/ledger-imports/dry-run`: the same import, run to the end and rolled back: every error of the file's
///   rows at once, or the entries it would book; it changes nothing. A request that is wrong in itself (a field, the
///   assignment, content that is not base64) is 422, as for the import;
/// - `GET /v1/ledger-imports/{id}/reconciliation`: the file's totals per voucher series and month against the ledger's.
struct LedgerImportRoutes: Sendable {
    let database: DatabasePool
    let bodyLimit: Int
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.on(.post, "/v1/ledger-imports/dry-run") { try await dryRun($0, $1) }
        registrar.on(.get, "/v1/ledger-imports/{id}/reconciliation") { try await reconciliation($0, $1) }
    }

    func dryRun(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requireWriter()
        let now = clock()
        let decoded = try RequestBody.decode(LedgerImportInput.self, from: try await RequestBody.json(request, limit: bodyLimit))
        let result = try await database.observedWrite { db -> LedgerImportDryRun in
            var answer = LedgerImportDryRun(valid: false, ledgerImport: nil, entries: [], errors: [])
            do {
                try db.inSavepoint {
                    let before = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(rowid), 0) FROM ledgerTransactions") ?? 0
                    let made = try decoded.write { try Repository(table: LedgerImportTable()).create($0, by: principal, in: db, now: now) }
                    let entries = try Repository(table: LedgerTransactionTable()).all(where: "rowid > ?", [before], in: db)
                    answer = LedgerImportDryRun(valid: true, ledgerImport: made, entries: entries, errors: [])
                    return .rollback
                }
            } catch DomainError.validationFailed(let issues) where issues.allSatisfy(Self.isAboutTheFile) {
                answer = LedgerImportDryRun(valid: false, ledgerImport: nil, entries: [], errors: issues)
            }
            return answer
        }
        return try JSONResponse.make(result)
    }

    /// Whether an issue is about the file's rows (the dry run's answer) rather than the request (422).
    static func isAboutTheFile(_ issue: ValidationIssue) -> Bool {
        issue.field.hasPrefix("lines[") || issue.field.hasPrefix("rows[") || issue.field.hasPrefix("line ")
            || (issue.field == "content" && issue.code != "notBase64")
    }

    func reconciliation(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        _ = try ViewParameters(request, accepts: [:])
        let result = try await database.observedRead { db in
            let found = try Repository(table: LedgerImportTable()).require(id, visibleTo: principal, in: db)
            return LedgerReconciliation.compute(
                found,
                entries: try Repository(table: LedgerTransactionTable()).all(
                    where: "assignmentId = ?", [found.assignmentId.description], in: db))
        }
        return try JSONResponse.make(result)
    }
}
