import Foundation
import GRDB
import SamordnaDomain
import Testing

@testable import SamordnaAPI

/// The declared references on a real SQLite file: what they derive (unknown targets, "in use", unlinking people),
/// and that a new resource joins by declaring its own references, with no edit to the resources it refers to.
@Suite("Declared references")
struct ReferenceRegistryTests {
    static let pilots = ReferenceRegistry.Holder(
        table: "pilotProjects", resourceType: "pilotProject", liveCondition: "deletedAt IS NULL", erasesOnDelete: false,
        references: [.column("organisationId", to: "organisations")])

    @Test("a resource added with its own declaration makes its targets refuse deletion; OrganisationTable is not touched")
    func newResourceNeedsNoEditElsewhere() async throws {
        let env = try TestEnvironment()
        let admin = Principal(tokenId: .random(), organisationId: try #require(Organisation.ID(env.id("tillvaxtverket"))), role: .admin)
        var repository = Repository(table: OrganisationTable(municipalities: env.services.municipalities))
        repository.registry = ReferenceRegistry(targets: ResourceCatalog.targets, holders: ResourceCatalog.holders + [Self.pilots])
        let organisations = repository
        try await env.services.database.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE pilotProjects (id TEXT PRIMARY KEY NOT NULL, organisationId TEXT NOT NULL REFERENCES organisations(id),
                        deletedAt INTEGER) STRICT
                    """)
            let company = try organisations.create(OrganisationInput(name: "Pilot AB", kind: .company), by: admin, in: db, now: Date())
            try db.execute(sql: "INSERT INTO pilotProjects VALUES ('p1', ?, NULL)", arguments: [company.id.description])
            #expect(
                throws: DomainError.conflict(
                    .inUse, detail: "Still referred to by 1 pilotProject (organisationId); change or delete those first.")
            ) {
                try organisations.delete(company, by: admin, in: db, now: Date())
            }
            try db.execute(sql: "UPDATE pilotProjects SET deletedAt = 1")
            try organisations.delete(company, by: admin, in: db, now: Date())
            #expect(try organisations.find(company.id.description, in: db) == nil, "a tombstoned referrer no longer holds it")
        }
    }

    @Test("a record the caller may not see is answered as unknown, exactly like one that does not exist")
    func invisibleIsUnknown() async throws {
        let env = try TestEnvironment()
        let board = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
        let outsider = Principal(
            tokenId: .random(), organisationId: try #require(Organisation.ID(env.id("region-vasterbotten"))), role: .editor)
        let organiser = Principal(tokenId: .random(), organisationId: board, role: .editor)
        try await env.services.database.write { db in
            let meeting = try Repository(table: MeetingTable()).create(
                MeetingInput(
                    title: "Slutet möte", date: try #require(CalendarDate("2026-03-01")), format: .bilateralDialogue, organiserId: board,
                    confidential: true, confidentialityReason: "OSL 30 kap. 23 §"), by: organiser, in: db, now: Date())
            func issues(_ id: String, _ principal: Principal) throws -> [ValidationIssue] {
                try ReferenceRegistry.shared.issues(
                    DecisionTable.references, columns: [("meetingId", id)], links: [:], previous: nil, visibleTo: principal, in: db)
            }
            #expect(try issues(meeting.id.description, organiser) == [])
            let hidden = try issues(meeting.id.description, outsider)
            let missing = try issues(UUID().uuidString.lowercased(), outsider)
            #expect(hidden.map(\.code) == ["unknownMeeting"] && missing.map(\.code) == ["unknownMeeting"])
        }
    }

    @Test("every declared link is a foreign key of the schema, and every foreign key of a resource is declared")
    func declarationsMatchSchema() async throws {
        let env = try TestEnvironment()
        try await env.services.database.read { db in
            for holder in ResourceCatalog.holders {
                for reference in holder.references {
                    let (table, column) =
                        switch reference.storage {
                        case .column(let column): (holder.table, column)
                        case .link(let link): (link.table, link.valueColumn)
                        }
                    let keys = try Row.fetchAll(db, sql: "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)", arguments: [table])
                    #expect(
                        keys.contains { $0["from"] == column && $0["table"] == reference.target },
                        "\(table).\(column) is a foreign key to \(reference.target)")
                }
                let declared = Set(holder.references.compactMap { if case .column(let c) = $0.storage { c } else { nil } })
                let keys = try String.fetchAll(db, sql: "SELECT \"from\" FROM pragma_foreign_key_list(?)", arguments: [holder.table])
                #expect(Set(keys) == declared, "\(holder.table): foreign keys and declared references agree")
            }
        }
    }
}

@Suite("Field declarations")
struct FieldDeclarationTests {
    /// Columns every table has that the shared machinery keeps, and the ones a resource keeps itself.
    static let kept: Set<String> = ["id", "version", "createdAt", "updatedAt", "deletedAt", "completedAt"]

    static func declared<Table: ResourceTable>(_ table: Table.Type) -> (table: String, columns: Set<String>) {
        (Table.listSpec.table, Set(Table.fields.compactMap(\.column)))
    }

    @Test("each table's columns are exactly its declared fields' (and the machinery's); CSV derives from the same list")
    func fieldsMatchColumns() async throws {
        let env = try TestEnvironment()
        try await env.services.database.read { db in
            for table in ResourceCatalog.tables {
                let (name, declared) = Self.declared(table)
                let actual = Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [name]))
                #expect(actual.subtracting(Self.kept) == declared, "\(name): columns and declared fields agree")
            }
        }
        #expect(OrganisationTable.csvHeader.prefix(5) == ["id", "key", "name", "shortName", "kind"])
    }
}
