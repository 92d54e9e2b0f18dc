import Foundation
import HummingbirdTesting
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Cursor paging")
struct CursorPagingTests {
    /// Follows `nextCursor` from the first page to the last, returning every item in order.
    func walk<Item: Codable & Sendable>(
        _ client: any TestClientProtocol, _ path: String, token: String, as type: Item.Type,
        between: @Sendable (Int) async throws -> Void = { _ in }
    ) async throws -> [Item] {
        var items: [Item] = []
        var cursor: String?
        var pages = 0
        repeat {
            let separator = path.contains("?") ? "&" : "?"
            let uri = path + (cursor.map { "\(separator)cursor=\($0)" } ?? "")
            let response = try await client.send(.get, uri, token: token)
            #expect(response.status == .ok, "\(uri): \(response.text)")
            let page = try response.decoded(Page<Item>.self)
            #expect(page.offset == items.count)
            items += page.items
            cursor = page.nextCursor
            if let cursor { #expect(response.headers[.link]?.contains("cursor=\(cursor)>; rel=\"next\"") == true) }
            pages += 1
            try await between(pages)
        } while cursor != nil && pages < 1000
        return items
    }

    @Test(
        "walking by cursor gives exactly the one-page answer, in every order",
        arguments: ["code", "-code", "name", "-name", "updatedAt", "-updatedAt"])
    func walkEqualsOnePage(sort: String) async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let whole = try await client.send(.get, "/v1/municipalities?sort=\(sort)&limit=500", token: env.tokens.reader)
            let expected = try whole.decoded(Page<Municipality>.self)
            #expect(expected.items.count == 290)
            #expect(expected.nextCursor == nil)
            let walked = try await walk(client, "/v1/municipalities?sort=\(sort)&limit=37", token: env.tokens.reader, as: Municipality.self)
            #expect(walked.map(\.code) == expected.items.map(\.code))
        }
    }

    @Test("inserts before the position neither repeat nor skip the items that follow it")
    func stableUnderInserts() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let before = try await client.send(.get, "/v1/organisations?kind=municipality&limit=100", token: env.tokens.reader)
            let expected = try before.decoded(Page<Organisation>.self).items.map(\.id)
            let path = "/v1/organisations?kind=municipality&limit=4"
            let walked = try await walk(client, path, token: env.tokens.reader, as: Organisation.self) { page in
                // "Aaa…" sorts before every municipality: with offsets each insert would shift the next page.
                let created = try await client.send(
                    .post, "/v1/organisations", token: env.tokens.admin,
                    json: #"{"name":"Aaa kommun \#(page)","kind":"municipality","municipalityCode":"2580"}"#)
                #expect(created.status == .created)
            }
            #expect(walked.map(\.id) == expected)
        }
    }

    @Test("a nullable sort column pages through its NULLs in both directions", arguments: ["retainUntil", "-retainUntil"])
    func nullableSort(sort: String) async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let organisation = env.id("lansstyrelsen-norrbotten")
            for (index, retain) in ["2031-01-01", nil, "2030-06-30", nil, "2031-01-01", nil, "2029-12-31"].enumerated() {
                let retainField = retain.map { #","retainUntil":"\#($0)""# } ?? ""
                let created = try await client.send(
                    .post, "/v1/contacts", token: env.tokens.admin,
                    json: #"{"organisationId":"\#(organisation)","name":"Person \#(index)","role":"Handläggare"\#(retainField)}"#)
                #expect(created.status == .created, "\(created.text)")
            }
            let whole = try await client.send(.get, "/v1/contacts?sort=\(sort)&limit=100", token: env.tokens.admin)
            let expected = try whole.decoded(Page<Contact>.self).items.map(\.id)
            #expect(expected.count == 7)
            let walked = try await walk(client, "/v1/contacts?sort=\(sort)&limit=2", token: env.tokens.admin, as: Contact.self)
            #expect(walked.map(\.id) == expected)
        }
    }

    @Test("a cursor that was altered, given with offset, or used in another order is a 400 naming the parameter")
    func misuse() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let first = try await client.send(.get, "/v1/organisations?sort=name&limit=2", token: env.tokens.reader)
            let cursor = try #require(try first.decoded(Page<Organisation>.self).nextCursor)
            let cases: [(query: String, field: String)] = [
                ("sort=name&cursor=\(cursor)x", "cursor"),
                ("sort=name&cursor=not-a-cursor", "cursor"),
                ("sort=name&cursor=%2B%2F%3D", "cursor"),
                ("sort=name&offset=2&cursor=\(cursor)", "offset"),
                ("sort=-name&cursor=\(cursor)", "cursor"),
                ("cursor=\(PageCursor(order: "name", after: [.integer(1), .integer(2)], position: 2).token)", "cursor"),
            ]
            for (query, field) in cases {
                let response = try await client.send(.get, "/v1/organisations?\(query)", token: env.tokens.reader)
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.problem?.errors?.first?.field == field, "\(query)")
            }
            let continued = try await client.send(.get, "/v1/organisations?sort=name&limit=2&cursor=\(cursor)", token: env.tokens.reader)
            #expect(continued.status == .ok)
            #expect(try continued.decoded(Page<Organisation>.self).offset == 2)
        }
    }

    @Test("offset pages still answer prev; the last page has no next and no nextCursor")
    func offsetPages() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let last = try await client.send(
                .get, "/v1/organisations?kind=municipality&county=25&limit=5&offset=10", token: env.tokens.reader)
            let page = try last.decoded(Page<Organisation>.self)
            #expect(page.items.count == 4)
            #expect(page.nextCursor == nil)
            #expect(last.headers[.link]?.contains("offset=5>; rel=\"prev\"") == true)
            #expect(last.headers[.link]?.contains("rel=\"next\"") == false)
        }
    }
}
