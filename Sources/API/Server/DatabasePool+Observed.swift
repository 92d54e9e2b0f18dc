import GRDB

extension ServiceMetrics {
    /// The metrics of the service handling the current request (bound by `RequestObservationMiddleware`), so that the
    /// database, the token store and idempotency record into them without being handed them.
    @TaskLocal static var current: ServiceMetrics?
}

extension DatabasePool {
    /// A write transaction whose wait for the writer and whose length are recorded in the request's metrics. It
    /// runs in a savepoint of a transaction shared with the writes that arrived meanwhile (`WriteBatcher`), and
    /// returns once that transaction is committed.
    func observedWrite<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await WriteBatcher.of(self).write(body)
    }

    /// A read whose wait for a connection is recorded in the request's metrics. It runs on the calling thread: a
    /// read is a short burst of CPU in SQLite, and handing it to GRDB's dispatch queue and back cost two thread
    /// switches per request (see docs/benchmark-notes.md). Every read of a request path must be such a blocking
    /// read: GRDB's async reads release their connection only once their task resumes, and cooperative threads
    /// blocked here waiting for a connection would never let it. `isolated` false skips the transaction around the
    /// closure, for a read that is one statement (or whose statements need not agree, as a page and its cached total).
    func observedRead<T: Sendable>(isolated: Bool = true, _ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        guard let metrics = ServiceMetrics.current else { return try readHere(isolated: isolated, body) }
        let asked = ContinuousClock.now
        var started: ContinuousClock.Instant?
        let result = try readHere(isolated: isolated) { db in
            started = .now
            return try body(db)
        }
        metrics.readWait((started ?? asked) - asked)
        return result
    }

    /// GRDB's blocking read, which runs the closure on the calling thread.
    private func readHere<T>(isolated: Bool, _ body: (Database) throws -> T) throws -> T {
        isolated ? try read(body) : try unsafeRead(body)
    }
}
