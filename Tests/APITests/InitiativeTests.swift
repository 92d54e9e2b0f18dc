import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Initiatives: lifecycle, hierarchy, recommendations, progress and related initiatives")
struct InitiativeTests {
    @Test("an illegal status change is 409 naming the allowed ones; a parent cannot be its own descendant; national lists no places")
    func rules() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let parent = try await board.initiatives.create(InitiativeInput(title: "Program", leadId: boardId))
            let child = try await board.initiatives.create(InitiativeInput(title: "Delprojekt", leadId: boardId, parentId: parent.id))
            let illegal = await problem { _ = try await board.initiatives.update(parent) { $0.status = .completed } }
            #expect(illegal?.status == 409 && illegal?.detail?.contains("allowed: planned, cancelled") == true)
            let cycle = await problem { _ = try await board.initiatives.update(parent) { $0.parentId = child.id } }
            #expect(cycle?.errors?.map(\.code) == ["cycle"])
            let national = await problem {
                _ = try await board.initiatives.create(
                    InitiativeInput(title: "Nationell", leadId: boardId, national: true, counties: [.norrbotten]))
            }
            #expect(national?.errors?.map(\.code) == ["nationalWithPlaces"])
            #expect(try await board.initiatives.all(InitiativeFilter(parentIds: [parent.id])).collect().map(\.id) == [child.id])
            let other = await problem {
                _ = try await board.initiatives.create(
                    InitiativeInput(title: "Annans", leadId: try #require(Organisation.ID(env.id("region-vasterbotten")))))
            }
            #expect(other?.status == 403)
        }
    }

    @Test("recommendations no initiative answers are one request; an action records the initiative that came of it")
    func recommendations() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let report = try await admin.sourceDocuments.create(
                SourceDocumentInput(
                    title: "Samordnarens slutrapport", issuerId: try #require(Organisation.ID(env.id("regeringskansliet"))),
                    issuedOn: CalendarDate("2023-06-30")!, caseNumber: "N2020/03132"))
            let first = try await admin.recommendations.create(
                RecommendationInput(sourceDocumentId: report.id, number: "1", text: "Bostäder"))
            let second = try await admin.recommendations.create(
                RecommendationInput(sourceDocumentId: report.id, number: "2", text: "Kompetens"))
            #expect(
                Set(try await board.recommendations.all(RecommendationFilter(answered: false)).collect().map(\.id)) == [
                    first.id, second.id,
                ])
            let initiative = try await board.initiatives.create(
                InitiativeInput(title: "Bostadsinsats", leadId: boardId, recommendationIds: [first.id]))
            #expect(try await board.recommendations.all(RecommendationFilter(answered: false)).collect().map(\.id) == [second.id])
            #expect(try await board.recommendations.all(RecommendationFilter(answered: true)).collect().map(\.id) == [first.id])
            let denied = await problem {
                _ = try await board.recommendations.create(RecommendationInput(sourceDocumentId: report.id, text: "Nej"))
            }
            #expect(denied?.status == 403)

            let meeting = try await board.meetings.create(
                MeetingInput(title: "Möte", date: CalendarDate("2026-01-10")!, format: .workshop, organiserId: boardId))
            let action = try await board.followUpActions.create(
                FollowUpActionInput(
                    meetingId: meeting.id, description: "Starta en bostadsinsats", ownerId: boardId, dueDate: CalendarDate("2026-03-01")!,
                    initiativeId: initiative.id))
            #expect(try await board.followUpActions.get(action.id).initiativeId == initiative.id)
            // Deleting the initiative releases what refers to it: the action's link and the answered recommendation.
            try await board.initiatives.delete(initiative.id)
            #expect(try await board.followUpActions.get(action.id).initiativeId == nil)
            #expect(try await board.recommendations.all(RecommendationFilter(answered: false)).collect().count == 2)
        }
    }

    @Test("a parent's progress is the mean of its indicators and children, computed by hand")
    func progress() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let day = { (text: String) in CalendarDate(text)! }
            let parent = try await board.initiatives.create(InitiativeInput(title: "Program", leadId: boardId))
            let homes = try await board.initiatives.create(InitiativeInput(title: "Bostäder", leadId: boardId, parentId: parent.id))
            let waits = try await board.initiatives.create(InitiativeInput(title: "Väntetider", leadId: boardId, parentId: parent.id))
            _ = try await board.initiatives.create(InitiativeInput(title: "Omätt", leadId: boardId, parentId: parent.id))

            func indicator(_ initiative: Initiative, _ direction: Indicator.Direction, _ from: Decimal, _ to: Decimal) async throws
                -> Indicator
            {
                try await board.indicators.create(
                    IndicatorInput(
                        initiativeId: initiative.id, name: "Mått", unit: "st", direction: direction,
                        baseline: .init(value: from, date: day("2024-01-01")), target: .init(value: to, date: day("2030-12-31"))))
            }
            func measure(_ indicator: Indicator, _ value: Decimal, _ on: String) async throws {
                _ = try await board.indicatorMeasurements.create(
                    IndicatorMeasurementInput(
                        indicatorId: indicator.id, value: value, measuredOn: day(on), reportedById: boardId, source: "Test"))
            }
            // Homes: 0 → 3,200; latest 800 (the older 400 does not count): 0.25.
            let built = try await indicator(homes, .higherIsBetter, 0, 3200)
            try await measure(built, 800, "2025-12-31")
            try await measure(built, 400, "2025-06-30")
            // Waiting times: 300 → 100 days, lower is better; measured 150: (150 − 300) ÷ (100 − 300) = 0.75.
            let wait = try await indicator(waits, .lowerIsBetter, 300, 100)
            try await measure(wait, 150, "2026-06-30")
            // The parent's own indicator overshoots its target: bounded to 1.
            let own = try await indicator(parent, .higherIsBetter, 10, 20)
            try await measure(own, 25, "2026-06-30")
            let refused = await problem { _ = try await indicator(parent, .lowerIsBetter, 10, 20) }
            #expect(refused?.errors?.map(\.code) == ["notBetter"])

            let progress = try await board.initiativeProgress(parent.id)
            // (1 + 0.25 + 0.75) ÷ 3 = 0.6667; the unmeasured child does not count.
            #expect(progress.progress == Decimal("0.6667"))
            #expect(progress.indicators.map(\.progress) == [1])
            #expect(Set(progress.children.compactMap(\.progress)) == [Decimal("0.25"), Decimal("0.75")])
            #expect(progress.children.count == 3)
            #expect(try await board.initiativeProgress(homes.id).progress == Decimal("0.25"))
        }
    }

    @Test("related initiatives of other organisations are ranked by the documented score, checked by hand")
    func related() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let region = SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let regionId = try #require(Organisation.ID(env.id("region-vasterbotten")))
            let housing = try await board.challengeAreas.get(key: "housing-and-population").id
            let skills = try await board.challengeAreas.get(key: "education-and-skills").id
            let code = { (text: String) in MunicipalityCode(rawValue: text)! }
            let day = { (text: String) in CalendarDate(text)! }
            let mine = try await board.initiatives.create(
                InitiativeInput(
                    title: "Bostäder Boden–Luleå", challengeAreaIds: [housing, skills], leadId: boardId, startDate: day("2026-01-01"),
                    endDate: day("2026-12-31"), municipalityCodes: [code("2582"), code("2580")]))
            // Areas 1 of 2 = 0.5; places 1 of 2 = 0.5; time: Jul–Dec 2026 (184 days) ÷ the shorter (365) = 0.504 → 1.504.
            let close = try await region.initiatives.create(
                InitiativeInput(
                    title: "Bostadsbyggande", challengeAreaIds: [housing], leadId: regionId, startDate: day("2026-07-01"),
                    endDate: day("2027-06-30"), municipalityCodes: [code("2582")]))
            // Areas 1 of 2 = 0.5; places 2 of 14 (Norrbotten's 14) = 0.143; open-ended time = 1 → 1.643.
            let wide = try await region.initiatives.create(
                InitiativeInput(title: "Länsbred kompetens", challengeAreaIds: [skills], leadId: regionId, counties: [.norrbotten]))
            // No shared area, in time: not a candidate; nor my own organisation's, nor an ended one.
            _ = try await region.initiatives.create(
                InitiativeInput(title: "Annat område", challengeAreaIds: [], leadId: regionId, municipalityCodes: [code("2582")]))
            _ = try await board.initiatives.create(
                InitiativeInput(title: "Egen", challengeAreaIds: [housing], leadId: boardId, municipalityCodes: [code("2582")]))
            _ = try await region.initiatives.create(
                InitiativeInput(
                    title: "Förr", challengeAreaIds: [housing], leadId: regionId, startDate: day("2020-01-01"), endDate: day("2020-12-31"),
                    municipalityCodes: [code("2582")]))

            let related = try await board.relatedInitiatives(mine.id)
            #expect(related.candidates.map(\.initiative.id) == [wide.id, close.id])
            #expect(related.candidates.map(\.score) == [Decimal("1.643"), Decimal("1.504")])
            #expect(related.candidates.map(\.overlapDays) == [365, 184])
            #expect(related.candidates.first?.sharedMunicipalityCodes == [code("2580"), code("2582")])
        }
    }
}
