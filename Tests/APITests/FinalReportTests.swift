import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("The final report")
struct FinalReportTests {
    @Test(
        "measures per part with indicator results, structures, knowledge spread and an account whose totals match the hand-computed ones in every format"
    )
    func report() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let fixture = try await FinalReportFixture.build(env, baseURL)
            let reader = SamordnaClient(baseURL: baseURL, token: env.tokens.reader)
            let report = try await reader.finalReport(fixture.assignment.id)

            #expect(report.caseNumber == "KN2023/00000" && report.from == CalendarDate("2026-01-01"))
            #expect(report.parts.map(\.code) == ["structures", "knowledge", "international"])
            #expect(report.partsWithoutEvidence == ["international"], "a part with no evidence is called out")
            let housing = try #require(report.parts.first?.measures.first)
            #expect(housing.initiativeId == fixture.housing.id && housing.outcomeSummary == "120 bostäder projekterade.")
            #expect(housing.indicators.first?.latest == 120 && housing.indicators.first?.progress == Decimal(string: "0.6"))
            #expect(housing.progress == Decimal(string: "0.6"))
            #expect(report.parts[1].measures.map(\.initiativeId) == [fixture.network.id] && report.parts[1].forums == 1)

            #expect(report.collaboration.structures.map(\.forumId) == [fixture.learningNetwork.id, fixture.olderForum.id])
            #expect(report.collaboration.established == 1 && report.collaboration.strengthened == 1)
            #expect(report.collaboration.structures.first?.members == 2 && report.collaboration.structures.first?.meetingsHeld == 1)
            #expect(report.knowledgeSpread.learningNetworks.map(\.forumId) == [fixture.learningNetwork.id])
            #expect(report.knowledgeSpread.meetingsHeld == 2 && report.knowledgeSpread.organisationsReached == 2)
            #expect(report.knowledgeSpread.knowledgeItems.map(\.title) == ["Tidig dialog om bostäder"], "drafts are not reported")
            #expect(report.knowledgeSpread.knowledgeItems.first?.disseminations == 1)
            let reach = report.knowledgeSpread.reach
            #expect(reach.counties.filter(\.reached).map(\.countyCode.rawValue) == ["01", "25"] && reach.countiesNotReached.count == 19)

            // The account, to the öre, against the hand-computed totals.
            #expect(report.account.total.budget == FinalReportFixture.budget)
            #expect(report.account.total.outcome == FinalReportFixture.outcome)
            #expect(report.account.total.unused == FinalReportFixture.unused)
            #expect(report.account.total.commitments == FinalReportFixture.commitments)
            #expect(report.account.byFiscalYear.map(\.key) == ["2026", "2027"])
            #expect(
                report.account.byFiscalYear.last?.amounts.budget == 120_000_000 && report.account.byFiscalYear.last?.amounts.outcome == 0)
            #expect(report.account.byMonth.map(\.month) == ["2026-02", "2026-03", "2026-05", "2026-06"])
            #expect(report.account.byMonth.map(\.outcome) == [12_345_678, 4_500_050, 20_000_000, 0])
            #expect(report.account.reversals.map(\.id) == [fixture.reversal.id])

            // Markdown in Swedish and tkr (rounded once from the exact totals), in English and kr.
            let swedish = try await reader.finalReportText(fixture.assignment.id)
            #expect(swedish.hasPrefix("# Slutredovisning: Samordning av industrialiseringen\n"))
            #expect(swedish.contains("> Etablera och stärka långsiktiga samverkansstrukturer."))
            #expect(swedish.contains("*Inga insatser, forum eller möten styrker denna del av uppdraget.*"))
            #expect(swedish.contains("| Bostäder i Boden | Pågående | Länsstyrelsen i Norrbottens län | 60\u{00A0}% |"))
            #expect(swedish.contains("| **Summa** | **3\u{00A0}050** | **368** | **2\u{00A0}682** |"))
            #expect(swedish.contains("Budget: 3\u{00A0}050  \nUtfall: 368  \nKvar: 2\u{00A0}682"))
            #expect(swedish.contains("| Tidig dialog om bostäder | Lärdom | Ja | 1 |"))
            #expect(swedish.contains("Län som nåtts: Stockholms län, Norrbottens län."))
            #expect(swedish.contains("Län som ännu inte nåtts: Uppsala län, "))
            #expect(swedish.contains("Målgrupper som nåtts: Kommuner i hela landet."))
            let english = try await reader.finalReportText(fixture.assignment.id, language: .en, unit: .kr)
            #expect(english.contains("## Financial final account (SEK)"))
            #expect(english.contains("| **Total** | **3,050,000.00** | **368,457.28** | **2,681,542.72** |"))
            #expect(english.contains("The assignment is well under way."))

            // The printable page carries the same totals; the CSV its lines and total row.
            let html = try await reader.finalReportText(fixture.assignment.id, format: .html, unit: .kr)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
            #expect(html.contains("<td class=\"num\">3\u{00A0}050\u{00A0}000,00</td><td class=\"num\">368\u{00A0}457,28</td>"))
            #expect(html.contains("<svg role=\"img\" aria-labelledby=\"chart-1-title chart-1-desc\""))
            // Accessible structure: one h1, no skipped heading level, every chart titled and described, every table
            // with header cells that say their scope.
            let count = { (needle: String) in html.components(separatedBy: needle).count - 1 }
            #expect(count("<h1>") == 1 && count("<h4") == 0 && count("<h2>") >= 4)
            #expect(count("<svg ") == 3 && count("<svg role=\"img\"") == 3 && count("<title id=") == 3 && count("<desc id=") == 3)
            #expect(count("<table>") == count("<thead>") && count("<th scope=\"col\"") > count("<table>"))
            #expect(!html.contains("<img") && !html.contains("<script"))
            let csv = try await reader.finalReportText(fixture.assignment.id, format: .csv)
            #expect(csv.contains("Summa;;;;;3050000,00;368457,28;100000,00;0,00;2681542,72\r\n"))
        }
        try await env.withRouter { client async throws in
            let missing = try await client.send(.get, "/v1/reports/final", token: env.tokens.reader)
            #expect(missing.status == .badRequest)
            let unknown = try await client.send(.get, "/v1/reports/final?assignmentId=\(UUID().uuidString)", token: env.tokens.reader)
            #expect(unknown.status == .notFound)
            let noCSV = try await client.send(
                .get, "/v1/reports/progress?assignmentId=\(UUID().uuidString)&from=2026-01-01&to=2026-02-01&format=csv",
                token: env.tokens.reader)
            #expect(noCSV.status == .badRequest)
        }
    }
}
