import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Barriers: routed, acknowledged, resolved")
struct BarrierTests {
    @Test("a barrier is routed, acknowledged late (listed as overdue until then), and resolved; the times are derived from its history")
    func lifecycle() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let reporter = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let responsible = SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor)
            let reporterId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let responsibleId = try #require(Organisation.ID(env.id("region-vasterbotten")))
            let today = CalendarDate(Date())
            let routed = try #require(today.adding(days: -40))

            let reported = try await reporter.barriers.create(
                BarrierInput(
                    title: "Väntetid på nätanslutning", description: "Anslutningen väntar på nätkapacitet.", category: .gridConnection,
                    reportedById: reporterId, statusSince: routed.adding(days: -2)))
            #expect(reported.status == .reported && reported.acknowledgementDays == 14 && reported.routedOn == nil)
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let unrouted = await problem { _ = try await admin.barriers.update(reported) { $0.status = .acknowledged } }
            #expect(unrouted?.status == 409)

            let target = try #require(routed.adding(days: 30))
            var barrier = try await reporter.barriers.update(reported) {
                $0.responsibleId = responsibleId
                $0.routedOn = routed
                $0.targetDate = target
            }
            #expect(barrier.acknowledgementDueOn == routed.adding(days: 14))
            let overdue = try await reporter.barriers.all(BarrierFilter(acknowledgementOverdue: true)).collect()
            #expect(overdue.map(\.id) == [barrier.id])
            #expect(try await reporter.barriers.all(BarrierFilter(resolutionOverdue: true)).collect().map(\.id) == [barrier.id])

            // Only the responsible organisation handles it; the reporter cannot acknowledge for it.
            let notTheirs = await problem { _ = try await reporter.barriers.update(barrier) { $0.status = .acknowledged } }
            #expect(notTheirs?.status == 403)
            let acknowledgedOn = try #require(routed.adding(days: 21))
            barrier = try await responsible.barriers.update(barrier) {
                $0.status = .acknowledged
                $0.statusSince = acknowledgedOn
                $0.responsibleCaseNumber = "RV 2026/123"
            }
            #expect(barrier.acknowledgedOn == acknowledgedOn && barrier.daysToAcknowledgement == 21)
            #expect(try await reporter.barriers.all(BarrierFilter(acknowledgementOverdue: true)).collect().isEmpty)

            let noResolution = await problem { _ = try await responsible.barriers.update(barrier) { $0.status = .resolved } }
            #expect(noResolution?.errors?.map(\.code) == ["required"])
            let back = await problem { _ = try await responsible.barriers.update(barrier) { $0.status = .reported } }
            #expect(back?.status == 409)
            #expect(back?.detail?.contains("allowed: underReview, beingResolved, resolved, notResolvable") == true)
            let closedOn = try #require(routed.adding(days: 35))
            barrier = try await responsible.barriers.update(barrier) {
                $0.status = .resolved
                $0.statusSince = closedOn
                $0.resolution = "Anslutning beviljad i etapper."
            }
            #expect(barrier.closedOn == closedOn && barrier.daysToResolution == 35)
            #expect(barrier.statusHistory.map(\.status) == [.reported, .acknowledged, .resolved])
            #expect(barrier.statusHistory.map(\.since) == [routed.adding(days: -2)!, acknowledgedOn, closedOn])
            #expect(try await reporter.barriers.all(BarrierFilter(resolutionOverdue: true)).collect().isEmpty)
            #expect(barrier.acknowledgementLate(on: today))
        }
    }
}
