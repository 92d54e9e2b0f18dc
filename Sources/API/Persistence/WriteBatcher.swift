import GRDB
import Synchronization

/// Group commit: writes that arrive while another transaction is being written share the next one, each in its
/// own savepoint. A write that fails rolls back to its savepoint alone; the others commit together, and every
/// caller is answered only after that commit, so nothing is acknowledged that a crash could lose. The commit (WAL
/// frames for the table and each index touched, and now and then a checkpoint) was the largest single cost of a
/// create; shared by a batch, it is paid once for all of them.
final class WriteBatcher: Sendable {
    /// One write waiting for its transaction.
    private struct Job: Sendable {
        let body: @Sendable (Database) throws -> any Sendable
        let resume: @Sendable (Result<any Sendable, any Error>) -> Void
        let metrics: ServiceMetrics?
        let asked: ContinuousClock.Instant
    }

    /// The most writes one transaction takes, so that a batch's latency stays bounded.
    static let maximumBatch = 64

    private weak let pool: DatabasePool?
    private let state = Mutex<(pending: [Job], draining: Bool)>(([], false))

    private init(pool: DatabasePool) { self.pool = pool }

    /// Runs `body` inside a write transaction (shared with concurrent writes), answering once it is committed.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let metrics = ServiceMetrics.current
        let value: any Sendable = try await withCheckedThrowingContinuation { continuation in
            let job = Job(
                body: { try body($0) }, resume: { continuation.resume(with: $0) }, metrics: metrics, asked: .now)
            let start = state.withLock { state -> Bool in
                state.pending.append(job)
                guard !state.draining else { return false }
                state.draining = true
                return true
            }
            if start { drain() }
        }
        guard let result = value as? T else { preconditionFailure("a batched write answered another type") }
        return result
    }

    /// Writes one batch on GRDB's writer queue, then queues the next batch behind whatever else waits for the writer
    /// (so that writes made directly through GRDB are never starved by a steady stream of batches).
    private func drain() {
        guard let pool else {
            let jobs = state.withLock { state in
                defer { state = ([], false) }
                return state.pending
            }
            for job in jobs { job.resume(.failure(DatabaseError(resultCode: .SQLITE_MISUSE, message: "The database is closed."))) }
            return
        }
        pool.asyncWriteWithoutTransaction { db in
            let jobs = self.state.withLock { state -> [Job] in
                let taken = Array(state.pending.prefix(Self.maximumBatch))
                state.pending.removeFirst(taken.count)
                return taken
            }
            Self.commit(jobs, in: db)
            let more = self.state.withLock { state -> Bool in
                if state.pending.isEmpty { state.draining = false }
                return state.draining
            }
            if more { self.drain() }
        }
    }

    /// One transaction for the batch: each job in a savepoint; every job answered after the commit (or its failure).
    private static func commit(_ jobs: [Job], in db: Database) {
        guard !jobs.isEmpty else { return }
        var results: [Result<any Sendable, any Error>] = []
        results.reserveCapacity(jobs.count)
        do {
            try db.inTransaction(.immediate) {
                for job in jobs {
                    let started = ContinuousClock.now
                    var result: Result<any Sendable, any Error> = .failure(CancellationError())
                    do {
                        try db.inSavepoint {
                            result = .success(try ServiceMetrics.$current.withValue(job.metrics) { try job.body(db) })
                            return .commit
                        }
                    } catch {
                        result = .failure(error)
                    }
                    job.metrics?.write(waited: started - job.asked, held: .now - started)
                    results.append(result)
                }
                return .commit
            }
        } catch {
            for job in jobs { job.resume(.failure(error)) }
            return
        }
        for (job, result) in zip(jobs, results) { job.resume(result) }
    }

    private static let batchers = Mutex<[ObjectIdentifier: WriteBatcher]>([:])

    /// The batcher of a pool, made on first use.
    static func of(_ pool: DatabasePool) -> WriteBatcher {
        batchers.withLock { batchers in
            let key = ObjectIdentifier(pool)
            if let found = batchers[key], found.pool === pool { return found }
            batchers = batchers.filter { $0.value.pool != nil }
            let made = WriteBatcher(pool: pool)
            batchers[key] = made
            return made
        }
    }
}
