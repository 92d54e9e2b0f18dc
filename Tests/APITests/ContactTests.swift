import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Contacts (personal data)")
struct ContactTests {
    func createContact(_ client: any TestClientProtocol, _ env: TestEnvironment, token: String, organisation: String) async throws
        -> TestResponse
    {
        try await client.send(
            .post, "/v1/contacts", token: token,
            json: """
                {"organisationId":"\(env.id(organisation))","name":"Åsa Öberg","role":"Samordnare","email":"asa.oberg@lansstyrelsen.se",
                 "phone":"+46 920-22 55 00","retainUntil":"2030-12-31"}
                """)
    }

    @Test("an editor registers its own organisation's people, not another's")
    func editorScope() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let own = try await createContact(client, env, token: env.tokens.editor, organisation: "lansstyrelsen-norrbotten")
            #expect(own.status == .created)
            #expect(try own.decoded(Contact.self).name == "Åsa Öberg")
            let other = try await createContact(client, env, token: env.tokens.editor, organisation: "region-vasterbotten")
            #expect(other.status == .forbidden)
        }
    }

    @Test("people are visible only to admins and their own organisation")
    func visibility() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let created = try await createContact(client, env, token: env.tokens.admin, organisation: "lansstyrelsen-norrbotten")
            let id = try created.decoded(Contact.self).id
            #expect(try await client.send(.get, "/v1/contacts/\(id)", token: env.tokens.reader).status == .ok)
            #expect(try await client.send(.get, "/v1/contacts/\(id)", token: env.tokens.otherEditor).status == .notFound)
            let otherList = try await client.send(.get, "/v1/contacts", token: env.tokens.otherEditor)
            #expect(try otherList.decoded(Page<Contact>.self).total == 0)
            let ownList = try await client.send(
                .get, "/v1/contacts?organisationId=\(env.id("lansstyrelsen-norrbotten"))", token: env.tokens.reader)
            #expect(try ownList.decoded(Page<Contact>.self).total == 1)
            let moved = try await client.send(
                .patch, "/v1/contacts/\(id)", token: env.tokens.editor,
                json: #"{"organisationId":"\#(env.id("region-vasterbotten"))"}"#)
            #expect(moved.status == .forbidden)
        }
    }

    @Test("delete erases the person for real; only a change event without personal data remains")
    func erasure() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let created = try await createContact(client, env, token: env.tokens.editor, organisation: "lansstyrelsen-norrbotten")
            let id = try created.decoded(Contact.self).id
            #expect(try await client.send(.delete, "/v1/contacts/\(id)", token: env.tokens.editor).status == .noContent)
            #expect(try await client.send(.get, "/v1/contacts/\(id)", token: env.tokens.admin).status == .notFound)
            let leftovers = try await env.services.database.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM contacts WHERE id = ?", arguments: [id.description])
            }
            #expect(leftovers == 0)
            try await env.services.database.read { db in
                let dump = try String.fetchAll(db, sql: "SELECT resourceType || resourceId || operation FROM changeEvents").joined()
                #expect(!dump.contains("Öberg") && !dump.contains("asa.oberg"))
            }
        }
    }

    @Test(
        "contact fields are validated",
        arguments: [
            (#""email":"inte en adress""#, "email", "invalidEmail"),
            (#""phone":"ring mig""#, "phone", "invalidPhone"),
            (#""retainUntil":"2020-01-01""#, "retainUntil", "inThePast"),
            (#""retainUntil":"2030-02-30""#, "retainUntil", "invalidValue"),
            (#""name":"""#, "name", "required"),
        ])
    func validation(fragment: String, field: String, code: String) async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let base = #""organisationId":"\#(env.id("lansstyrelsen-norrbotten"))""#
            let json = fragment.hasPrefix(#""name""#) ? "{\(base),\(fragment)}" : "{\(base),\"name\":\"Anna\",\(fragment)}"
            let response = try await client.send(.post, "/v1/contacts", token: env.tokens.admin, json: json)
            #expect(response.status == .unprocessableContent)
            #expect(response.issueCodes[field] == code, "\(response.text)")
        }
    }
}
