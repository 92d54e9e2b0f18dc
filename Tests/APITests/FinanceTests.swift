import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Finance: budgets with revisions, the append-only ledger and the financial account")
struct FinanceTests {
    @Test("budgets, a revision, bookings and a reversal give a financial account whose totals match the ones computed by hand, to the öre")
    func account() async throws {
        let env = try TestEnvironment()
        let assignmentId = try await env.withLiveServer { baseURL async throws -> Assignment.ID in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let keeper = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let assignment = try await admin.assignments.create(
                AssignmentInput(
                    title: "Samordning", principalId: try #require(Organisation.ID(env.id("regeringskansliet-kn"))), coordinatorId: boardId)
            )
            let initiative = try await keeper.initiatives.create(InitiativeInput(title: "Bostadsinsats", leadId: boardId, status: .ongoing))
            let day = { (text: String) in CalendarDate(text)! }

            // Budget 2026: staff 2 500 000,00 kr; consultants 1 000 000,00 kr (revised to 1 200 000,00); a grant of
            // 500 000,00 kr for the initiative.
            let staff = try await keeper.budgets.create(
                BudgetInput(
                    assignmentId: assignment.id, fiscalYear: 2026, costCategory: .staff, fundingSource: .assignmentFunds,
                    appropriation: "UO19 1:1 ap.5", amount: 250_000_000))
            var consultants = try await keeper.budgets.create(
                BudgetInput(
                    assignmentId: assignment.id, fiscalYear: 2026, costCategory: .consultants, fundingSource: .assignmentFunds,
                    appropriation: "UO19 1:1 ap.5", amount: 100_000_000))
            _ = try await keeper.budgets.create(
                BudgetInput(
                    assignmentId: assignment.id, initiativeId: initiative.id, fiscalYear: 2026, costCategory: .grantsPaidOut,
                    fundingSource: .jtf, amount: 50_000_000))
            let unexplained = await problem { _ = try await keeper.budgets.update(consultants) { $0.amount = 120_000_000 } }
            #expect(unexplained?.errors?.map(\.code) == ["required"])
            consultants = try await keeper.budgets.update(consultants) {
                $0.amount = 120_000_000
                $0.revisionReason = "Omfördelning efter beslut 2026-03-01"
            }
            #expect(consultants.revisions.map(\.previousAmount) == [100_000_000] && consultants.revisions.first?.amount == 120_000_000)
            let twin = await problem {
                _ = try await keeper.budgets.create(
                    BudgetInput(
                        assignmentId: assignment.id, fiscalYear: 2026, costCategory: .staff, fundingSource: .assignmentFunds,
                        appropriation: "UO19 1:1 ap.5", amount: 1))
            }
            #expect(twin?.status == 409)
            #expect(staff.revisions.isEmpty)

            func book(
                _ amount: Int64, _ kind: LedgerTransaction.Kind, _ category: CostCategory, _ voucher: String,
                on date: String = "2026-03-31",
                source: FundingSource = .assignmentFunds, initiative: Initiative.ID? = nil, appropriation: String? = "UO19 1:1 ap.5",
                reverses: LedgerTransaction.ID? = nil
            ) async throws -> LedgerTransaction {
                try await keeper.transactions.create(
                    LedgerTransactionInput(
                        assignmentId: assignment.id, date: day(date), amount: amount, kind: kind, costCategory: category,
                        fundingSource: source,
                        appropriation: appropriation, initiativeId: initiative, description: "Bokning \(voucher)",
                        voucherReference: voucher,
                        reversesId: reverses))
            }
            _ = try await book(123_456_789, .expenditure, .staff, "A 1")
            _ = try await book(30_000_050, .expenditure, .consultants, "A 2")
            _ = try await book(80_000_000, .commitment, .consultants, "A 3")
            _ = try await book(30_000_050, .disbursement, .consultants, "A 4")
            _ = try await book(20_000_000, .expenditure, .grantsPaidOut, "A 5", source: .jtf, initiative: initiative.id, appropriation: nil)
            let wrong = try await book(9_999_999, .expenditure, .staff, "A 6")
            let reversal = try await book(-9_999_999, .expenditure, .staff, "A 7", on: "2026-04-02", reverses: wrong.id)
            #expect(try await keeper.transactions.get(wrong.id).reversedById == reversal.id)

            // The ledger's rules.
            let again = await problem { _ = try await book(-9_999_999, .expenditure, .staff, "A 8", reverses: wrong.id) }
            #expect(again?.status == 409)
            let notOpposite = await problem {
                _ = try await book(-1, .expenditure, .staff, "A 9", reverses: try await book(5, .expenditure, .staff, "A 10").id)
            }
            #expect(notOpposite?.errors?.map(\.code) == ["notOpposite"])
            let voucher = await problem { _ = try await book(1, .expenditure, .staff, "A 1") }
            #expect(voucher?.status == 409)
            let future = await problem { _ = try await book(1, .expenditure, .staff, "A 11", on: "2999-01-01") }
            #expect(future?.errors?.map(\.code) == ["inFuture"])
            _ = try await book(1, .expenditure, .staff, "A 1", on: "2025-12-31")  // another fiscal year: the voucher is free
            let change = await problem {
                _ = try await keeper.transactions.patch(wrong.id, expectedVersion: nil, fields: ["amount": .integer(1)])
            }
            #expect(change?.status == 405)
            let delete = await problem { try await keeper.transactions.delete(wrong.id) }
            #expect(delete?.status == 405)
            let other = SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor)
            let outsider = await problem {
                _ = try await other.transactions.create(
                    LedgerTransactionInput(
                        assignmentId: assignment.id, date: day("2026-01-01"), amount: 1, kind: .expenditure, costCategory: .other,
                        fundingSource: .other, description: "x", voucherReference: "X 1"))
            }
            #expect(outsider?.status == 403)

            // By hand: outcome 123 456 789 + 30 000 050 + 20 000 000 + 9 999 999 − 9 999 999 + 5 (A 10) + 1 (2025) öre.
            let account = try await keeper.financialAccount(assignment.id)
            #expect(account.total.budget == 420_000_000)
            #expect(account.total.outcome == 173_456_845)
            #expect(account.total.unused == 246_543_155)
            #expect(account.total.commitments == 80_000_000 && account.total.disbursements == 30_000_050)
            let year2026 = try #require(account.byFiscalYear.first { $0.key == "2026" }?.amounts)
            #expect(year2026.outcome == 173_456_844 && year2026.budget == 420_000_000)
            let staffLine = try #require(account.byCostCategory.first { $0.key == "staff" }?.amounts)
            #expect(staffLine.budget == 250_000_000 && staffLine.outcome == 123_456_795 && staffLine.unused == 126_543_205)
            let grant = try #require(account.byInitiative.first { $0.key == initiative.idText }?.amounts)
            #expect(grant.budget == 50_000_000 && grant.outcome == 20_000_000 && grant.unused == 30_000_000)
            #expect(account.byFundingSource.map(\.key) == ["assignmentFunds", "jtf"])
            #expect(account.reversals.map(\.id) == [reversal.id] && account.reversals.first?.amount == -9_999_999)
            #expect(
                account.lines.reduce(Int64(0)) { $0 + $1.amounts.outcome } == account.total.outcome,
                "the lines add up to the total")

            return assignment.id
        }
        // The same account as a Swedish spreadsheet: kronor with a decimal comma, the reversal's minus kept as a number.
        let csv = try await env.withRouter { client async throws in
            try await client.send(.get, "/v1/assignments/\(assignmentId)/financial-account?format=csv", token: env.tokens.reader).text
        }
        #expect(csv.hasPrefix("\u{FEFF}Budgetår;Kostnadsslag;Finansieringskälla;Anslag;Insats;Budget (kr);Utfall (kr)"))
        #expect(csv.contains("2026;Personal;Uppdragsmedel;UO19 1:1 ap.5;;2500000,00;1234567,94;0,00;0,00;1265432,06\r\n"))
        #expect(
            csv.contains("2025;Personal;Uppdragsmedel;UO19 1:1 ap.5;;0,00;0,01;0,00;0,00;-0,01\r\n"), "a negative number is not escaped")
        #expect(csv.contains("Summa;;;;;4200000,00;1734568,45;800000,00;300000,50;2465431,55\r\n"))
    }
}
