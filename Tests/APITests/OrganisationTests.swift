import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Organisations")
struct OrganisationTests {
    @Test("create returns 201 with Location, ETag and the canonical organisation number")
    func create() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let response = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin,
                json: """
                    {"name":"Stegra AB","kind":"company","organisationNumber":"165591234561","municipalityCode":"2582","website":"https://stegra.com"}
                    """)
            #expect(response.status == .created)
            let organisation = try response.decoded(Organisation.self)
            #expect(response.headers[.location] == "/v1/organisations/\(organisation.id)")
            #expect(response.headers[.eTag] == "\"1\"")
            #expect(organisation.organisationNumber == "559123-4561")
            #expect(organisation.countyCode == .norrbotten)
            #expect(organisation.version == 1)
        }
    }

    @Test("every validation rule is reported, all at once, with field names")
    func validation() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let response = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin,
                json: """
                    {"name":" ","kind":"company","key":"Not OK","organisationNumber":"559123-4562","countyCode":"25",
                     "municipalityCode":"2482","website":"javascript:alert(1)","colour":"blue"}
                    """)
            #expect(response.status == .unprocessableContent)
            #expect(response.problem?.type.hasSuffix("/validation-failed") == true)
            #expect(
                response.issueCodes == [
                    "colour": "unknownField", "name": "required", "key": "invalidKey", "organisationNumber": "invalidCheckDigit",
                    "municipalityCode": "countyMismatch", "website": "invalidUrl",
                ])
        }
    }

    @Test(
        "missing fields, wrong types and unknown enum values are 422 naming the field",
        arguments: [
            (#"{"kind":"company"}"#, "name", "required"),
            (#"{"name":"X","kind":"bank"}"#, "kind", "invalidValue"),
            (#"{"name":42,"kind":"company"}"#, "name", "wrongType"),
            (#"{"name":"X","kind":"company","countyCode":"1"}"#, "countyCode", "invalidValue"),
            (#"{"name":"X","kind":"company","countyCode":"99"}"#, "countyCode", "unknownCounty"),
            (#"{"name":"X","kind":"company","parentId":"not-a-uuid"}"#, "parentId", "invalidValue"),
            (#"{"name":"X","kind":"company","parentId":"6f0d8a4e-58a5-4b1f-9d5e-1f6a0b7c2d3e"}"#, "parentId", "unknownOrganisation"),
            (#"{"name":"X","kind":"company","organisationNumber":"800101-1234"}"#, "organisationNumber", "personalIdentityNumber"),
            (#"{"name":"X","kind":"municipality"}"#, "municipalityCode", "required"),
            (#"{"name":"X","kind":"company","municipalityCode":"2599"}"#, "municipalityCode", "unknownMunicipality"),
        ])
    func fieldErrors(body: String, field: String, code: String) async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let response = try await client.send(.post, "/v1/organisations", token: env.tokens.admin, json: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.issueCodes[field] == code, "\(response.text)")
        }
    }

    @Test("duplicate keys and organisation numbers are conflicts")
    func duplicates() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let key = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: #"{"name":"X","kind":"company","key":"tillvaxtverket"}"#)
            #expect(key.status == .conflict)
            let first = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin,
                json: #"{"name":"A","kind":"company","organisationNumber":"5560123456"}"#)
            #expect(first.status == .created)
            let second = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin,
                json: #"{"name":"B","kind":"company","organisationNumber":"556012-3456"}"#)
            #expect(second.status == .conflict)
        }
    }

    @Test("Swedish and Sámi names round-trip unchanged and sort with Å Ä Ö after Z")
    func swedishText() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let name = "Jåhkåmåhke suohkan – Övertorneå ”citat” 🦌"
            let created = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: #"{"name":"\#(name)","kind":"samiBody"}"#)
            #expect(try created.decoded(Organisation.self).name == name)
            let page = try await client.send(.get, "/v1/organisations?kind=municipality&county=24&limit=100", token: env.tokens.reader)
            let names = try page.decoded(Page<Organisation>.self).items.map(\.name)
            #expect(names.suffix(2) == ["Vännäs kommun", "Åsele kommun"])
            #expect(names.last == "Åsele kommun")
            #expect(names.first == "Bjurholms kommun")
            let search = try await client.send(.get, "/v1/organisations?q=%C3%96VERTORNE", token: env.tokens.reader)
            #expect(try search.decoded(Page<Organisation>.self).items.map(\.name).contains("Övertorneå kommun"))
        }
    }

    @Test("lists page with total, Link headers, filters and sorting")
    func listing() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let first = try await client.send(.get, "/v1/organisations?kind=municipality&county=25&limit=5", token: env.tokens.reader)
            let page = try first.decoded(Page<Organisation>.self)
            #expect(page.total == 14)
            #expect(page.items.count == 5)
            #expect(page.items.allSatisfy { $0.countyCode == .norrbotten && $0.kind == .municipality })
            #expect(first.headers[.link]?.contains("cursor=\(page.nextCursor ?? "-")>; rel=\"next\"") == true)
            let last = try await client.send(
                .get, "/v1/organisations?kind=municipality&county=25&limit=5&offset=10", token: env.tokens.reader)
            #expect(try last.decoded(Page<Organisation>.self).items.count == 4)
            #expect(last.headers[.link]?.contains("rel=\"prev\"") == true)
            #expect(last.headers[.link]?.contains("rel=\"next\"") == false)
            let both = try await client.send(.get, "/v1/organisations?kind=region,countyAdministrativeBoard", token: env.tokens.reader)
            #expect(try both.decoded(Page<Organisation>.self).total == 4)
            let descending = try await client.send(.get, "/v1/organisations?sort=-name&limit=1", token: env.tokens.reader)
            #expect(try descending.decoded(Page<Organisation>.self).items.first?.name == "Övertorneå kommun")
            let code = try await client.send(.get, "/v1/organisations?municipalityCode=2482", token: env.tokens.reader)
            #expect(try code.decoded(Page<Organisation>.self).items.map(\.name) == ["Skellefteå kommun"])
        }
    }

    @Test(
        "bad list parameters are 400 naming the parameter",
        arguments: [
            "limit=0", "limit=501", "limit=ten", "offset=-1", "sort=colour", "kind=bank", "county=1", "updatedSince=yesterday",
            "parentId=1%27%20OR%201%3D1", "colour=blue", "format=xml", "municipalityCode=..%2F..%2Fetc",
        ])
    func badParameters(query: String) async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let response = try await client.send(.get, "/v1/organisations?\(query)", token: env.tokens.reader)
            #expect(response.status == .badRequest)
            #expect(response.problem?.errors?.first?.field == String(query.prefix { $0 != "=" }))
        }
    }

    @Test("CSV export uses a BOM, semicolons and the same filters")
    func csv() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let response = try await client.execute(
                uri: "/v1/organisations?county=24&kind=municipality&limit=100", method: .get,
                headers: [.authorization: "Bearer \(env.tokens.reader)", .accept: "text/csv"])
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = response.text.split(separator: "\r\n")
            #expect(lines.first?.hasPrefix("\u{FEFF}id;key;name;shortName;kind") == true)
            #expect(lines.count == 16)
            #expect(response.text.contains("Åsele kommun"))
            let format = try await client.send(.get, "/v1/organisations?format=csv&limit=1", token: env.tokens.reader)
            #expect(format.headers[.contentType] == "text/csv; charset=utf-8")
        }
    }

    @Test("updatedSince returns only what changed since")
    func updatedSince() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let since = Timestamp.format(Date().addingTimeInterval(-0.001))
            try await Task.sleep(for: .milliseconds(5))
            _ = try await client.send(
                .patch, "/v1/organisations/boden-kommun", token: env.tokens.admin, json: #"{"website":"https://www.boden.se"}"#)
            let encoded = since.replacingOccurrences(of: ":", with: "%3A")
            let page = try await client.send(.get, "/v1/organisations?updatedSince=\(encoded)", token: env.tokens.reader)
            #expect(try page.decoded(Page<Organisation>.self).items.map(\.key) == ["boden-kommun"])
        }
    }

    @Test("a stale If-Match or body version is 412 and changes nothing; a fresh one wins")
    func optimisticConcurrency() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let first = try await client.send(
                .patch, "/v1/organisations/lulea-kommun", token: env.tokens.admin,
                json: #"{"website":"https://www.lulea.se"}"#, headers: [.ifMatch: "\"1\""])
            #expect(first.status == .ok)
            #expect(first.headers[.eTag] == "\"2\"")
            let stale = try await client.send(
                .patch, "/v1/organisations/lulea-kommun", token: env.tokens.admin,
                json: #"{"website":"https://stale.example"}"#, headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)
            let staleBody = try await client.send(
                .patch, "/v1/organisations/lulea-kommun", token: env.tokens.admin,
                json: #"{"website":"https://stale.example","version":1}"#)
            #expect(staleBody.status == .preconditionFailed)
            let current = try await client.send(.get, "/v1/organisations/lulea-kommun", token: env.tokens.reader)
            #expect(try current.decoded(Organisation.self).website == "https://www.lulea.se")
            let fresh = try await client.send(
                .patch, "/v1/organisations/lulea-kommun", token: env.tokens.admin,
                json: #"{"website":null,"version":2}"#, contentType: "application/merge-patch+json")
            #expect(fresh.status == .ok)
            #expect(try fresh.decoded(Organisation.self).website == nil)
            let badTag = try await client.send(
                .patch, "/v1/organisations/lulea-kommun", token: env.tokens.admin,
                json: #"{"website":null}"#, headers: [.ifMatch: "yesterday"])
            #expect(badTag.status == .badRequest, "an unquoted tag is malformed")
            let latest = try await client.send(.get, "/v1/organisations/lulea-kommun", token: env.tokens.reader)
            let weak = "W/" + (latest.headers[.eTag] ?? "")
            for tag in [#""stale""#, #"W/"x", "abc""#, #""""#, weak] {
                let wellFormed = try await client.send(
                    .patch, "/v1/organisations/lulea-kommun", token: env.tokens.admin, json: #"{"website":null}"#, headers: [.ifMatch: tag])
                #expect(wellFormed.status == .preconditionFailed, "RFC 9110 §13.1.1: a well-formed tag that matches nothing is 412: \(tag)")
            }
        }
    }

    @Test("If-None-Match with the current ETag is 304")
    func notModified() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let read = try await client.send(.get, "/v1/organisations/tillvaxtverket", token: env.tokens.reader)
            let eTag = try #require(read.headers[.eTag])
            let again = try await client.send(
                .get, "/v1/organisations/tillvaxtverket", token: env.tokens.reader, headers: [.ifNoneMatch: eTag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
        }
    }

    @Test("delete leaves a tombstone: gone from reads and lists, its key still reserved, its people erased")
    func delete() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let created = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: #"{"name":"Kortlivad AB","kind":"company","key":"kortlivad"}"#)
            let id = try created.decoded(Organisation.self).id
            let contact = try await client.send(
                .post, "/v1/contacts", token: env.tokens.admin,
                json: #"{"organisationId":"\#(id)","name":"Per Persson","email":"per@kortlivad.se"}"#)
            #expect(contact.status == .created)
            #expect(
                try await client.send(.delete, "/v1/organisations/\(id)", token: env.tokens.admin, headers: [.ifMatch: "\"7\""]).status
                    == .preconditionFailed)
            #expect(try await client.send(.delete, "/v1/organisations/\(id)", token: env.tokens.admin).status == .noContent)
            #expect(try await client.send(.get, "/v1/organisations/\(id)", token: env.tokens.admin).status == .notFound)
            #expect(try await client.send(.delete, "/v1/organisations/\(id)", token: env.tokens.admin).status == .notFound)
            let reuse = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: #"{"name":"Ny","kind":"company","key":"kortlivad"}"#)
            #expect(reuse.status == .conflict)
            let row = try await env.services.database.read { db in
                try Row.fetchOne(
                    db,
                    sql:
                        "SELECT deletedAt, (SELECT COUNT(*) FROM contacts WHERE organisationId = ?) AS people FROM organisations WHERE id = ?",
                    arguments: [id.description, id.description])
            }
            #expect(row?["deletedAt"] as Int64? != nil)
            #expect(row?["people"] as Int? == 0)
            let events = try await env.services.database.read { db in
                try String.fetchAll(
                    db, sql: "SELECT operation FROM changeEvents WHERE resourceId = ? ORDER BY sequence", arguments: [id.description])
            }
            #expect(events == ["created", "deleted"])
        }
    }

    @Test("an organisation in use cannot be deleted, nor made its own ancestor")
    func integrity() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            #expect(try await client.send(.delete, "/v1/organisations/tillvaxtverket", token: env.tokens.admin).status == .conflict)
            let cycle = try await client.send(
                .patch, "/v1/organisations/boverket", token: env.tokens.admin,
                json: #"{"parentId":"\#(try await childId(client, env))"}"#)
            #expect(cycle.status == .unprocessableContent)
            #expect(cycle.issueCodes["parentId"] == "cycle")
        }
    }

    private func childId(_ client: any TestClientProtocol, _ env: TestEnvironment) async throws -> String {
        try await client.send(.get, "/v1/organisations/radet-for-hallbara-stader", token: env.tokens.reader).decoded(Organisation.self).id
            .description
    }
}
