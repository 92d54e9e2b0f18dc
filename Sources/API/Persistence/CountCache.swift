import Synchronization

/// List totals by query, valid while the table's generation has not moved: a `COUNT(*)` over a
/// million rows costs tens of milliseconds, a cached one nothing. Bounded; cleared when full.
final class CountCache: Sendable {
    private struct Entry {
        var generation: Int
        var total: Int
    }

    private let generations: TableGenerations
    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    init(generations: TableGenerations, capacity: Int = 4096) {
        self.generations = generations
        self.capacity = capacity
    }

    /// The total for `key` on `table`, computing it with `count` when not cached at the current generation.
    func total(table: String, key: String, count: () throws -> Int) rethrows -> Int {
        let generation = generations.generation(of: table)
        if let entry = entries.withLock({ $0[key] }), entry.generation == generation {
            return entry.total
        }
        let total = try count()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(generation: generation, total: total)
        }
        return total
    }
}
