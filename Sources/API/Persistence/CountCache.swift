import Foundation
import GRDB
import Synchronization

/// List totals by query. A total is exact while the table's generation has not moved. A total that was expensive
/// to count (over `expensive`, which only happens with hundreds of thousands of matching rows) is served after a
/// write for up to its lag — `maximumLag`, or 50 times what it cost to count if that is longer — and then, where a
/// `recount` is given, still served while it is counted again away from any request, so that a steady stream of
/// writes neither makes every page recount a million rows nor makes one request wait for it. Bounded; cleared when
/// full.
final class CountCache: Sendable {
    private struct Entry {
        var generation: Int
        var total: Int
        var countedAt: Date
        var cost: TimeInterval
    }

    /// Counts a total on a connection of its own: the `COUNT` statement and its arguments.
    typealias Recount = @Sendable (_ sql: String, _ arguments: [DatabaseValue]) throws -> Int

    private let generations: TableGenerations
    private let entries = Mutex<[String: Entry]>([:])
    private let refreshing = Mutex<Set<String>>([])
    private let capacity: Int
    private let recount: Recount?
    let expensive: TimeInterval
    let maximumLag: TimeInterval

    init(
        generations: TableGenerations, capacity: Int = 4096, expensive: TimeInterval = 0.02, maximumLag: TimeInterval = 1,
        recount: Recount? = nil
    ) {
        self.generations = generations
        self.capacity = capacity
        self.expensive = expensive
        self.maximumLag = maximumLag
        self.recount = recount
    }

    /// How long after a write an expensive total may still be served before it is counted again.
    func lag(ofTotalCosting cost: TimeInterval) -> TimeInterval { max(maximumLag, cost * 50) }

    /// The total for `key` on `table`, computing it with `count` when no usable value is cached. With the count's
    /// `sql` and `arguments`, an expensive total past its lag is served as it is and recounted in the background.
    func total(
        table: String, key: String, sql: String? = nil, arguments: [DatabaseValue] = [], now: Date = Date(), count: () throws -> Int
    ) rethrows -> Int {
        let generation = generations.generation(of: table)
        if let entry = entries.withLock({ $0[key] }) {
            if entry.generation == generation { return entry.total }
            if entry.cost > expensive {
                guard now.timeIntervalSince(entry.countedAt) >= lag(ofTotalCosting: entry.cost) else { return entry.total }
                if let recount, let sql {
                    refresh(key, table: table, sql: sql, arguments: arguments, recount: recount)
                    return entry.total
                }
            }
        }
        let started = Date()
        let total = try count()
        store(key, Entry(generation: generation, total: total, countedAt: now, cost: Date().timeIntervalSince(started)))
        return total
    }

    private func store(_ key: String, _ entry: Entry) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
    }

    /// Counts `key` again in a task of its own, one at a time per key.
    private func refresh(_ key: String, table: String, sql: String, arguments: [DatabaseValue], recount: @escaping Recount) {
        guard refreshing.withLock({ $0.insert(key).inserted }) else { return }
        Task.detached(priority: .background) { [self] in
            defer { _ = refreshing.withLock { $0.remove(key) } }
            let generation = generations.generation(of: table)
            let started = Date()
            guard let total = try? recount(sql, arguments) else { return }
            store(key, Entry(generation: generation, total: total, countedAt: Date(), cost: Date().timeIntervalSince(started)))
        }
    }
}
