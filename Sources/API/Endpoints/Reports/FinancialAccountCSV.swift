import Foundation
import SamordnaDomain

/// The financial final account's lines as a spreadsheet: Swedish headings and labels, amounts in kronor with a decimal
/// comma and no grouping (as Swedish Excel reads a number), `;`, UTF-8 with BOM, and a total row.
enum FinancialAccountCSV {
    static let header = [
        "Budgetår", "Kostnadsslag", "Finansieringskälla", "Anslag", "Insats", "Budget (kr)", "Utfall (kr)", "Åtaganden (kr)",
        "Utbetalningar (kr)", "Kvar (kr)",
    ]

    /// The rows under `header`, the total last.
    static func rows(_ account: FinancialAccount) -> [[String?]] {
        let label = { (list: String, code: String) in CodeLists.named(list)?.label(code) ?? code }
        let kronor = AmountUnit.spreadsheetKronor
        let amounts = { (a: FinancialAccount.Amounts) in
            [kronor(a.budget), kronor(a.outcome), kronor(a.commitments), kronor(a.disbursements), kronor(a.unused)]
        }
        let lines = account.lines.map { line -> [String?] in
            [
                String(line.fiscalYear), label("CostCategory", line.costCategory.rawValue),
                label("FundingSource", line.fundingSource.rawValue),
                line.appropriation, line.initiativeId?.description,
            ] + amounts(line.amounts)
        }
        return lines + [["Summa", nil, nil, nil, nil] + amounts(account.total)]
    }

    /// The whole document.
    static func document(_ account: FinancialAccount) -> String { CSVWriter.document(header: header, rows: rows(account)) }
}
