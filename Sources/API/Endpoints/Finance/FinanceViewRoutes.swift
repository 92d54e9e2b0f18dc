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
        let label = { (list: String, code: String) in CodeLists.named(list)?.label(code) ?? code }
        let kronor = AmountUnit.spreadsheetKronor
        let rows = result.lines.map { line -> [String?] in
            [
                String(line.fiscalYear), label("CostCategory", line.costCategory.rawValue),
                label("FundingSource", line.fundingSource.rawValue),
                line.appropriation, line.initiativeId?.description, kronor(line.amounts.budget), kronor(line.amounts.outcome),
                kronor(line.amounts.commitments), kronor(line.amounts.disbursements), kronor(line.amounts.unused),
            ]
        }
        let total: [String?] = [
            "Summa", nil, nil, nil, nil, kronor(result.total.budget), kronor(result.total.outcome), kronor(result.total.commitments),
            kronor(result.total.disbursements), kronor(result.total.unused),
        ]
        return CSVResponse.make(
            header: [
                "Budgetår", "Kostnadsslag", "Finansieringskälla", "Anslag", "Insats", "Budget (kr)", "Utfall (kr)", "Åtaganden (kr)",
                "Utbetalningar (kr)", "Kvar (kr)",
            ],
            rows: rows + [total], filename: "ekonomisk-slutredovisning.csv")
    }
}
