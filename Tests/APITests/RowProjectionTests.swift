import Foundation
import GRDB
import HummingbirdTesting
import SamordnaDomain
import Testing

@testable import SamordnaAPI

/// A `RowProjection` restates a resource's JSON; these hold it byte for byte to what the record's `Encodable`
/// conformance writes, for single reads and for whole pages, over awkward values.
@Suite("JSON written straight from SQLite")
struct RowProjectionTests {
    static let awkwardNames = [
        "Citat \"inom\" citat\\snedstreck", "Rad\nbrytning\tflik\r", "Kontroll\u{01}\u{1F}tecken", "Sámi: Jåhkåmåhke 🦌 ÅÄÖ",
        "Ände med snedstreck /", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓",
    ]

    @Test("every organisation, read alone, is the same bytes as its Encodable form")
    func singleReads() async throws {
        let env = try TestEnvironment()
        let created = try await env.withRouter { client async throws in
            var created = 0
            for (index, name) in Self.awkwardNames.enumerated() {
                let body =
                    #"{"name":\#(String(decoding: try JSONEncoder().encode(name), as: UTF8.self)),"kind":"company","municipalityCode":"2580","website":"https://example.se/\#(index)"}"#
                // Names with control characters are refused (422); those that are stored must come back the same.
                if try await client.send(.post, "/v1/organisations", token: env.tokens.admin, json: body).status == .created {
                    created += 1
                }
            }
            return created
        }
        #expect(created >= 4)
        let repository = Repository(table: OrganisationTable(municipalities: env.services.municipalities))
        let projection = try #require(OrganisationTable.projection)
        let admin = Principal(tokenId: .random(), organisationId: try #require(Organisation.ID(env.id("tillvaxtverket"))), role: .admin)
        try await env.services.database.read { db in
            let ids = try String.fetchAll(db, sql: "SELECT id FROM organisations WHERE deletedAt IS NULL")
            #expect(ids.count > 60)
            for id in ids {
                let record = try repository.require(id, visibleTo: admin, in: db)
                let direct = try repository.requireJSON(id, visibleTo: admin, projection: projection, in: db)
                #expect(direct.body == (try ResponseJSONEncoder().encode(record)), "\(id)")
                #expect(direct.version == record.version)
            }
        }
    }

    @Test("integers are written as Swift writes them, at the edges too")
    func integers() {
        var values: [Int64] = [0, 1, -1, 9, 10, 99, 100, -100, .max, .min, 1_764_000_000_123]
        var generator = SystemRandomNumberGenerator()
        values += (0..<500).map { _ in Int64.random(in: .min ... .max, using: &generator) }
        for value in values {
            var bytes: [UInt8] = []
            JSONOutput.appendInteger(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }

    @Test("pages are the same bytes as the encoded Page, for every sort, at the start, by offset and by cursor")
    func pages() throws {
        let env = try TestEnvironment()
        let repository = Repository(table: OrganisationTable(municipalities: env.services.municipalities))
        let projection = try #require(OrganisationTable.projection)
        try env.services.database.read { db in
            for sort in OrganisationTable.listSpec.sortColumns.keys.sorted() {
                for descending in [false, true] {
                    var criteria = ListCriteria(today: CalendarDate(Date()))
                    criteria.sort = (sort, descending)
                    criteria.limit = 7
                    for step in 0..<4 {
                        let query = ListQuery(spec: OrganisationTable.listSpec, parameters: criteria)
                        let page = try query.page(db) { try repository.decode($0, in: db) }
                        let direct = try query.jsonPage(db, projection: projection)
                        #expect(direct.body == (try ResponseJSONEncoder().encode(page)), "sort=\(sort) step \(step)")
                        #expect(direct.nextCursor == page.nextCursor && direct.total == page.total && direct.offset == page.offset)
                        if step == 1 {
                            criteria.offset = 3
                        } else {
                            criteria.offset = 0
                            criteria.cursor = page.nextCursor.flatMap(PageCursor.init(token:))
                        }
                    }
                }
            }
        }
    }
}
