import Foundation
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
}
