import Foundation
import GRDB
import SamordnaDomain
import Testing

@testable import SamordnaAPI

/// The reference data a county board can trust: official names, verified organisation numbers, all of Sweden's
/// counties and municipalities, each fact as `shared/data` states it.
@Suite("Official reference data")
struct OfficialReferenceDataTests {
    static let shared = TestEnvironment.projectRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    static func csv(_ name: String, in folder: URL) throws -> [[String: String]] {
        CSVReader.records(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
    }

    @Test("the seeds carry the shared reference files unchanged (where a shared copy is at hand)")
    func seedsEqualShared() throws {
        let seeds = TestEnvironment.projectRoot.appendingPathComponent("seeds")
        for (seed, source) in [
            ("municipalities.csv", "sweden-municipalities.csv"), ("organisation-numbers.csv", "organisation-numbers.csv"),
            ("assignment-parts.csv", "assignment-parts.csv"),
        ] where FileManager.default.fileExists(atPath: Self.shared.appendingPathComponent(source).path) {
            #expect(try Self.csv(seed, in: seeds) == Self.csv(source, in: Self.shared), "seeds/\(seed) = shared/data/\(source)")
        }
    }

    @Test("municipalities carry their official names, short names that q matches, and their verified numbers")
    func municipalities() async throws {
        let env = try TestEnvironment()
        let seeds = TestEnvironment.projectRoot.appendingPathComponent("seeds")
        let places = try Self.csv("municipalities.csv", in: seeds).filter { ["24", "25"].contains($0["countyCode"]) }
        let numbers = Dictionary(
            uniqueKeysWithValues: try Self.csv("organisation-numbers.csv", in: seeds).map { ($0["name"]!, $0["organisationNumber"]!) })
        try await env.withRouter { client in
            let page = try await client.send(.get, "/v1/organisations?kind=municipality&limit=100", token: env.tokens.reader)
                .decoded(Page<Organisation>.self)
            #expect(page.total == 29)
            for place in places {
                let organisation = try #require(page.items.first { $0.municipalityCode?.rawValue == place["municipalityCode"] })
                #expect(organisation.name == place["officialName"])
                #expect(organisation.shortName == place["name"])
                #expect(organisation.organisationNumber == numbers[place["officialName"]!])
            }
            let boden = try await client.send(.get, "/v1/organisations/boden-kommun", token: env.tokens.reader).decoded(Organisation.self)
            #expect(boden.name == "Bodens kommun" && boden.shortName == "Boden", "the key boden-kommun keeps working")
            let found = try await client.send(.get, "/v1/organisations?q=energimyndigheten", token: env.tokens.reader)
                .decoded(Page<Organisation>.self)
            #expect(found.items.map(\.name) == ["Statens energimyndighet"], "q matches the short name")
        }
    }

    @Test("every seeded body with a verified number has it, matched by official name; the others have none")
    func organisationNumbers() async throws {
        let env = try TestEnvironment()
        let seeds = TestEnvironment.projectRoot.appendingPathComponent("seeds")
        let numbers = Dictionary(
            uniqueKeysWithValues: try Self.csv("organisation-numbers.csv", in: seeds).map { ($0["name"]!, $0["organisationNumber"]!) })
        let seeded = try await env.services.database.read { db in
            try Row.fetchAll(db, sql: "SELECT name, organisationNumber FROM organisations").map {
                ($0["name"] as String, $0["organisationNumber"] as String?)
            }
        }
        #expect(seeded.count == 58)
        for (name, number) in seeded { #expect(number == numbers[name], "\(name)") }
        #expect(seeded.compactMap(\.1).count == numbers.count)
    }

    @Test("all 21 counties and 290 municipalities are served, filterable by county")
    func places() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            let counties = try await client.send(.get, "/v1/counties?limit=100", token: env.tokens.reader).decoded(Page<County>.self)
            #expect(counties.total == 21 && counties.items.first?.code.rawValue == "01")
            let all = try await client.send(.get, "/v1/municipalities?limit=1", token: env.tokens.reader).decoded(Page<Municipality>.self)
            #expect(all.total == 290)
            let norrbotten = try await client.send(.get, "/v1/municipalities?county=25&limit=100", token: env.tokens.reader)
                .decoded(Page<Municipality>.self)
            #expect(norrbotten.total == 14 && norrbotten.items.allSatisfy { $0.countyCode == .norrbotten })
            let gotland = try await client.send(.get, "/v1/municipalities/0980", token: env.tokens.reader).decoded(Municipality.self)
            #expect(gotland.officialName == "Gotlands kommun" && gotland.countyCode.rawValue == "09")
            #expect(try await client.send(.get, "/v1/municipalities/9999", token: env.tokens.reader).status == .notFound)
            let csv = try await client.send(.get, "/v1/counties?format=csv&limit=100", token: env.tokens.reader)
            #expect(csv.text.contains("25;Norrbottens län"))
            let stockholm = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin,
                json: #"{"name":"Stockholms kommun","kind":"municipality","municipalityCode":"0180"}"#)
            #expect(stockholm.status == .created, "a municipality outside the two counties is a valid value")
            #expect(try stockholm.decoded(Organisation.self).countyCode?.rawValue == "01")
        }
    }

    @Test("Sametinget is in dialogue coverage's default scope; other Sámi bodies are not")
    func sametinget() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client in
            let created = try await client.send(
                .post, "/v1/organisations", token: env.tokens.admin, json: #"{"name":"Girjas sameby","kind":"samiBody"}"#)
            #expect(created.status == .created)
            let coverage = try await client.send(.get, "/v1/dialogue-coverage", token: env.tokens.reader).decoded(DialogueCoverage.self)
            let names = Set(coverage.organisations.map(\.name))
            #expect(names.contains("Sametinget") && !names.contains("Girjas sameby"))
            let sami = try await client.send(.get, "/v1/dialogue-coverage?kind=samiBody", token: env.tokens.reader)
                .decoded(DialogueCoverage.self)
            #expect(Set(sami.organisations.map(\.name)) == ["Sametinget", "Girjas sameby"])
        }
    }

    @Test("the assignment's parts carry the decision's own words, and its text has no Markdown escapes")
    func decisionWords() async throws {
        let env = try TestEnvironment()
        let parts = try Self.csv("assignment-parts.csv", in: TestEnvironment.projectRoot.appendingPathComponent("seeds"))
        try await env.withRouter { client in
            let stored = try await client.send(.get, "/v1/assignment-parts?limit=100", token: env.tokens.reader)
                .decoded(Page<AssignmentPart>.self)
            #expect(stored.items.map(\.textSv) == parts.map { $0["textSv"] })
            let assignment = try #require(
                try await client.send(.get, "/v1/assignments", token: env.tokens.reader).decoded(Page<Assignment>.self).items.first)
            #expect(assignment.decisionText?.contains("\\") == false)
            #expect(assignment.caseNumber == nil, "KN2023/00603 is the earlier coordinator's report, not this decision")
        }
    }
}
