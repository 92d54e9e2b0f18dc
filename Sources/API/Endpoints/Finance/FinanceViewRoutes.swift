import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `GET /v1/assignments/{id}/financial-account`: the financial final account from the budget lines and the ledger,
/// as JSON (öre) or, with `format=csv` or `Accept: text/csv`, as a spreadsheet of its lines with Swedish headings and
/// amounts in kronor with a decimal comma (`;`, UTF-8 with BOM).
struct FinanceViewRoutes: Sendable {
    let database: DatabasePool

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/assignments/{id}/financial-account") { try await account($0, $1) }
    }

    func account(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        let parameters = try ViewParameters(request, accepts: ["format": .oneOf(["json", "csv"])])
        let result = try await database.observedRead { db in
            let assignment = try Repository(table: AssignmentTable()).require(id, visibleTo: principal, in: db)
            return FinancialAccount.compute(
                assignment: assignment.id,
                budgets: try Repository(table: BudgetTable()).all(where: "assignmentId = ?", [assignment.idText], in: db),
                entries: try Repository(table: LedgerTransactionTable()).all(where: "assignmentId = ?", [assignment.idText], in: db))
        }
        guard CSVResponse.isWanted(by: request, format: parameters["format"].last) else { return try JSONResponse.make(result) }
        return CSVResponse.make(
            header: FinancialAccountCSV.header, rows: FinancialAccountCSV.rows(result), filename: "ekonomisk-slutredovisning.csv")
    }
}
