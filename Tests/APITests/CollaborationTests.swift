import Foundation
import GRDB
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Collaboration: a county board's story, end to end")
struct CollaborationTests {
    @Test(
        "Länsstyrelsen Norrbotten registers a forum with members, records a meeting with a decision and actions, closes an action, and sees which municipalities were not engaged"
    )
    func countyBoardStory() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let boden = try #require(Organisation.ID(env.id("boden-kommun")))
            let lulea = try #require(Organisation.ID(env.id("lulea-kommun")))
            let region = try #require(Organisation.ID(env.id("region-vasterbotten")))
            let housing = try await board.challengeAreas.get(key: "housing-and-population")
            let representative = try await board.contacts.create(
                ContactInput(organisationId: boardId, name: "Åsa Öberg", email: "asa.oberg@lansstyrelsen.se"))

            let forum = try await board.forums.create(
                ForumInput(
                    name: "Regionalt forum Norrbotten", purpose: "Samordning av samhällsomvandlingen", kind: .regionalForum,
                    convenorId: boardId,
                    counties: [.norrbotten], challengeAreaIds: [housing.id], cadence: "4–5 gånger per år", status: .active,
                    startDate: CalendarDate("2017-01-01")))
            let from = try #require(CalendarDate("2024-01-01"))
            _ = try await board.forumMemberships.create(
                ForumMembershipInput(
                    forumId: forum.id, organisationId: boardId, role: .convenor, representativeId: representative.id, from: from))
            _ = try await board.forumMemberships.create(
                ForumMembershipInput(forumId: forum.id, organisationId: boden, role: .member, from: from))
            _ = try await board.forumMemberships.create(
                ForumMembershipInput(forumId: forum.id, organisationId: lulea, role: .member, from: from))
            await #expect(throws: ClientError.self, "an overlapping seat is refused") {
                try await board.forumMemberships.create(
                    ForumMembershipInput(forumId: forum.id, organisationId: boden, role: .observer, from: CalendarDate("2025-01-01")!))
            }

            let meeting = try await board.meetings.create(
                MeetingInput(
                    title: "Forummöte: bostadsförsörjning", date: try #require(CalendarDate("2026-10-01")), startTime: "09:00",
                    endTime: "12:00",
                    format: .forumMeeting, forumId: forum.id, organiserId: boardId,
                    participants: [
                        .init(organisationId: boden), .init(organisationId: lulea, attended: false), .init(organisationId: region),
                    ],
                    challengeAreaIds: [housing.id], summary: "Boden behöver 3 200 bostäder till 2030."))
            let decision = try await board.decisions.create(DecisionInput(meetingId: meeting.id, text: "Boden tar fram en bostadsplan."))
            #expect(decision.decidedOn == meeting.date)
            let action = try await board.followUpActions.create(
                FollowUpActionInput(
                    meetingId: meeting.id, decisionId: decision.id, description: "Ta fram bostadsplan", ownerId: boden,
                    dueDate: try #require(CalendarDate("2026-11-15"))))
            let later = try await board.followUpActions.create(
                FollowUpActionInput(
                    meetingId: meeting.id, description: "Återrapportera", ownerId: boardId,
                    dueDate: try #require(CalendarDate("2099-01-01"))))

            let overdue = try await board.followUpActions.all(FollowUpActionFilter(overdue: true)).collect()
            #expect(overdue.map(\.id) == [action.id])
            let closed = try await board.followUpActions.update(later) {
                $0.status = .done; $0.outcomeUrl = "https://www.lansstyrelsen.se/norrbotten/rapport.pdf"
            }
            #expect(closed.status == .done)
            #expect(closed.completedAt != nil)
            await #expect(throws: ClientError.self, "done cannot go back to open") {
                try await board.followUpActions.update(closed) { $0.status = .open }
            }

            let coverage = try await board.dialogueCoverage(
                from: CalendarDate("2026-01-01"), kinds: [.municipality], counties: [.norrbotten])
            #expect(coverage.totals.organisations == 14)
            #expect(coverage.notEngagedOrganisations.count == 13, "Luleå was invited but absent; only Boden took part")
            #expect(coverage.notEngagedOrganisations.contains { $0.organisationId == lulea })
            let bodenLine = try #require(coverage.organisations.first { $0.organisationId == boden })
            #expect(bodenLine.meetings == 1 && bodenLine.crossCountyMeetings == 1 && bodenLine.overdueActions == 1)
            #expect(bodenLine.forums.map(\.name) == ["Regionalt forum Norrbotten"])
            let csv = try await board.organisations.csv()
            #expect(!csv.isEmpty)
        }
    }

    @Test("a confidential meeting, its decisions and actions are visible only to admins, the organiser and participants")
    func confidentiality() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let outsider = SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let meeting = try await board.meetings.create(
                MeetingInput(
                    title: "Tillståndsärende", date: try #require(CalendarDate("2026-10-02")), format: .bilateralDialogue,
                    organiserId: boardId,
                    participants: [.init(organisationId: try #require(Organisation.ID(env.id("kiruna-kommun"))))], confidential: true,
                    confidentialityReason: "OSL 30 kap. 23 § (affärsförhållanden)"))
            let decision = try await board.decisions.create(DecisionInput(meetingId: meeting.id, text: "Hemligt beslut"))
            await #expect(throws: ClientError.self) { try await outsider.meetings.get(meeting.id) }
            await #expect(throws: ClientError.self) { try await outsider.decisions.get(decision.id) }
            #expect(try await outsider.meetings.page().total == 0)
            #expect(try await outsider.decisions.page().total == 0)
            #expect(try await board.meetings.get(meeting.id).confidential)
            #expect(try await SamordnaClient(baseURL: baseURL, token: env.tokens.admin).meetings.page().total == 1)
        }
    }

    @Test("replacing a representative keeps the history; erasing the person removes every trace but keeps the seat")
    func representativesAndErasure() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let first = try await board.contacts.create(ContactInput(organisationId: boardId, name: "Per Persson"))
            let second = try await board.contacts.create(ContactInput(organisationId: boardId, name: "Märta Niemi"))
            let forum = try await board.forums.create(
                ForumInput(name: "Tillståndssamverkan", kind: .thematicWorkingGroup, convenorId: boardId))
            let seat = try await board.forumMemberships.create(
                ForumMembershipInput(
                    forumId: forum.id, organisationId: boardId, role: .convenor, representativeId: first.id,
                    from: try #require(CalendarDate("2025-01-01"))))
            let replaced = try await board.forumMemberships.update(seat) { $0.representativeId = second.id }
            #expect(replaced.formerRepresentatives.map(\.contactId) == [first.id])
            let meeting = try await board.meetings.create(
                MeetingInput(
                    title: "Möte", date: try #require(CalendarDate("2026-10-03")), format: .workshop, organiserId: boardId,
                    contactIds: [first.id, second.id]))

            try await board.contacts.delete(first.id)
            let afterSeat = try await board.forumMemberships.get(seat.id)
            #expect(afterSeat.formerRepresentatives.isEmpty)
            #expect(afterSeat.representativeId == second.id)
            #expect(try await board.meetings.get(meeting.id).contactIds == [second.id])
            let traces = try await env.services.database.read { db in
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT (SELECT COUNT(*) FROM forumMemberships WHERE representativeId = ?1)
                             + (SELECT COUNT(*) FROM forumMembershipFormerRepresentatives WHERE contactId = ?1)
                             + (SELECT COUNT(*) FROM meetingContacts WHERE contactId = ?1)
                        """, arguments: [first.id.description])
            }
            #expect(traces == 0)
        }
    }

    @Test(
        "bad collaboration input is refused with the field named",
        arguments: [
            (
                #"{"name":"F","kind":"regionalForum","convenorId":"CONVENOR","startDate":"2026-01-01","endDate":"2025-01-01"}"#,
                "/v1/forums", "endDate", "beforeStart"
            ),
            (
                #"{"name":"F","kind":"regionalForum","convenorId":"CONVENOR","challengeAreaIds":["6f0d8a4e-58a5-4b1f-9d5e-1f6a0b7c2d3e"]}"#,
                "/v1/forums", "challengeAreaIds[0]", "unknownChallengeArea"
            ),
            (
                #"{"title":"M","date":"2026-10-01","format":"workshop","organiserId":"CONVENOR","startTime":"25:00"}"#, "/v1/meetings",
                "startTime", "invalidTime"
            ),
            (
                #"{"title":"M","date":"2026-10-01","format":"workshop","organiserId":"CONVENOR","municipalityCodes":["2599"]}"#,
                "/v1/meetings", "municipalityCodes[0]", "unknownMunicipality"
            ),
            (
                #"{"title":"M","date":"2026-10-01","format":"workshop","organiserId":"CONVENOR","confidential":true}"#, "/v1/meetings",
                "confidentialityReason", "required"
            ),
        ])
    func validation(body: String, path: String, field: String, code: String) async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let json = body.replacingOccurrences(of: "CONVENOR", with: env.id("lansstyrelsen-norrbotten"))
            let response = try await client.send(.post, path, token: env.tokens.editor, json: json)
            #expect(response.status == .unprocessableContent)
            #expect(response.issueCodes[field] == code, "\(response.text)")
        }
    }
}

@Suite("Links to assignment parts")
struct AssignmentPartLinkTests {
    @Test("a part that forums or meetings link to cannot be deleted, so their later edits never meet a dangling link")
    func partInUse() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let assignment = try await client.send(.get, "/v1/assignments", token: env.tokens.admin).decoded(Page<Assignment>.self).items[0]
            let part = try await client.send(
                .post, "/v1/assignment-parts", token: env.tokens.admin,
                json: #"{"assignmentId":"\#(assignment.id)","code":"linked","summarySv":"Länkad del","position":8}"#
            ).decoded(AssignmentPart.self)
            let forum = try await client.send(
                .post, "/v1/forums", token: env.tokens.admin,
                json: #"{"name":"Forum","kind":"other","convenorId":"\#(env.id("tillvaxtverket"))","assignmentPartIds":["\#(part.id)"]}"#)
            #expect(forum.status == .created)
            #expect(try await client.send(.delete, "/v1/assignment-parts/\(part.id)", token: env.tokens.admin).status == .conflict)
            let forumId = try forum.decoded(Forum.self).id
            #expect(
                try await client.send(.patch, "/v1/forums/\(forumId)", token: env.tokens.admin, json: #"{"status":"active"}"#).status == .ok
            )
        }
    }
}
