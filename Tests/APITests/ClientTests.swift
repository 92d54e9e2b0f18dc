import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("The Swift client against a live server")
struct ClientTests {
    @Test("lists page by themselves, filters apply, and single reads work by id and key")
    func listing() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let client = SamordnaClient(baseURL: baseURL, token: env.tokens.reader)
            let norrbotten = try await client.organisations
                .all(OrganisationFilter(kinds: [.municipality], counties: [.norrbotten]), options: ListOptions(limit: 4)).collect()
            #expect(norrbotten.count == 14)
            #expect(Set(norrbotten.map(\.id)).count == 14)
            #expect(norrbotten.last?.name == "Övertorneå kommun")
            let byKey = try await client.organisations.get(key: "region-norrbotten")
            #expect(try await client.organisations.get(byKey.id) == byKey)
            let areas = try await client.challengeAreas.all().collect()
            #expect(areas.count == 7)
            let info = try await client.apiInfo()
            #expect(info.apiName == "Samordna")
            #expect(try await client.isReady())
            let csv = try await client.organisations.csv(options: ListOptions(query: "Luleå"))
            #expect(csv.contains("Luleå kommun"))
        }
    }

    @Test("create is idempotent, update sends If-Match, a stale update is a typed 412, delete works")
    func writes() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let client = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let input = OrganisationInput(
                name: "Hybrit Development AB", kind: .company, organisationNumber: "5591234561",
                municipalityCode: MunicipalityCode(rawValue: "2523"))
            let created = try await client.organisations.create(input, idempotencyKey: "hybrit-1")
            let replayed = try await client.organisations.create(input, idempotencyKey: "hybrit-1")
            #expect(created.id == replayed.id)
            #expect(created.countyCode == .norrbotten)

            let renamed = try await client.organisations.update(created) {
                $0.name = "HYBRIT Development AB"; $0.website = "https://www.hybritdevelopment.se"
            }
            #expect(renamed.version == 2)
            let cleared = try await client.organisations.update(renamed) { $0.website = nil }
            #expect(cleared.website == nil)
            #expect(cleared.version == 3)

            do {
                _ = try await client.organisations.update(created) { $0.name = "Stale" }
                Issue.record("a stale update must fail")
            } catch let error as ClientError {
                #expect(error.status == 412)
                #expect(error.problem?.type.hasSuffix("/precondition-failed") == true)
            }

            do {
                _ = try await client.organisations.create(OrganisationInput(name: "", kind: .company, organisationNumber: "1"))
                Issue.record("invalid input must fail")
            } catch let error as ClientError {
                #expect(error.status == 422)
                #expect(Set(error.problem?.errors?.map(\.field) ?? []) == ["name", "organisationNumber"])
            }

            try await client.organisations.delete(created.id, expectedVersion: 3)
            await #expect(throws: ClientError.self) { try await client.organisations.get(created.id) }
        }
    }

    @Test("contacts and tokens through the client; a revoked token stops working")
    func contactsAndTokens() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let lst = try await admin.organisations.get(key: "lansstyrelsen-vasterbotten")
            let created = try await admin.tokens.create(APITokenInput(organisationId: lst.id, role: .editor, name: "LST AC integration"))
            let editor = SamordnaClient(baseURL: baseURL, token: created.secret)
            let contact = try await editor.contacts.create(
                ContactInput(organisationId: lst.id, name: "Örjan Åström", email: "orjan.astrom@lansstyrelsen.se"))
            #expect(contact.name == "Örjan Åström")
            #expect(try await editor.contacts.all().collect().map(\.id) == [contact.id])
            try await editor.contacts.delete(contact.id)
            let tokens = try await admin.tokens.all(APITokenFilter(organisationIds: [lst.id])).collect()
            #expect(tokens.map(\.id) == [created.token.id])
            let rotated = try await admin.tokens.rotate(created.token.id, graceSeconds: 0)
            #expect(rotated.secret != nil && rotated.secret != created.secret && rotated.token.id == created.token.id)
            let renewed = SamordnaClient(baseURL: baseURL, token: rotated.secret)
            #expect(try await renewed.contacts.page().total >= 0)
            do {
                _ = try await editor.contacts.page()
                Issue.record("the rotated-out secret must fail after a grace of 0")
            } catch let error as ClientError {
                #expect(error.status == 401)
            }
            try await admin.tokens.revoke(created.token.id)
            do {
                _ = try await renewed.contacts.page()
                Issue.record("a revoked token must fail")
            } catch let error as ClientError {
                #expect(error.status == 401)
            }
        }
    }

    @Test("an unreachable server is a transport error")
    func transport() async throws {
        let client = SamordnaClient(baseURL: URL(string: "http://127.0.0.1:9")!, token: "x", timeout: .seconds(2))
        await #expect(throws: ClientError.self) { try await client.apiInfo() }
    }
}
