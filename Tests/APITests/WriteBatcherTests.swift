import Foundation
import GRDB
import Testing

@testable import SamordnaAPI

@Suite("Group commit")
struct WriteBatcherTests {
    struct Refused: Error {}

    /// A pool on a new file in its own folder, with one table `t` made by `schema`; the folder goes with `body`.
    func withPool(_ schema: String, _ body: (DatabasePool) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batcher-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pool = try DatabaseFactory.open(path: folder.appendingPathComponent("db.sqlite").path, migrate: false)
        try await pool.write { db in try db.execute(sql: schema) }
        try await body(pool)
    }

    @Test("concurrent writes share transactions; a failing one rolls back alone and is answered with its own error")
    func savepointsIsolateFailures() async throws {
        try await withPool("CREATE TABLE t (n INTEGER PRIMARY KEY)") { pool in
            let outcomes = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
                for n in 0..<300 {
                    group.addTask {
                        do {
                            let written = try await pool.observedWrite { db -> Int in
                                try db.execute(sql: "INSERT INTO t (n) VALUES (?)", arguments: [n])
                                if n % 5 == 0 { throw Refused() }
                                return n
                            }
                            return (written, true)
                        } catch is Refused {
                            return (n, false)
                        }
                    }
                }
                return try await group.reduce(into: [Int: Bool]()) { $0[$1.0] = $1.1 }
            }
            #expect(outcomes.count == 300)
            #expect(outcomes.allSatisfy { $0.value == ($0.key % 5 != 0) })
            let stored = try await pool.read { db in try Int.fetchAll(db, sql: "SELECT n FROM t ORDER BY n") }
            #expect(stored == (0..<300).filter { $0 % 5 != 0 })
        }
    }

    @Test("a write made directly through GRDB is not starved by a stream of batched writes")
    func directWritesInterleave() async throws {
        try await withPool("CREATE TABLE t (n INTEGER)") { pool in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<2000 {
                    group.addTask {
                        try await pool.observedWrite { db in try db.execute(sql: "INSERT INTO t (n) VALUES (?)", arguments: [n]) }
                    }
                }
                group.addTask { try await pool.write { db in try db.execute(sql: "INSERT INTO t (n) VALUES (-1)") } }
                try await group.waitForAll()
            }
            let count = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM t") }
            #expect(count == 2001)
        }
    }
}
