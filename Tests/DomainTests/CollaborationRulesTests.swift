import Foundation
import SamordnaDomain
import Testing

@Suite("Collaboration rules")
struct CollaborationRulesTests {
    @Test(
        "forum statuses move only along the lifecycle",
        arguments: [
            (ForumStatus.planned, ForumStatus.active, true), (.planned, .closed, true), (.planned, .dormant, false),
            (.active, .dormant, true), (.dormant, .active, true), (.active, .planned, false), (.closed, .active, false),
            (.closed, .closed, true),
        ])
    func forumTransitions(from: ForumStatus, to: ForumStatus, allowed: Bool) {
        #expect(((try? from.checkTransition(to: to)) != nil) == allowed)
    }

    @Test(
        "action statuses move only along the lifecycle",
        arguments: [
            (FollowUpAction.Status.open, FollowUpAction.Status.done, true), (.done, .inProgress, true), (.done, .open, false),
            (.dropped, .open, true), (.dropped, .done, false), (.inProgress, .dropped, true),
        ])
    func actionTransitions(from: FollowUpAction.Status, to: FollowUpAction.Status, allowed: Bool) throws {
        let input = FollowUpActionInput(
            meetingId: .random(), description: "x", ownerId: .random(), dueDate: try #require(CalendarDate("2026-12-01")), status: to)
        let result = Result { try input.validated(meetingDate: try #require(CalendarDate("2026-01-01")), replacing: from) }
        #expect(((try? result.get()) != nil) == allowed)
    }

    @Test("dates are checked against the meeting and the period")
    func dates() throws {
        let meetingDate = try #require(CalendarDate("2026-10-01"))
        let early = FollowUpActionInput(
            meetingId: .random(), description: "x", ownerId: .random(), dueDate: try #require(CalendarDate("2026-09-30")))
        #expect(throws: DomainError.self) { try early.validated(meetingDate: meetingDate, replacing: nil) }
        let decision = DecisionInput(meetingId: .random(), text: "Beslut")
        #expect(try decision.validated(meetingDate: meetingDate).decidedOn == meetingDate)
        let seat = ForumMembershipInput(
            forumId: .random(), organisationId: .random(), role: .member, from: meetingDate, to: CalendarDate("2026-01-01"))
        #expect(throws: DomainError.self) { try seat.validate() }
        let confidential = MeetingInput(
            title: "Möte", date: meetingDate, format: .bilateralDialogue, organiserId: .random(), confidential: true)
        #expect(throws: DomainError.self) { try confidential.validated() }
    }

    @Test("coverage counts attendance, cross-county meetings, actions and seats, and lists the silent")
    func coverage() throws {
        func organisation(_ name: String, _ kind: OrganisationKind, _ county: CountyCode?) -> Organisation {
            Organisation(
                id: .random(), key: nil, name: name, kind: kind, organisationNumber: nil, countyCode: county, municipalityCode: nil,
                parentId: nil, website: nil, version: 1, createdAt: Date(), updatedAt: Date())
        }
        let board = organisation("Länsstyrelsen i Norrbottens län", .countyAdministrativeBoard, .norrbotten)
        let boden = organisation("Boden kommun", .municipality, .norrbotten)
        let umea = organisation("Umeå kommun", .municipality, .vasterbotten)
        let kiruna = organisation("Kiruna kommun", .municipality, .norrbotten)
        let today = try #require(CalendarDate("2026-11-28"))
        func meeting(_ date: String, _ organiser: Organisation, _ participants: [(Organisation, Bool)]) throws -> Meeting {
            Meeting(
                id: .random(), title: "Möte", date: try #require(CalendarDate(date)), startTime: nil, endTime: nil, format: .workshop,
                forumId: nil,
                organiserId: organiser.id, participants: participants.map { Meeting.Participant(organisationId: $0.0.id, attended: $0.1) },
                contactIds: [], counties: [], municipalityCodes: [], challengeAreaIds: [], assignmentPartIds: [], agenda: nil, summary: nil,
                confidential: false, confidentialityReason: nil, caseNumber: nil, version: 1, createdAt: Date(), updatedAt: Date())
        }
        let meetings = [
            try meeting("2026-03-01", board, [(boden, true), (umea, true)]),
            try meeting("2026-05-01", board, [(boden, true), (kiruna, false)]),
            try meeting("2025-01-01", board, [(kiruna, true)]),
        ]
        let action = FollowUpAction(
            id: .random(), meetingId: meetings[0].id, decisionId: nil, description: "x", ownerId: boden.id, ownerContactId: nil,
            dueDate: try #require(CalendarDate("2026-06-01")), status: .open, completedAt: nil, outcomeUrl: nil, version: 1,
            createdAt: Date(), updatedAt: Date())
        let forum = Forum.ID.random()
        let seat = ForumMembership(
            id: .random(), forumId: forum, organisationId: boden.id, role: .member, representativeId: nil, formerRepresentatives: [],
            from: try #require(CalendarDate("2024-01-01")), to: nil, version: 1, createdAt: Date(), updatedAt: Date())
        let all = [board, boden, umea, kiruna]
        let report = DialogueCoverage.compute(
            scope: [boden, umea, kiruna], meetings: meetings, pendingActions: [action], memberships: [seat],
            forumNames: [forum: "Regionalt forum"],
            counties: Dictionary(uniqueKeysWithValues: all.compactMap { o in o.countyCode.map { (o.id, $0) } }),
            from: CalendarDate("2026-01-01"), to: CalendarDate("2026-12-31"), today: today)
        let bodenLine = try #require(report.organisations.first { $0.organisationId == boden.id })
        #expect(bodenLine.meetings == 2)
        #expect(bodenLine.lastMeetingDate == CalendarDate("2026-05-01"))
        #expect(bodenLine.crossCountyMeetings == 1)
        #expect(bodenLine.openActions == 1 && bodenLine.overdueActions == 1)
        #expect(bodenLine.forums.map(\.name) == ["Regionalt forum"])
        #expect(report.notEngagedOrganisations.map(\.name) == ["Kiruna kommun"], "absent and out-of-period meetings do not count")
        let totals = report.totals
        let sums: [Int] = [totals.organisations, totals.engaged, totals.notEngaged, totals.meetings, totals.crossCountyMeetings]
        #expect(sums == [3, 2, 1, 2, 1])
        #expect(report.organisations.map(\.name) == ["Boden kommun", "Kiruna kommun", "Umeå kommun"])
    }
}

@Suite("Collaboration policy")
struct CollaborationPolicyTests {
    static let board = Organisation.ID.random()
    static let member = Organisation.ID.random()
    static let forum = Forum.ID.random()
    static let seat = ForumMembership(
        id: .random(), forumId: forum, organisationId: member, role: .member, representativeId: nil, formerRepresentatives: [],
        from: CalendarDate("2025-01-01")!, to: nil, version: 1, createdAt: .distantPast, updatedAt: .distantPast)

    static func principal(_ organisation: Organisation.ID, _ role: Role) -> Principal {
        Principal(tokenId: .random(), organisationId: organisation, role: role)
    }

    @Test(
        "who may change a seat",
        arguments: [
            (principal(.random(), .admin), "role", true),
            (principal(board, .editor), "role", true),
            (principal(board, .reader), "role", false),
            (principal(member, .editor), "representative", true),
            (principal(member, .editor), "role", false),
            (principal(member, .reader), "representative", false),
            (principal(.random(), .editor), "representative", false),
        ])
    func seat(principal: Principal, change: String, allowed: Bool) {
        var input = Self.seat.input
        if change == "role" { input.role = .observer } else { input.representativeId = .random() }
        #expect(CollaborationPolicy.mayChangeSeat(input, replacing: Self.seat, convenors: [Self.board], by: principal) == allowed)
    }

    @Test("a member cannot create its own seat; the convenor's editor can")
    func newSeat() {
        let input = Self.seat.input
        #expect(
            !CollaborationPolicy.mayChangeSeat(input, replacing: nil, convenors: [Self.board], by: Self.principal(Self.member, .editor)))
        #expect(CollaborationPolicy.mayChangeSeat(input, replacing: nil, convenors: [Self.board], by: Self.principal(Self.board, .editor)))
    }

    @Test(
        "the owner updates its own action but cannot hand it on or move it",
        arguments: [("status", true), ("owner", false), ("meeting", false)])
    func ownerUpdates(change: String, allowed: Bool) {
        let action = FollowUpAction(
            id: .random(), meetingId: .random(), decisionId: nil, description: "x", ownerId: Self.member, ownerContactId: nil,
            dueDate: CalendarDate("2026-06-01")!, status: .open, completedAt: nil, outcomeUrl: nil, version: 1, createdAt: .distantPast,
            updatedAt: .distantPast)
        var input = action.input
        switch change {
        case "status": input.status = .inProgress
        case "owner": input.ownerId = Self.board
        default: input.meetingId = .random()
        }
        #expect(CollaborationPolicy.ownerMayUpdate(input, replacing: action, by: Self.principal(Self.member, .editor)) == allowed)
        #expect(!CollaborationPolicy.ownerMayUpdate(input, replacing: action, by: Self.principal(Self.member, .reader)))
    }
}
