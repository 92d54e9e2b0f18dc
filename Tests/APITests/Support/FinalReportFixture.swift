import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

/// An assignment with parts, initiatives with an indicator, forums, meetings, budgets with a revision, bookings with
/// a reversal and narratives, whose report totals are computed by hand here:
///
/// - budget: staff 2026 1 000 000,00 + consultants 2026 300 000,00 revised to 350 000,00 + staff 2027 1 200 000,00 +
///   the initiative's grant 2026 500 000,00 = **3 050 000,00 kr** (305 000 000 öre);
/// - outcome: 123 456,78 (Feb) + 45 000,50 (Mar) + 200 000,00 (May, grant) + 9 999,99 − 9 999,99 (Jun, reversed) =
///   **368 457,28 kr** (36 845 728 öre); unused 305 000 000 − 36 845 728 = **2 681 542,72 kr** (268 154 272 öre);
/// - commitments 100 000,00 kr; in tkr: budget 3 050, outcome 368, unused 2 682.
struct FinalReportFixture {
    static let budget: Int64 = 305_000_000
    static let outcome: Int64 = 36_845_728
    static let unused: Int64 = 268_154_272
    static let commitments: Int64 = 10_000_000

    var assignment: Assignment
    var parts: [AssignmentPart]
    var housing: Initiative
    var network: Initiative
    var learningNetwork: Forum
    var olderForum: Forum
    var wrong: LedgerTransaction
    var reversal: LedgerTransaction
    var consultants: Budget

    /// Builds the fixture through the Client as the board's editor (the coordinator's keeper) and an admin.
    static func build(_ env: TestEnvironment, _ baseURL: URL) async throws -> FinalReportFixture {
        let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
        let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
        let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
        let boden = try #require(Organisation.ID(env.id("boden-kommun")))
        let day = { (text: String) in CalendarDate(text)! }
        let assignment = try await admin.assignments.create(
            AssignmentInput(
                title: "Samordning av industrialiseringen", principalId: try #require(Organisation.ID(env.id("regeringskansliet-kn"))),
                coordinatorId: boardId, decisionDate: day("2025-12-15"), caseNumber: "KN2023/00000",
                period: DatePeriod(start: day("2026-01-01"), end: day("2027-12-31"))))
        var parts: [AssignmentPart] = []
        for (position, code, summary, text) in [
            (1, "structures", "Samverkansstrukturer", "Etablera och stärka långsiktiga samverkansstrukturer."),
            (2, "knowledge", "Kunskapsspridning", "Sprida kunskap och erfarenheter."),
            (3, "international", "Internationellt utbyte", "Följa internationella erfarenheter."),
        ] {
            parts.append(
                try await admin.assignmentParts.create(
                    AssignmentPartInput(assignmentId: assignment.id, code: code, summarySv: summary, textSv: text, position: position)))
        }
        let housing = try await board.initiatives.create(
            InitiativeInput(
                title: "Bostäder i Boden", assignmentPartIds: [parts[0].id], leadId: boardId, status: .ongoing,
                outcomeSummary: "120 bostäder projekterade."))
        let homes = try await board.indicators.create(
            IndicatorInput(
                initiativeId: housing.id, name: "Projekterade bostäder", unit: "st", direction: .higherIsBetter,
                baseline: .init(value: 0, date: day("2026-01-01")), target: .init(value: 200, date: day("2027-12-31"))))
        _ = try await board.indicatorMeasurements.create(
            IndicatorMeasurementInput(
                indicatorId: homes.id, value: 120, measuredOn: day("2026-06-30"), reportedById: boardId, source: "Kommunen"))
        let network = try await board.initiatives.create(
            InitiativeInput(title: "Kompetensnätverk", assignmentPartIds: [parts[1].id], leadId: boardId, status: .ongoing))

        let learningNetwork = try await board.forums.create(
            ForumInput(
                name: "Lärande nätverk Norrbotten", kind: .learningNetwork, convenorId: boardId, assignmentPartIds: [parts[1].id],
                status: .active, startDate: day("2026-02-01")))
        for organisation in [boardId, boden] {
            _ = try await board.forumMemberships.create(
                ForumMembershipInput(forumId: learningNetwork.id, organisationId: organisation, role: .member, from: day("2026-02-01")))
        }
        let olderForum = try await board.forums.create(
            ForumInput(name: "Regionalt forum", kind: .regionalForum, convenorId: boardId, status: .active, startDate: day("2024-01-01")))
        _ = try await board.meetings.create(
            MeetingInput(
                title: "Nätverksträff", date: day("2026-04-15"), format: .workshop, forumId: learningNetwork.id, organiserId: boardId,
                participants: [.init(organisationId: boden)]))
        _ = try await board.meetings.create(
            MeetingInput(
                title: "Forummöte", date: day("2026-03-10"), format: .workshop, forumId: olderForum.id, organiserId: boardId,
                participants: [.init(organisationId: boardId)]))

        func budget(
            _ year: Int, _ category: CostCategory, _ amount: Int64, source: FundingSource = .assignmentFunds,
            initiative: Initiative.ID? = nil
        )
            async throws -> Budget
        {
            try await board.budgets.create(
                BudgetInput(
                    assignmentId: assignment.id, initiativeId: initiative, fiscalYear: year, costCategory: category, fundingSource: source,
                    appropriation: initiative == nil ? "UO19 1:1 ap.5" : nil, amount: amount))
        }
        _ = try await budget(2026, .staff, 100_000_000)
        var consultants = try await budget(2026, .consultants, 30_000_000)
        consultants = try await board.budgets.update(consultants) {
            $0.amount = 35_000_000
            $0.revisionReason = "Omfördelning efter beslut 2026-03-01"
        }
        _ = try await budget(2027, .staff, 120_000_000)
        _ = try await budget(2026, .grantsPaidOut, 50_000_000, source: .jtf, initiative: housing.id)

        func book(
            _ amount: Int64, _ kind: LedgerTransaction.Kind, _ category: CostCategory, _ voucher: String, on date: String,
            source: FundingSource = .assignmentFunds, initiative: Initiative.ID? = nil, reverses: LedgerTransaction.ID? = nil
        ) async throws -> LedgerTransaction {
            try await board.transactions.create(
                LedgerTransactionInput(
                    assignmentId: assignment.id, date: day(date), amount: amount, kind: kind, costCategory: category, fundingSource: source,
                    appropriation: initiative == nil ? "UO19 1:1 ap.5" : nil, initiativeId: initiative, description: "Bokning \(voucher)",
                    voucherReference: voucher, reversesId: reverses))
        }
        _ = try await book(12_345_678, .expenditure, .staff, "A 1", on: "2026-02-28")
        _ = try await book(4_500_050, .expenditure, .consultants, "A 2", on: "2026-03-31")
        _ = try await book(10_000_000, .commitment, .consultants, "A 3", on: "2026-03-01")
        _ = try await book(20_000_000, .expenditure, .grantsPaidOut, "A 4", on: "2026-05-15", source: .jtf, initiative: housing.id)
        let wrong = try await book(999_999, .expenditure, .staff, "A 5", on: "2026-06-01")
        let reversal = try await book(-999_999, .expenditure, .staff, "A 6", on: "2026-06-02", reverses: wrong.id)

        _ = try await board.reportNarratives.create(
            ReportNarrativeInput(
                assignmentId: assignment.id, from: day("2026-01-01"), to: day("2026-06-30"), textSv: "Uppdraget har kommit väl i gång.",
                textEn: "The assignment is well under way."))
        // Knowledge: one published item spread once (to Stockholm and Norrbotten), one draft that is never reported.
        let lesson = try await board.knowledgeItems.create(
            KnowledgeItemInput(
                title: "Tidig dialog om bostäder", summary: "Kommun och företag planerade tillsammans.", body: "Så gjorde vi.",
                kind: .lessonLearned, transferable: true, authorId: boardId, status: .published))
        _ = try await board.knowledgeItems.create(
            KnowledgeItemInput(title: "Utkast om elnät", summary: "Inte klart.", kind: .method, authorId: boardId))
        _ = try await board.disseminations.create(
            DisseminationInput(
                knowledgeItemIds: [lesson.id], title: "Seminarium i Stockholm", channel: .seminar, date: day("2026-05-20"),
                organiserId: boardId, audiences: [.municipalitiesNationwide], counties: [CountyCode(rawValue: "25")!],
                municipalityCodes: [MunicipalityCode(rawValue: "0180")!], participants: 60))
        return FinalReportFixture(
            assignment: assignment, parts: parts, housing: housing, network: network, learningNetwork: learningNetwork,
            olderForum: olderForum, wrong: wrong, reversal: reversal, consultants: consultants)
    }
}
