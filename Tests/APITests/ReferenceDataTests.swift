import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Logging
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Seeds, challenge areas and assignments")
struct ReferenceDataTests {
    @Test("the seeds give both regions, both county boards, 29 municipalities, the agencies, 7 areas and the assignment with 7 parts")
    func seeded() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            func total(_ path: String) async throws -> Int {
                try await client.send(.get, path, token: env.tokens.reader).decoded(Page<Organisation>.self).total
            }
            #expect(try await total("/v1/organisations?kind=municipality") == 29)
            #expect(try await total("/v1/organisations?kind=region") == 2)
            #expect(try await total("/v1/organisations?kind=countyAdministrativeBoard") == 2)
            #expect(try await total("/v1/organisations?kind=stateAgency") >= 14)
            let areas = try await client.send(.get, "/v1/challenge-areas", token: env.tokens.reader).decoded(Page<ChallengeArea>.self)
            #expect(areas.total == 7)
            #expect(areas.items.first?.nameSv == "Bättre bostads- och befolkningsförsörjning")
            let assignments = try await client.send(.get, "/v1/assignments", token: env.tokens.reader).decoded(Page<Assignment>.self)
            let assignment = try #require(assignments.items.first)
            #expect(assignment.reportingObligations.map(\.kind) == [.continuousBriefing, .finalReport])
            #expect(assignment.reportingObligations.first?.cadence == .quarterly)
            #expect(assignment.reportingObligations.last?.dueDate == CalendarDate("2024-01-31"))
            #expect(assignment.decisionText?.contains("Norrbottens och Västerbottens län") == true)
            let parts = try await client.send(.get, "/v1/assignment-parts?assignmentId=\(assignment.id)", token: env.tokens.reader)
                .decoded(Page<AssignmentPart>.self)
            #expect(
                parts.items.map(\.code) == [
                    "collaboration", "initiatives", "knowledge", "regional-dialogue", "structures", "agency-dialogue", "business-dialogue",
                ])
        }
    }

    @Test("loading the seeds again adds nothing and keeps users' changes")
    func idempotentSeeds() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let patched = try await client.send(
                .patch, "/v1/challenge-areas/energy-supply", token: env.tokens.admin, json: #"{"nameSv":"Energi (ändrad)"}"#)
            #expect(patched.status == .ok)
            #expect(try await client.send(.delete, "/v1/organisations/forsvarsmakten", token: env.tokens.admin).status == .noContent)
        }
        let before = try await counts(env.services.database)
        let summary = try SeedLoader(
            files: SeedFiles(folder: URL(fileURLWithPath: env.configuration.seedsPath)), logger: Logger(label: "t")
        )
        .load(into: env.services.database, now: Date())
        #expect(summary == SeedLoader.Summary())
        #expect(try await counts(env.services.database) == before)
        let name = try await env.services.database.read { db in
            try String.fetchOne(db, sql: "SELECT nameSv FROM challengeAreas WHERE key = 'energy-supply'")
        }
        #expect(name == "Energi (ändrad)")
        let reopened = try Services.open(env.configuration, logger: Logger(label: "t"))
        #expect(try await counts(reopened.database) == before)
    }

    private func counts(_ database: DatabasePool) async throws -> [Int] {
        try await database.read { db in
            try ["organisations", "challengeAreas", "assignments", "assignmentParts", "municipalities"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
            }
        }
    }

    @Test("admins add challenge areas with unique keys")
    func challengeAreas() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let body = #"{"key":"health-care","nameSv":"Hälso- och sjukvård","nameEn":"Health care","origin":"coordinator"}"#
            #expect(try await client.send(.post, "/v1/challenge-areas", token: env.tokens.admin, json: body).status == .created)
            #expect(try await client.send(.post, "/v1/challenge-areas", token: env.tokens.admin, json: body).status == .conflict)
            #expect(try await client.send(.get, "/v1/challenge-areas/health-care", token: env.tokens.reader).status == .ok)
            #expect(try await client.send(.delete, "/v1/challenge-areas/health-care", token: env.tokens.admin).status == .methodNotAllowed)
        }
    }

    @Test("a new assignment links to existing organisations and gets parts with unique codes")
    func assignments() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let bad = try await client.send(
                .post, "/v1/assignments", token: env.tokens.admin,
                json: """
                    {"title":"Förlängning","principalId":"\(UUID())","coordinatorId":"\(env.id("tillvaxtverket"))",
                     "decisionDate":"2024-06-01","period":{"start":"2024-07-01","end":"2024-06-01"}}
                    """)
            #expect(bad.issueCodes == ["principalId": "unknownOrganisation", "period.end": "beforeStart"])
            let created = try await client.send(
                .post, "/v1/assignments", token: env.tokens.admin,
                json: """
                    {"title":"Förlängt uppdrag","principalId":"\(env.id("regeringskansliet-kn"))","coordinatorId":"\(env.id("tillvaxtverket"))",
                     "decisionDate":"2024-06-01","caseNumber":"KN2024/01234","period":{"start":"2024-07-01","end":"2026-12-31"},
                     "reportingObligations":[{"kind":"progressReport","dueDate":"2025-03-31"},{"kind":"finalReport","dueDate":"2027-01-31"}]}
                    """)
            #expect(created.status == .created)
            let id = try created.decoded(Assignment.self).id
            let part = #"{"assignmentId":"\#(id)","code":"housing","summarySv":"Bostäder","position":1}"#
            #expect(try await client.send(.post, "/v1/assignment-parts", token: env.tokens.admin, json: part).status == .created)
            #expect(try await client.send(.post, "/v1/assignment-parts", token: env.tokens.admin, json: part).status == .conflict)
            #expect(try await client.send(.delete, "/v1/assignments/\(id)", token: env.tokens.admin).status == .conflict)
            let nested = try await client.send(
                .post, "/v1/assignments", token: env.tokens.admin,
                json: """
                    {"title":"X","principalId":"\(env.id("regeringskansliet-kn"))","coordinatorId":"\(env.id("tillvaxtverket"))","period":{"start":"2024-01-01","colour":1}}
                    """)
            #expect(nested.issueCodes["period.colour"] == "unknownField")
        }
    }
}
