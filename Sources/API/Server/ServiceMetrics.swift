import Foundation
import Metrics
import Prometheus

/// What an operator scrapes at `GET /metrics`: request counts and latencies per route template and status, how long
/// writes wait for the database and hold it, idempotency replays, token-cache hits, and the process's memory and open
/// files. Recorded through swift-metrics into this service's own Prometheus registry (no global state, so several
/// servers in one test process do not mix their figures).
final class ServiceMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
            .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
            .seconds(5),
        ]
        self.factory = factory
    }

    /// One answered request.
    func request(route: String, method: String, status: Int, duration: Duration) {
        Counter(
            label: "samordna_http_requests_total", dimensions: [("route", route), ("method", method), ("status", String(status))],
            factory: factory
        ).increment()
        Metrics.Timer(
            label: "samordna_http_request_duration_seconds", dimensions: [("route", route), ("method", method)], factory: factory
        )
        .recordNanoseconds(duration.nanoseconds)
    }

    /// A write transaction: how long it waited for the single writer, and how long it held it.
    func write(waited: Duration, held: Duration) {
        Metrics.Timer(label: "samordna_database_write_wait_seconds", factory: factory).recordNanoseconds(waited.nanoseconds)
        Metrics.Timer(label: "samordna_database_write_duration_seconds", factory: factory).recordNanoseconds(held.nanoseconds)
    }

    /// A read: how long it waited for a connection of the pool.
    func readWait(_ waited: Duration) {
        Metrics.Timer(label: "samordna_database_read_wait_seconds", factory: factory).recordNanoseconds(waited.nanoseconds)
    }

    /// An `Idempotency-Key` retry answered from the stored response.
    func idempotencyReplay() { Counter(label: "samordna_idempotency_replays_total", factory: factory).increment() }

    /// A token looked up in the cache (`hit`) or in the database.
    func tokenLookup(hit: Bool) {
        Counter(label: "samordna_token_cache_lookups_total", dimensions: [("result", hit ? "hit" : "miss")], factory: factory).increment()
    }

    /// The Prometheus text of every metric, with the process gauges read now.
    func exposition() -> String {
        Gauge(label: "samordna_process_resident_memory_bytes", factory: factory).record(Self.residentBytes())
        Gauge(label: "samordna_process_open_fds", factory: factory).record(Self.openFileDescriptors())
        return registry.emitToString()
    }

    private static func residentBytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }

    private static func openFileDescriptors() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }
}
