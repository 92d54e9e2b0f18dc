import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("The progress report")
struct ProgressReportTests {
    @Test(
        "a period's report counts and names what happened, by hand; a confidential meeting is counted, never named; a part without evidence says so"
    )
    func report() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let boden = try #require(Organisation.ID(env.id("boden-kommun")))
            let day = { (text: String) in CalendarDate(text)! }
            let assignment = try await admin.assignments.create(
                AssignmentInput(
                    title: "Samordning", principalId: try #require(Organisation.ID(env.id("regeringskansliet-kn"))), coordinatorId: boardId,
                    caseNumber: "KN2023/00000"))
            let structures = try await admin.assignmentParts.create(
                AssignmentPartInput(
                    assignmentId: assignment.id, code: "structures", summarySv: "Samverkansstrukturer", textSv: "Bygga strukturer.",
                    position: 1))
            let knowledge = try await admin.assignmentParts.create(
                AssignmentPartInput(assignmentId: assignment.id, code: "knowledge", summarySv: "Kunskap", position: 2))
            let housing = try await board.challengeAreas.get(key: "housing-and-population")

            let initiative = try await board.initiatives.create(
                InitiativeInput(
                    title: "Bostäder i Boden", challengeAreaIds: [housing.id], assignmentPartIds: [structures.id], leadId: boardId,
                    status: .ongoing))
            let open = try await board.meetings.create(
                MeetingInput(
                    title: "Öppet möte", date: day("2026-02-10"), format: .workshop, organiserId: boardId,
                    participants: [.init(organisationId: boden), .init(organisationId: boardId, attended: false)],
                    assignmentPartIds: [structures.id]))
            let secret = try await board.meetings.create(
                MeetingInput(
                    title: "Hemligt möte", date: day("2026-03-10"), format: .bilateralDialogue, organiserId: boardId,
                    participants: [.init(organisationId: boden)], confidential: true, confidentialityReason: "OSL 19 kap. 1 §"))
            _ = try await board.meetings.create(
                MeetingInput(title: "Före perioden", date: day("2025-12-01"), format: .workshop, organiserId: boardId))
            _ = try await board.followUpActions.create(
                FollowUpActionInput(meetingId: open.id, description: "Synlig åtgärd", ownerId: boardId, dueDate: day("2026-04-01")))
            _ = try await board.followUpActions.create(
                FollowUpActionInput(meetingId: secret.id, description: "Hemlig åtgärd", ownerId: boardId, dueDate: day("2026-04-02")))

            _ = try await board.budgets.create(
                BudgetInput(
                    assignmentId: assignment.id, fiscalYear: 2026, costCategory: .staff, fundingSource: .assignmentFunds, amount: 100_000_00
                ))
            for (voucher, date, amount) in [
                ("R 1", "2026-02-01", Int64(12_345_67)), ("R 2", "2026-07-01", 1_00), ("R 3", "2025-12-31", 5_00),
            ] {
                _ = try await board.transactions.create(
                    LedgerTransactionInput(
                        assignmentId: assignment.id, date: day(date), amount: amount, kind: .expenditure, costCategory: .staff,
                        fundingSource: .assignmentFunds, description: "Lön", voucherReference: voucher))
            }

            let overall = try await board.reportNarratives.create(
                ReportNarrativeInput(
                    assignmentId: assignment.id, from: day("2026-01-01"), to: day("2026-03-31"), textSv: "Bra start på året."))
            _ = try await board.reportNarratives.create(
                ReportNarrativeInput(
                    assignmentId: assignment.id, assignmentPartId: structures.id, from: day("2026-04-01"), to: day("2026-06-30"),
                    textSv: "Forumet har mötts två gånger."))
            _ = try await board.reportNarratives.create(
                ReportNarrativeInput(assignmentId: assignment.id, from: day("2025-01-01"), to: day("2025-12-31"), textSv: "Förra året."))
            let otherAssignment = try await admin.assignments.create(
                AssignmentInput(title: "Annat", principalId: assignment.principalId, coordinatorId: boardId))
            let wrongPart = await problem {
                _ = try await board.reportNarratives.create(
                    ReportNarrativeInput(
                        assignmentId: otherAssignment.id, assignmentPartId: structures.id, from: day("2026-01-01"), to: day("2026-01-02"),
                        textSv: "Fel del."))
            }
            #expect(wrongPart?.errors?.map(\.code) == ["partOfAnotherAssignment"])

            let report = try await board.progressReport(assignment.id, from: day("2026-01-01"), to: day("2026-06-30"))
            #expect(report.summary.map(\.id) == [overall.id], "last year's summary is left out")
            #expect(report.parts.first?.narratives.map(\.textSv) == ["Forumet har mötts två gånger."])
            #expect(report.caseNumber == "KN2023/00000")
            #expect(report.parts.map(\.code) == ["structures", "knowledge"])
            #expect(report.parts.map(\.hasEvidence) == [true, false])
            #expect(report.parts.first?.textSv == "Bygga strukturer." && report.parts.first?.meetingsInPeriod == 1)
            #expect(report.parts.first?.initiatives.map(\.id) == [initiative.id])
            #expect(report.meetings.held == 2 && report.meetings.confidential == 1 && report.meetings.organisationsEngaged == 1)
            #expect(report.overdueActions.count == 2)
            #expect(
                report.overdueActions.named.map(\.description) == ["Synlig åtgärd"],
                "the confidential meeting's action is counted, not named")
            let area = try #require(report.challengeAreas.first { $0.challengeAreaId == housing.id })
            #expect(area.byStatus.map(\.status) == [.ongoing] && area.byStatus.map(\.count) == [1])
            #expect(report.spending.fiscalYears == [2026])
            #expect(report.spending.budget == 100_000_00 && report.spending.outcome == 12_345_67)
            let json = try await board.progressReport(assignment.id, from: day("2026-01-01"), to: day("2026-06-30"))
            #expect(json == report, "the same data gives the same report")
            #expect(!String(decoding: try JSONEncoder().encode(report), as: UTF8.self).contains("Hemligt möte"))

            // The same evidence as data, over all time: the part with the meetings names the open one, counts both.
            let traced = try await board.traceability(assignment.id)
            #expect(traced.partsWithoutEvidence == ["knowledge"])
            #expect(traced.parts.first?.meetings.map(\.id) == [open.id] && traced.parts.first?.meetingCount == 1)
            _ = try await board.meetings.update(secret) { $0.assignmentPartIds = [structures.id] }
            let again = try await board.traceability(assignment.id)
            #expect(again.parts.first?.meetings.map(\.id) == [open.id] && again.parts.first?.meetingCount == 2)
            #expect(again.parts.first?.initiatives.map(\.id) == [initiative.id])

            // Markdown in Swedish, amounts in tkr rounded once: 12 345,67 kr → 12 tkr; budget 100 000 kr → 100 tkr.
            let swedish = try await board.progressReportText(assignment.id, from: day("2026-01-01"), to: day("2026-06-30"))
            #expect(swedish.hasPrefix("# Lägesrapport: Samordning\n"))
            #expect(swedish.contains("## Sammanfattning\n\nBra start på året.") && swedish.contains("Forumet har mötts två gånger."))
            #expect(swedish.contains("Inga insatser eller möten under perioden styrker denna del."))
            #expect(swedish.contains("| Personal | 100 | 12 |"))
            #expect(swedish.contains("| Synlig åtgärd | Länsstyrelsen i Norrbottens län | 2026-04-01 |"))
            #expect(!swedish.contains("Hemlig"))
            let english = try await board.progressReportText(
                assignment.id, from: day("2026-01-01"), to: day("2026-06-30"), language: .en, unit: .kr)
            #expect(english.contains("## Spending against budget (SEK)") && english.contains("| Staff | 100,000.00 | 12,345.67 |"))
        }
        try await env.withRouter { client async throws in
            let missing = try await client.send(.get, "/v1/reports/progress?from=2026-01-01&to=2026-06-30", token: env.tokens.reader)
            #expect(missing.status == .badRequest)
            let reversed = try await client.send(
                .get, "/v1/reports/progress?assignmentId=\(UUID().uuidString)&from=2026-06-30&to=2026-01-01", token: env.tokens.reader)
            #expect(reversed.status == .badRequest)
        }
    }
}
