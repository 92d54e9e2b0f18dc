import Foundation
import GRDB
import SamordnaDomain
import Testing

@testable import SamordnaAPI

/// Asks SQLite's query planner, on a freshly migrated database, how each list page would be read: every order a list
/// offers must be walked along an index, never sorted in memory (`USE TEMP B-TREE FOR ORDER BY`), so that a page costs
/// its own rows however large the table grows.
@Suite("List orders are served by indexes")
struct ListIndexTests {
    static let specs: [ListSpec] =
        ResourceCatalog.tables.map { $0.listSpec } + [
            TokenStore.listSpec, ReferenceDataRoutes.counties, ReferenceDataRoutes.municipalities,
        ]

    func plan(_ spec: ListSpec, _ criteria: ListCriteria, in db: Database) throws -> [String] {
        let statement = try ListQuery(spec: spec, parameters: criteria).pageStatement(db)
        return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement.sql, arguments: statement.arguments).map { $0["detail"] }
    }

    func criteria(sort field: String, descending: Bool, filters: [String: [String]] = [:]) -> ListCriteria {
        var criteria = ListCriteria(today: CalendarDate(Date()))
        criteria.sort = (field, descending)
        criteria.filters = filters
        return criteria
    }

    @Test("every sort of every list, both directions, without a sort in memory")
    func everySort() throws {
        let env = try TestEnvironment()
        try env.services.database.read { db in
            for spec in Self.specs {
                for field in spec.sortColumns.keys.sorted() {
                    for descending in [false, true] {
                        let plan = try plan(spec, criteria(sort: field, descending: descending), in: db)
                        #expect(
                            !plan.contains { $0.contains("TEMP B-TREE") }, "\(spec.table) sort=\(descending ? "-" : "")\(field): \(plan)")
                    }
                }
            }
        }
    }

    @Test("a sync (updatedSince with sort=updatedAt) reads a range of the updatedAt index on every list")
    func syncRange() throws {
        let env = try TestEnvironment()
        try env.services.database.read { db in
            for spec in Self.specs {
                var sync = criteria(sort: "updatedAt", descending: false)
                sync.updatedSince = Date(timeIntervalSince1970: 1_700_000_000)
                let plan = try plan(spec, sync, in: db)
                #expect(plan.contains { $0.contains("SEARCH") && $0.contains("updatedAt>?") }, "\(spec.table): \(plan)")
                #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(spec.table): \(plan)")
            }
        }
    }

    @Test(
        "organisation pages a county board asks for are read in index order, every filter a term of the index search",
        arguments: [
            ["kind": ["company"], "county": ["25"]], ["kind": ["company"]], ["county": ["24"]], ["municipalityCode": ["2580"]],
            ["kind": ["company"], "municipalityCode": ["2580"]],
        ])
    func organisationFilters(filters: [String: [String]]) throws {
        let env = try TestEnvironment()
        try env.services.database.read { db in
            let plan = try plan(OrganisationTable.listSpec, criteria(sort: "name", descending: false, filters: filters), in: db)
            #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(filters): \(plan)")
            // Every filter is a term of the index search, so no row is read only to be thrown away.
            let columns = ["kind": "kind", "county": "countyCode", "municipalityCode": "municipalityCode"]
            for name in filters.keys {
                #expect(plan.contains { $0.hasPrefix("SEARCH") && $0.contains("\(columns[name]!)=?") }, "\(filters): \(plan)")
            }
        }
    }

    @Test("a page after a cursor starts with a range on the index, not a scan from the start")
    func cursorRange() throws {
        let env = try TestEnvironment()
        try env.services.database.read { db in
            var deep = criteria(sort: "name", descending: false, filters: ["kind": ["company"]])
            deep.cursor = PageCursor(order: "name", after: [.text("m"), .text("00000000-0000-4000-8000-000000000000")], position: 500_000)
            let plan = try plan(OrganisationTable.listSpec, deep, in: db)
            #expect(plan.contains { $0.contains("SEARCH") && $0.contains("(nameSortKey,id)>(?,?)") }, "\(plan)")
        }
    }
}
