import Crypto
import Foundation
import GRDB
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Submitted reports: frozen in every format")
struct ReportSubmissionTests {
    @Test(
        "a submitted final report stays byte-identical after data edits, its SHA-256s hold, and the changes since submission name what moved"
    )
    func frozen() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let fixture = try await FinalReportFixture.build(env, baseURL)
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let reader = SamordnaClient(baseURL: baseURL, token: env.tokens.reader)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let director = try await board.contacts.create(
                ContactInput(organisationId: boardId, name: "Åsa Öberg", email: "asa.oberg@lansstyrelsen.se"))
            let today = CalendarDate(Date())

            let submission = try await board.reports.create(
                ReportSubmissionInput(
                    kind: .final, assignmentId: fixture.assignment.id, unit: .kr, governmentCaseNumber: "KN2023/00603",
                    caseNumber: "Dnr 2026-1234", decisionMakerId: director.id, submittedOn: today))
            #expect(submission.files.map(\.format) == [.json, .markdown, .html, .csv])
            #expect(submission.from == CalendarDate("2026-01-01") && submission.to == today && submission.language == .sv)
            var frozen: [ReportFormat: Data] = [:]
            for file in submission.files {
                let bytes = try await reader.reportFile(submission.id, format: file.format)
                #expect(Hex.string(SHA256.hash(data: bytes)) == file.sha256 && bytes.count == file.size)
                frozen[file.format] = bytes
            }
            let html = String(decoding: try #require(frozen[.html]), as: UTF8.self)
            #expect(html.contains("368\u{00A0}457,28") && !html.contains("Öberg"), "the totals, and no personal data")
            #expect(String(decoding: try #require(frozen[.csv]), as: UTF8.self).contains("Summa;;;;;3050000,00;368457,28;"))
            let unchanged = try await reader.changesSinceSubmission(submission.id)
            #expect(unchanged.unchanged && unchanged.changes.isEmpty)

            // Data edits after submission: a booking, a renamed initiative, a new narrative; the decision-maker erased.
            _ = try await board.transactions.create(
                LedgerTransactionInput(
                    assignmentId: fixture.assignment.id, date: CalendarDate("2026-07-01")!, amount: 100_00, kind: .expenditure,
                    costCategory: .travel, fundingSource: .assignmentFunds, description: "Resa", voucherReference: "B 1"))
            _ = try await board.initiatives.update(fixture.housing) { $0.title = "Bostäder i Bodens kommun" }
            try await board.contacts.delete(director.id)
            for file in submission.files {
                #expect(try await reader.reportFile(submission.id, format: file.format) == frozen[file.format], "\(file.format) is frozen")
            }
            let after = try await reader.reports.get(submission.id)
            #expect(after.files == submission.files && after.decisionMakerId == nil, "erasing the person unlinks, the files stay")

            let changes = try await reader.changesSinceSubmission(submission.id)
            #expect(!changes.unchanged)
            let outcome = try #require(changes.changes.first { $0.path == "/account/total/outcome" })
            #expect(
                outcome.submitted == .integer(FinalReportFixture.outcome)
                    && outcome.current == .integer(FinalReportFixture.outcome + 100_00))
            #expect(changes.changes.contains { $0.path == "/account/byMonth/2026-07" && $0.submitted == nil })
            #expect(
                changes.changes.contains {
                    $0.path.hasSuffix("/\(fixture.housing.id)/title") && $0.current == .string("Bostäder i Bodens kommun")
                })

            // Never changed, never deleted, only by the coordinator's keepers, and only with what the Government needs.
            let listed = try await reader.reports.page(ReportSubmissionFilter(assignmentIds: [fixture.assignment.id]))
            #expect(listed.items.map(\.id) == [submission.id])
            let patch = await problem {
                _ = try await board.reports.patch(submission.id, expectedVersion: nil, fields: ["caseNumber": .string("x")])
            }
            #expect(patch?.status == 405)
            let delete = await problem { try await board.reports.delete(submission.id) }
            #expect(delete?.status == 405)
            let outsider = await problem {
                _ = try await SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor).reports.create(
                    ReportSubmissionInput(
                        kind: .final, assignmentId: fixture.assignment.id, governmentCaseNumber: "KN2023/00603", submittedOn: today))
            }
            #expect(outsider?.status == 403)
            let invalid = await problem {
                _ = try await board.reports.create(
                    ReportSubmissionInput(
                        kind: .progress, assignmentId: fixture.assignment.id, governmentCaseNumber: "ärende 7",
                        submittedOn: try #require(today.adding(days: 1))))
            }
            #expect(Set(invalid?.errors?.map(\.code) ?? []) == ["pattern", "required", "inFuture"])
            let progress = try await board.reports.create(
                ReportSubmissionInput(
                    kind: .progress, assignmentId: fixture.assignment.id, from: CalendarDate("2026-01-01"), to: CalendarDate("2026-06-30"),
                    language: .en, governmentCaseNumber: "KN2023/00603", submittedOn: today))
            #expect(progress.files.map(\.format) == [.json, .markdown, .html])
            let english = String(decoding: try await reader.reportFile(progress.id, format: .markdown), as: UTF8.self)
            #expect(english.hasPrefix("# Progress report: Samordning av industrialiseringen"))
        }
        // The database itself refuses to change or delete a frozen file.
        let refused = try await env.services.database.write { db -> Int in
            var refusals = 0
            for statement in ["UPDATE reportSubmissionFiles SET body = x'00'", "DELETE FROM reportSubmissionFiles"] {
                do { try db.execute(sql: statement) } catch { refusals += 1 }
            }
            return refusals
        }
        #expect(refused == 2)
    }
}
