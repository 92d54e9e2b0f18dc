import Foundation
import Synchronization

/// List totals by query. A total is exact while the table's generation has not moved. A total that
/// was expensive to count (over `expensive`, which only happens with hundreds of thousands of
/// matching rows) is served for up to `maximumLag` after a write before it is counted again, so that a
/// steady stream of writes cannot make every list page recount a million rows. Bounded; cleared when full.
final class CountCache: Sendable {
    private struct Entry {
        var generation: Int
        var total: Int
        var countedAt: Date
        var cost: TimeInterval
    }

    private let generations: TableGenerations
    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int
    let expensive: TimeInterval
    let maximumLag: TimeInterval

    init(generations: TableGenerations, capacity: Int = 4096, expensive: TimeInterval = 0.02, maximumLag: TimeInterval = 1) {
        self.generations = generations
        self.capacity = capacity
        self.expensive = expensive
        self.maximumLag = maximumLag
    }

    /// The total for `key` on `table`, computing it with `count` when no usable value is cached.
    func total(table: String, key: String, now: Date = Date(), count: () throws -> Int) rethrows -> Int {
        let generation = generations.generation(of: table)
        if let entry = entries.withLock({ $0[key] }) {
            let fresh = entry.generation == generation
            let tolerablyStale = entry.cost > expensive && now.timeIntervalSince(entry.countedAt) < maximumLag
            if fresh || tolerablyStale { return entry.total }
        }
        let started = Date()
        let total = try count()
        let entry = Entry(generation: generation, total: total, countedAt: now, cost: Date().timeIntervalSince(started))
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
        return total
    }
}
