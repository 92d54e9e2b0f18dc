import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Knowledge items and their dissemination throughout the country")
struct KnowledgeTests {
    static func lesson(by author: Organisation.ID, status: KnowledgeItem.Status? = nil) -> KnowledgeItemInput {
        KnowledgeItemInput(
            title: "Tidig dialog om elnätsanslutning", summary: "Vad en tidig samrådsgrupp med nätägaren gav i Boden.",
            body: "## Lärdom\n\nBörja **tidigt**. Se [Energimarknadsinspektionen](https://ei.se).\n\n- samråd\n- tidplan",
            kind: .lessonLearned, sectors: [.steel, .hydrogen], phases: [.planning, .permitting], transferable: true,
            urls: ["https://ei.se/a,b"], authorId: author, status: status)
    }

    @Test("a draft is seen only by its author's organisation and admins; publishing dates it; withdrawing hides it again")
    func visibility() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let region = SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor)
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))

            let draft = try await board.knowledgeItems.create(Self.lesson(by: boardId))
            #expect(draft.status == .draft && draft.publishedAt == nil && draft.transferable)
            #expect(draft.sectors == [.steel, .hydrogen] && draft.urls == ["https://ei.se/a,b"])
            #expect(draft.bodyHtml?.contains("<h2>Lärdom</h2>") == true)
            #expect(draft.bodyHtml?.contains("<strong>tidigt</strong>") == true)
            #expect(draft.bodyHtml?.contains("<a href=\"https://ei.se\">Energimarknadsinspektionen</a>") == true)
            #expect(draft.bodyHtml?.contains("<ul><li>samråd</li><li>tidplan</li></ul>") == true)
            #expect(await problem { _ = try await region.knowledgeItems.get(draft.id) }?.status == 404)
            #expect(try await region.knowledgeItems.page().items.isEmpty)
            #expect(try await region.search("elnätsanslutning").items.isEmpty, "a draft never shows in an outsider's search")
            #expect(try await admin.knowledgeItems.get(draft.id).id == draft.id)
            #expect(await problem { _ = try await region.knowledgeItems.update(draft) { $0.title = "Kapad" } }?.status == 404)

            let published = try await board.knowledgeItems.update(draft) { $0.status = .published }
            let publishedAt = try #require(published.publishedAt)
            #expect(try await region.knowledgeItems.get(draft.id).status == .published)
            #expect(try await region.search("elnätsanslutning").items.map(\.id) == [draft.idText])
            #expect(try await region.knowledgeItems.page(KnowledgeItemFilter(sectors: [.hydrogen], transferable: true)).items.count == 1)
            #expect(try await region.knowledgeItems.page(KnowledgeItemFilter(sectors: [.mining])).items.isEmpty)
            #expect(await problem { _ = try await region.knowledgeItems.update(published) { $0.title = "Ändrad" } }?.status == 403)

            let secret = try await board.meetings.create(
                MeetingInput(
                    title: "Förtroligt", date: CalendarDate("2026-05-04")!, format: .bilateralDialogue, organiserId: boardId,
                    participants: [.init(organisationId: boardId)], confidential: true, confidentialityReason: "OSL 31 kap. 16 §"))
            let citing = await problem { _ = try await board.knowledgeItems.update(published) { $0.meetingIds = [secret.id] } }
            #expect(citing?.errors?.map(\.code) == ["confidentialSource"], "what everyone reads cites no confidential meeting")
            let withdrawn = try await board.knowledgeItems.update(published) { $0.status = .withdrawn }
            #expect(withdrawn.publishedAt == publishedAt, "the first publication keeps its date")
            #expect(await problem { _ = try await region.knowledgeItems.get(draft.id) }?.status == 404)
        }
    }

    @Test("the body is served as HTML with nothing of its own: tags, scripts and unsafe links come out as text")
    func sanitisedBody() {
        let html = MarkdownHTML.render(
            "<script>alert(1)</script>\n\n[klicka](javascript:alert(1)) *kursiv* `<b>` [bra](https://x.se \"t\")\n\n> citat & <i>")
        #expect(!html.contains("<script") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("javascript:") && html.contains("klicka"))
        #expect(html.contains("<em>kursiv</em>") && html.contains("<code>&lt;b&gt;</code>"))
        #expect(!html.contains("href=\"https://x.se \""), "a link with a title or a space is not kept as a link")
        #expect(html.contains("<blockquote><p>citat &amp; &lt;i&gt;</p></blockquote>"))
        #expect(
            MarkdownHTML.render("1. ett\n2. två\n\n```\n<x>\n```") == "<ol><li>ett</li><li>två</li></ol>\n<pre><code>&lt;x&gt;</code></pre>"
        )
    }

    @Test(
        "a dissemination spreads published items; a municipality outside the two counties becomes an organisation once; the reach shows counties never reached"
    )
    func disseminationAndReach() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let region = SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let regionId = try #require(Organisation.ID(env.id("region-vasterbotten")))
            let draft = try await board.knowledgeItems.create(Self.lesson(by: boardId))
            let seminar = DisseminationInput(
                knowledgeItemIds: [draft.id], title: "Seminarium om elnät", channel: .seminar, date: CalendarDate("2026-10-01")!,
                organiserId: boardId, audiences: [.municipalitiesNationwide, .stateAgencies], organisationIds: [regionId],
                municipalityCodes: [MunicipalityCode(rawValue: "0180")!, MunicipalityCode(rawValue: "2580")!], participants: 85,
                feedback: "Efterfrågat i fler län.")
            let refused = await problem { _ = try await board.disseminations.create(seminar) }
            #expect(refused?.errors?.map(\.code) == ["notPublished"])

            let item = try await board.knowledgeItems.update(draft) { $0.status = .published }
            let made = try await board.disseminations.create(seminar)
            let stockholm = try await board.organisations.page(OrganisationFilter(municipalityCodes: [MunicipalityCode(rawValue: "0180")!]))
                .items
            #expect(stockholm.map(\.name) == ["Stockholms kommun"], "the official name from the reference data")
            #expect(stockholm.first?.kind == .municipality && stockholm.first?.countyCode?.rawValue == "01")
            let lulea = try await board.organisations.get(key: "lulea-kommun")
            #expect(made.organisationIds == [regionId, stockholm[0].id, lulea.id], "each municipality named is an organisation reached")
            let again = try await board.disseminations.create(
                DisseminationInput(
                    knowledgeItemIds: [item.id], title: "Webbartikel", channel: .webArticle, date: CalendarDate("2026-10-02")!,
                    organiserId: boardId, municipalityCodes: [MunicipalityCode(rawValue: "0180")!]))
            #expect(again.organisationIds == [stockholm[0].id], "made once, then reused")
            #expect(await problem { _ = try await region.disseminations.update(made) { $0.title = "x" } }?.status == 403)
            let future = await problem {
                _ = try await board.disseminations.create(
                    DisseminationInput(
                        knowledgeItemIds: [item.id], title: "Senare", channel: .report, date: CalendarDate("2099-01-01")!,
                        organiserId: boardId))
            }
            #expect(future?.errors?.map(\.code) == ["inFuture"])

            let reach = try await region.knowledgeReach(of: item.id)
            #expect(reach.disseminations == 2 && reach.participants == 85 && reach.organisationsReached == 3)
            let reached = Set(reach.counties.filter(\.reached).map(\.countyCode.rawValue))
            #expect(reached == ["01", "24", "25"], "Stockholm and Norrbotten by municipality, Västerbotten by the region reached")
            #expect(
                reach.counties.count == 21 && reach.countiesNotReached.count == 18
                    && reach.countiesNotReached.contains { $0.rawValue == "03" })
            #expect(reach.counties.first { $0.countyCode.rawValue == "25" }?.municipalitiesReached == 1)
            #expect(reach.counties.first { $0.countyCode.rawValue == "25" }?.municipalities == 14)
            #expect(
                Set(reach.audiencesNotReached)
                    == Set(Dissemination.Audience.allCases).subtracting([.municipalitiesNationwide, .stateAgencies]))
            let total = try await region.knowledgeReach(from: CalendarDate("2026-10-02"))
            #expect(total.knowledgeItemId == nil && total.disseminations == 1)
            let csv = try await region.knowledgeReachCSV(of: item.id)
            #expect(csv.hasPrefix("\u{FEFF}dimension;code;name;reached;disseminations;municipalitiesReached;municipalities\r\n"))
            #expect(csv.contains("\r\ncounty;03;Uppsala län;false;0;0;8\r\n"))
            #expect(csv.contains("\r\naudience;academia;Akademin;false;0;;\r\n"))
            #expect(
                await problem { try await board.knowledgeItems.delete(item.id) }?.status == 409, "spread items are withdrawn, not deleted")
        }
    }
}
