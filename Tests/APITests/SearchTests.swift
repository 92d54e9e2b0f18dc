import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Search: Swedish-aware full text, ranked, in step with writes, within what the caller may see")
struct SearchTests {
    @Test(
        "å ä ö are letters, case does not matter, prefixes match, titles outrank bodies, and a confidential meeting never shows to an outsider"
    )
    func search() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let outsider = SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let titles = { (client: SamordnaClient, q: String) in try await client.search(q).items.map(\.title) }

            for typed in ["övertorneå", "ÖVERTORNEÅ", "Överto"] {
                #expect(try await titles(board, typed).contains("Övertorneå kommun"), "\(typed)")
            }
            #expect(try await titles(board, "kommun, Övertorneå").first == "Övertorneå kommun", "every word must match; commas are text")
            #expect(try await !titles(board, "overtornea").contains("Övertorneå kommun"), "å, ä and ö are letters of their own")

            let inBody = try await board.initiatives.create(
                InitiativeInput(title: "Energiinsats", description: "Förstudie om vätgaslager i hamnen.", leadId: boardId, status: .planned)
            )
            let inTitle = try await board.initiatives.create(
                InitiativeInput(title: "Vätgaslager i Luleå", leadId: boardId, status: .planned))
            let ranked = try await board.search("vätgaslager", types: ["initiative"])
            #expect(ranked.items.map(\.id) == [inTitle.idText, inBody.idText], "a title hit ranks above a body hit")
            #expect(ranked.items.last?.snippet.contains("<mark>vätgaslager</mark>") == true)
            let listed = try await board.initiatives.page(options: ListOptions(query: "vätgasla")).items.map(\.id)
            #expect(Set(listed) == [inTitle.id, inBody.id], "a list's q finds words of the body through the same index")
            #expect(try await board.initiatives.page(options: ListOptions(query: "vatgaslager")).items.isEmpty)

            let secret = try await board.meetings.create(
                MeetingInput(
                    title: "Vätgasmöte i förtroende", date: CalendarDate("2026-05-04")!, format: .bilateralDialogue, organiserId: boardId,
                    participants: [.init(organisationId: boardId)], confidential: true, confidentialityReason: "OSL 31 kap. 16 §"))
            #expect(try await board.search("vätgasmöte").items.map(\.id) == [secret.idText])
            #expect(try await outsider.search("vätgasmöte").items.isEmpty, "not even a trace for a token that may not read it")

            // In step with writes: a new word is found at once, a deleted record is gone.
            _ = try await board.initiatives.update(inBody) { $0.title = "Energi och ammoniak" }
            #expect(try await board.search("ammoniak").items.map(\.id) == [inBody.idText])
            try await board.initiatives.delete(inTitle.id)
            #expect(try await board.search("vätgaslager").items.map(\.id) == [inBody.idText])
            #expect(try await board.search("  ,;  ").items.isEmpty, "no word, nothing found")
            let bad = await problem { _ = try await board.search("") }
            #expect(bad?.status == 400)
        }
    }
}
