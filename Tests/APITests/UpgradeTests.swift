import Foundation
import GRDB
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

/// Release 1.1 opens a database that release 1.0 made (`Fixtures/previous-release.sqlite`, made by
/// `scripts/fixtures/previous-release-db.py` with 1.0's binary and seeds, plus a user's edits) and corrects it.
@Suite("Upgrading a 1.0 database")
struct UpgradeTests {
    static let fixture = TestEnvironment.projectRoot.appendingPathComponent("Tests/APITests/Fixtures/previous-release.sqlite")

    /// Every record of the fixture before the upgrade: table → id → version.
    static func versions(_ db: Database) throws -> [String: [String: Int]] {
        var all: [String: [String: Int]] = [:]
        for table in [
            "organisations", "contacts", "challengeAreas", "assignments", "assignmentParts", "forums", "forumMemberships",
            "meetings", "decisions", "followUpActions",
        ] {
            all[table] = try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, version FROM \(table)").map {
                    ($0["id"] as String, $0["version"] as Int)
                })
        }
        return all
    }

    @Test("official names replace 1.0's where nobody changed them; ids, keys and every record stay; each change is logged")
    func officialNames() async throws {
        let fixtureQueue = try DatabaseQueue(
            path: Self.fixture.path,
            configuration: {
                var c = Configuration(); c.readonly = true; return c
            }())
        let before = try await fixtureQueue.read { db in try Self.versions(db) }
        let env = try TestEnvironment(startingFrom: Self.fixture)
        try await env.services.database.read { db in
            func organisation(_ key: String) throws -> Row {
                try #require(try Row.fetchOne(db, sql: "SELECT * FROM organisations WHERE key = ?", arguments: [key]))
            }
            #expect(try organisation("boden-kommun")["name"] as String == "Bodens kommun")
            #expect(try organisation("boden-kommun")["shortName"] as String? == "Boden")
            #expect(try organisation("boden-kommun")["organisationNumber"] as String? == "212000-2767")
            #expect(try organisation("storuman-kommun")["name"] as String == "Storuman kommun (ändrat av användare)", "a user's name stays")
            #expect(try organisation("storuman-kommun")["organisationNumber"] as String? == "212000-2577")
            #expect(try organisation("energimyndigheten")["name"] as String == "Statens energimyndighet")
            #expect(try organisation("uhr")["organisationNumber"] as String? == "202100-6487", "matched by who it is, not by key")
            let parent = try organisation("regeringskansliet")
            #expect(try organisation("regeringskansliet-kn")["parentId"] as String? == parent["id"] as String)
            #expect(parent["organisationNumber"] as String? == "202100-3831")
            #expect(try organisation("exportkreditnamnden")["shortName"] as String? == "EKN", "new agencies are added")

            let after = try Self.versions(db)
            for (table, records) in before {
                for (id, version) in records {
                    let now = try #require(after[table]?[id], "\(table) \(id) is still there")
                    #expect(now >= version, "\(table) \(id) keeps its history")
                }
            }
            let boden = try organisation("boden-kommun")["id"] as String
            #expect(after["organisations"]?[boden] == (before["organisations"]?[boden] ?? 0) + 1)
            let logged = try String.fetchAll(
                db, sql: "SELECT operation FROM changeEvents WHERE resourceType = 'organisation' AND resourceId = ? ORDER BY sequence",
                arguments: [boden])
            #expect(logged == ["created", "updated"])
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM changeEvents WHERE resourceType LIKE '% %'") == 0)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM municipalities") == 290)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM counties") == 21)
        }
    }

    @Test("lists of ids move into join tables: participants, contacts, topics and former representatives read back the same")
    func joinTables() async throws {
        let env = try TestEnvironment(startingFrom: Self.fixture)
        try await env.withLiveServer { baseURL in
            let client = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let meeting = try #require(try await client.meetings.page().items.first)
            #expect(meeting.participants.map(\.organisationId.description) == [env.id("lulea-kommun"), env.id("boden-kommun")])
            #expect(meeting.participants.map(\.attended) == [true, false])
            #expect(meeting.contactIds.count == 1 && meeting.counties == [.norrbotten])
            #expect(meeting.municipalityCodes.map(\.rawValue) == ["2580", "2582"])
            #expect(meeting.challengeAreaIds.count == 1 && meeting.assignmentPartIds.count == 1)
            let forum = try #require(try await client.forums.page().items.first)
            #expect(forum.challengeAreaIds.count == 2 && forum.counties == [.norrbotten])
            let seat = try #require(try await client.forumMemberships.page().items.first)
            #expect(seat.formerRepresentatives.count == 1 && seat.formerRepresentatives.first?.contactId == meeting.contactIds.first)
            let action = try #require(try await client.followUpActions.page().items.first)
            #expect(action.ownerContactId == meeting.contactIds.first)

            let person = try #require(meeting.contactIds.first)
            try await client.contacts.delete(person)
            #expect(try await client.meetings.get(meeting.id).contactIds.isEmpty)
            #expect(try await client.forumMemberships.get(seat.id).formerRepresentatives.isEmpty)
            #expect(try await client.followUpActions.get(action.id).ownerContactId == nil)
        }
    }

    @Test("the decision text loses its Markdown escapes, parts get the decision's words, the continuous duty is added")
    func assignment() async throws {
        let env = try TestEnvironment(startingFrom: Self.fixture)
        try await env.withLiveServer { baseURL in
            let client = SamordnaClient(baseURL: baseURL, token: env.tokens.reader)
            let assignment = try #require(try await client.assignments.page().items.first)
            let text = try #require(assignment.decisionText)
            #expect(text.contains("(Klimat- och näringslivsdepartementet)") && !text.contains("\\"))
            #expect(assignment.reportingObligations.map(\.kind) == [.continuousBriefing, .finalReport])
            let parts = try await client.assignmentParts.page().items
            #expect(parts.count == 7 && parts.allSatisfy { $0.textSv?.hasPrefix("Tillväxtverket ska") == true })
        }
    }
}
