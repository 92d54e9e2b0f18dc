import Foundation
import SamordnaDomain
import Synchronization

/// Per-token request budgets, as the DIGG profile expects of a shared API: each token may make `perMinute` requests a
/// minute on average, in bursts of up to that many; beyond it the answer is 429 with `Retry-After`. Admin tokens may be
/// exempt (the coordinator's own tooling, the benchmark's token).
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    let perMinute: Int
    let exemptsAdmins: Bool
    private let buckets = Mutex<[APIToken.ID: Bucket]>([:])

    init(perMinute: Int, exemptsAdmins: Bool) {
        self.perMinute = perMinute
        self.exemptsAdmins = exemptsAdmins
    }

    /// Takes one request from the principal's budget, or throws 429 saying when to retry.
    func admit(_ principal: Principal, now: Date) throws {
        if exemptsAdmins && principal.isAdmin { return }
        let capacity = Double(perMinute)
        let perSecond = capacity / 60
        let wait: Double? = buckets.withLock { buckets in
            if buckets.count > 100_000 { buckets.removeAll(keepingCapacity: true) }
            var bucket = buckets[principal.tokenId] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = min(capacity, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * perSecond)
            bucket.updated = now
            defer { buckets[principal.tokenId] = bucket }
            guard bucket.tokens >= 1 else { return (1 - bucket.tokens) / perSecond }
            bucket.tokens -= 1
            return nil
        }
        if let wait {
            throw APIProblem.tooManyRequests(retryAfter: Int(wait.rounded(.up)), perMinute: perMinute)
        }
    }
}
