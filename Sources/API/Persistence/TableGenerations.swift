import GRDB
import Synchronization

/// A counter per table that moves on every committed transaction that changed the table. Caches of
/// derived values (list totals, authenticated tokens) remember the generation they were computed at
/// and are valid while it has not moved. Fed by `TableChangeObserver` on the writer connection.
final class TableGenerations: Sendable {
    private let counters = Mutex<[String: Int]>([:])

    /// The current generation of a table.
    func generation(of table: String) -> Int {
        counters.withLock { $0[table, default: 0] }
    }

    func advance(_ tables: Set<String>) {
        counters.withLock { counters in
            for table in tables { counters[table, default: 0] += 1 }
        }
    }
}

/// Collects the tables a transaction changes and advances their generations once it commits.
/// GRDB calls it on the writer's queue only.
final class TableChangeObserver: TransactionObserver {
    private let generations: TableGenerations
    private var changed = Set<String>()

    init(generations: TableGenerations) {
        self.generations = generations
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { true }

    func databaseDidChange(with event: DatabaseEvent) {
        changed.insert(event.tableName)
    }

    func databaseDidCommit(_ db: Database) {
        if !changed.isEmpty { generations.advance(changed) }
        changed.removeAll()
    }

    func databaseDidRollback(_ db: Database) {
        changed.removeAll()
    }
}
