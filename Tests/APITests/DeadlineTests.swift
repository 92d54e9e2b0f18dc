import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Deadlines")
struct DeadlineTests {
    @Test("the deadlines list the obligations with their next due day, and the late actions, barriers and initiatives")
    func deadlines() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let today = CalendarDate(Date())
            let ago = { (days: Int) in today.adding(days: -days)! }
            let assignment = try await admin.assignments.create(
                AssignmentInput(
                    title: "Samordning", principalId: try #require(Organisation.ID(env.id("regeringskansliet-kn"))), coordinatorId: boardId,
                    period: DatePeriod(start: ago(100)),
                    reportingObligations: [
                        ReportingObligation(kind: .finalReport, dueDate: ago(10)),
                        ReportingObligation(kind: .continuousBriefing, cadence: .monthly),
                    ]))
            let meeting = try await board.meetings.create(
                MeetingInput(title: "Möte", date: ago(60), format: .workshop, organiserId: boardId))
            let late = try await board.followUpActions.create(
                FollowUpActionInput(meetingId: meeting.id, description: "Sen", ownerId: boardId, dueDate: ago(5)))
            _ = try await board.followUpActions.create(
                FollowUpActionInput(meetingId: meeting.id, description: "I tid", ownerId: boardId, dueDate: today.adding(days: 5)!))
            let ended = try await board.initiatives.create(
                InitiativeInput(title: "Försenad", leadId: boardId, status: .ongoing, startDate: ago(90), endDate: ago(3)))
            _ = try await board.initiatives.create(
                InitiativeInput(title: "Avslutad", leadId: boardId, status: .ongoing, startDate: ago(90), endDate: ago(3))
            )
            .update(using: board) { $0.status = .completed }
            let barrier = try await board.barriers.create(
                BarrierInput(
                    title: "Hinder", description: "Beskrivning", category: .permits, reportedById: boardId,
                    responsibleId: try #require(Organisation.ID(env.id("region-vasterbotten"))), routedOn: ago(30), targetDate: ago(2)))

            let deadlines = try await board.deadlines(assignments: [assignment.id])
            #expect(deadlines.asOf == today)
            let final = try #require(deadlines.reportingObligations.first { $0.kind == .finalReport })
            #expect(final.overdue && final.daysLeft == -10)
            let briefing = try #require(deadlines.reportingObligations.first { $0.kind == .continuousBriefing })
            #expect(!briefing.overdue && briefing.daysLeft >= 0 && briefing.daysLeft <= 31)
            #expect(briefing.dueDate == Deadlines.nextBriefing(from: ago(100), cadence: .monthly, today: today))
            #expect(deadlines.overdueActions.map(\.id) == [late.idText] && deadlines.overdueActions.first?.daysOverdue == 5)
            #expect(deadlines.initiativesPastEnd.map(\.id) == [ended.idText])
            #expect(deadlines.barriersPastTarget.map(\.id) == [barrier.idText] && deadlines.barriersPastTarget.first?.daysOverdue == 2)
        }
    }
}

extension Initiative {
    /// Changes the initiative through the client (for a test's set-up).
    func update(using client: SamordnaClient, _ change: (inout InitiativeInput) -> Void) async throws -> Initiative {
        try await client.initiatives.update(self, change)
    }
}

@Suite("Code lists over HTTP")
struct CodeListHTTPTests {
    @Test("the code lists are served whole and one by one; an unknown one is 404")
    func served() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let reader = SamordnaClient(baseURL: baseURL, token: env.tokens.reader)
            let lists = try await reader.codeLists()
            #expect(lists == CodeLists.all)
            #expect(lists.first { $0.name == "InitiativeStatus" }?.entries.first?.sv == "Idé")
        }
        try await env.withRouter { client async throws in
            let one = try await client.send(.get, "/v1/code-lists/BarrierStatus", token: env.tokens.reader)
            #expect(one.status == .ok && one.text.contains("\"Mottaget\""))
            #expect(try await client.send(.get, "/v1/code-lists/Nothing", token: env.tokens.reader).status == .notFound)
        }
    }
}
