import Foundation
import GRDB
import Synchronization
import Testing

@testable import SamordnaAPI

@Suite("List totals cache")
struct CountCacheTests {
    @Test("a cheap total is recounted after every write to its table")
    func cheapIsExact() {
        let generations = TableGenerations()
        let cache = CountCache(generations: generations)
        var counted = 0
        let count = { () -> Int in
            counted += 1; return counted
        }
        #expect(cache.total(table: "t", key: "k", count: count) == 1)
        #expect(cache.total(table: "t", key: "k", count: count) == 1)
        generations.advance(["other"])
        #expect(cache.total(table: "t", key: "k", count: count) == 1)
        generations.advance(["t"])
        #expect(cache.total(table: "t", key: "k", count: count) == 2)
    }

    @Test("an expensive total lags writes by at most the allowed time")
    func expensiveLagsBriefly() {
        let generations = TableGenerations()
        let cache = CountCache(generations: generations, expensive: -1, maximumLag: 1)
        let start = Date()
        var counted = 0
        let count = { () -> Int in
            counted += 1; return counted
        }
        #expect(cache.total(table: "t", key: "k", now: start, count: count) == 1)
        generations.advance(["t"])
        #expect(cache.total(table: "t", key: "k", now: start.addingTimeInterval(0.5), count: count) == 1)
        #expect(cache.total(table: "t", key: "k", now: start.addingTimeInterval(1.5), count: count) == 2)
    }

    @Test("past its lag, an expensive total is served at once and counted again in the background")
    func expensiveRefreshesInTheBackground() async throws {
        let generations = TableGenerations()
        let recounts = Mutex(0)
        let cache = CountCache(generations: generations, expensive: -1, maximumLag: 0) { sql, arguments in
            #expect(sql == "SELECT COUNT(*) FROM t WHERE a = ?" && arguments == ["x".databaseValue])
            return recounts.withLock {
                $0 += 1; return 100 + $0
            }
        }
        let query = (sql: "SELECT COUNT(*) FROM t WHERE a = ?", arguments: ["x".databaseValue])
        var inline = 0
        let count = { () -> Int in
            inline += 1; return inline
        }
        #expect(cache.total(table: "t", key: "k", sql: query.sql, arguments: query.arguments, count: count) == 1)
        generations.advance(["t"])
        // The request is answered with the stale total, not made to wait for the count.
        #expect(cache.total(table: "t", key: "k", sql: query.sql, arguments: query.arguments, count: count) == 1)
        var refreshed = 1
        for _ in 0..<200 where refreshed == 1 {
            try await Task.sleep(for: .milliseconds(10))
            refreshed = cache.total(table: "t", key: "k", sql: query.sql, arguments: query.arguments, count: count)
        }
        #expect(refreshed == 101)
        #expect(inline == 1)
        #expect(recounts.withLock { $0 } == 1)
    }
}
