import Foundation
import GRDB
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("No lost updates")
struct ConcurrencyTests {
    /// One successful update: the version it produced and the value it wrote.
    struct Win: Sendable, Hashable {
        let version: Int
        let website: String
    }

    @Test("concurrent clients with If-Match: one winner per version, the rest 412, final state is the last winner's")
    func optimisticConcurrency() async throws {
        let env = try TestEnvironment()
        let workers = 8
        let winsPerWorker = 5
        try await env.withLiveServer { baseURL async throws in
            let client = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let (wins, conflicts) = try await withThrowingTaskGroup(of: ([Win], Int).self) { group in
                for worker in 0..<workers {
                    group.addTask {
                        var wins: [Win] = []
                        var conflicts = 0
                        var attempt = 0
                        while wins.count < winsPerWorker {
                            attempt += 1
                            let current = try await client.organisations.get(key: "lulea-kommun")
                            let website = "https://worker\(worker)-attempt\(attempt).lulea.se"
                            do {
                                let updated = try await client.organisations.update(current) { $0.website = website }
                                wins.append(Win(version: updated.version, website: website))
                            } catch let error as ClientError where error.status == 412 {
                                conflicts += 1
                            }
                        }
                        return (wins, conflicts)
                    }
                }
                return try await group.reduce(into: ([Win](), 0)) {
                    $0.0 += $1.0; $0.1 += $1.1
                }
            }
            let versions = wins.map(\.version).sorted()
            #expect(versions == Array(2...(1 + workers * winsPerWorker)), "every version won exactly once")
            let final = try await client.organisations.get(key: "lulea-kommun")
            #expect(final.version == 1 + workers * winsPerWorker)
            #expect(final.website == wins.max { $0.version < $1.version }?.website)
            let logged = try await env.services.database.read { db in
                try Int.fetchAll(
                    db, sql: "SELECT version FROM changeEvents WHERE resourceId = ? AND operation = 'updated' ORDER BY sequence",
                    arguments: [final.id.description])
            }
            #expect(logged == versions, "the change log holds the winners in order")
            print("no-lost-updates: \(wins.count) wins, \(conflicts) conflicts answered 412")
        }
    }

    @Test("concurrent creates with one Idempotency-Key over HTTP create exactly one record")
    func idempotentCreates() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let client = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let input = OrganisationInput(name: "Samtidigt Bolag AB", kind: .company, municipalityCode: MunicipalityCode(rawValue: "2480"))
            let ids = try await withThrowingTaskGroup(of: Organisation.ID.self) { group in
                for _ in 0..<24 {
                    group.addTask { try await client.organisations.create(input, idempotencyKey: "one-key-for-all").id }
                }
                return try await group.reduce(into: Set<Organisation.ID>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
            #expect(try await client.organisations.page(options: ListOptions(query: "Samtidigt Bolag")).total == 1)
        }
    }
}
