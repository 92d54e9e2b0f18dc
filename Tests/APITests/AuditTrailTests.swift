import Foundation
import GRDB
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("The audit trail and each record's history")
struct AuditTrailTests {
    @Test("a change records who, when, the request and its fields' old and new values; a person's fields are named, never valued")
    func entries() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let boardId = env.id("lansstyrelsen-norrbotten")
            let created = try await client.send(
                .post, "/v1/forums", token: env.tokens.editor,
                json: #"{"name":"Bostadsforum","kind":"regionalForum","convenorId":"\#(boardId)","status":"planned"}"#,
                headers: [.xRequestId: "lst-bd-2026-0042"])
            let forum = try created.decoded(Forum.self)
            _ = try await client.send(
                .patch, "/v1/forums/\(forum.id)", token: env.tokens.editor, json: #"{"name":"Bostadsforum Norrbotten","status":"active"}"#)
            let history = try await client.send(.get, "/v1/forums/\(forum.id)/history", token: env.tokens.reader).decoded(
                RecordHistory.self)
            #expect(history.entries.map(\.operation) == [.created, .updated] && history.entries.map(\.version) == [1, 2])
            let first = try #require(history.entries.first)
            #expect(first.requestId == "lst-bd-2026-0042" && first.organisationId?.description == boardId)
            #expect(first.changes.first { $0.field == "name" }?.new == .string("Bostadsforum"))
            #expect(
                history.entries.last?.changes == [
                    AuditEntry.Change(field: "name", old: .string("Bostadsforum"), new: .string("Bostadsforum Norrbotten")),
                    AuditEntry.Change(field: "status", old: .string("planned"), new: .string("active")),
                ])

            // A contact: the trail names the fields that changed, and holds no value of them.
            let contact = try await client.send(
                .post, "/v1/contacts", token: env.tokens.editor,
                json: #"{"organisationId":"\#(boardId)","name":"Åsa Öberg","email":"asa.oberg@lansstyrelsen.se"}"#
            ).decoded(Contact.self)
            _ = try await client.send(.patch, "/v1/contacts/\(contact.id)", token: env.tokens.editor, json: #"{"phone":"+46 920 960 00"}"#)
            let person = try await client.send(.get, "/v1/contacts/\(contact.id)/history", token: env.tokens.editor).decoded(
                RecordHistory.self)
            #expect(person.entries.last?.changes == [AuditEntry.Change(field: "phone", personal: true)])
            #expect(try await client.send(.get, "/v1/contacts/\(contact.id)/history", token: env.tokens.otherEditor).status == .notFound)
            _ = try await client.send(.delete, "/v1/contacts/\(contact.id)", token: env.tokens.editor)
            let trail = try await env.services.database.read { db in
                try String.fetchAll(db, sql: "SELECT changes FROM changeEvents WHERE resourceId = ?", arguments: [contact.id.description])
            }
            #expect(trail.count == 3 && !trail.joined().contains("Öberg") && !trail.joined().contains("960"))

            // The admins' view, filtered and paged by cursor; readers and editors are refused.
            let page = try await client.send(
                .get, "/v1/audit?resourceType=forum&resourceId=\(forum.id)&limit=1", token: env.tokens.admin)
            let first1 = try page.decoded(Page<AuditEntry>.self)
            #expect(first1.items.map(\.operation) == [.created] && first1.total == 2)
            let next = try #require(first1.nextCursor)
            let second = try await client.send(
                .get, "/v1/audit?resourceType=forum&resourceId=\(forum.id)&limit=1&cursor=\(next)", token: env.tokens.admin
            ).decoded(Page<AuditEntry>.self)
            #expect(second.items.map(\.operation) == [.updated] && second.nextCursor == nil)
            #expect(try await client.send(.get, "/v1/audit", token: env.tokens.editor).status == .forbidden)
            let byRequest = try await client.send(.get, "/v1/audit?organisationId=\(boardId)&operation=deleted", token: env.tokens.admin)
                .decoded(Page<AuditEntry>.self)
            #expect(byRequest.items.map(\.resourceType) == ["contact"])
        }
        // Nothing rewrites the trail, not even SQL.
        let refusals = try await env.services.database.write { db -> Int in
            var refused = 0
            for statement in ["UPDATE changeEvents SET tokenId = NULL", "DELETE FROM changeEvents"] {
                do { try db.execute(sql: statement) } catch { refused += 1 }
            }
            return refused
        }
        #expect(refusals == 2)
    }

    @Test("one entry per record changed: an insolvency flags a need and an initiative in the name of whoever changed the establishment")
    func consequences() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let company = try await admin.organisations.create(OrganisationInput(name: "Batterifabriken AB", kind: .company))
            let site = try #require(MunicipalityCode(rawValue: "2482"))
            let plant = try await board.establishments.create(
                EstablishmentInput(
                    name: "Batterifabriken", companyId: company.id, sites: [SiteInput(municipalityCode: site)], sector: .batteries,
                    kind: .new,
                    phase: .rampUp))
            let need = try await board.needs.create(
                NeedInput(establishmentId: plant.id, municipalityCode: site, category: .housing, description: "Bostäder"))
            let initiative = try await board.initiatives.create(InitiativeInput(title: "Bostadsinsats", leadId: boardId, status: .ongoing))
            _ = try await board.needs.update(need) { $0.initiativeIds = [initiative.id] }
            let before = try await admin.audit(AuditFilter(operations: [.updated])).total
            _ = try await board.establishments.update(plant) { $0.phase = .insolvent }
            let after = try await admin.audit(AuditFilter(operations: [.updated]), limit: 10, cursor: nil)
            #expect(after.total - before == 3, "the establishment, its need and the initiative")
            let flagged = try await board.needs.history(need.id).entries.last
            #expect(flagged?.changes.map(\.field) == ["atRisk"] && flagged?.organisationId == boardId)
        }
    }
}
