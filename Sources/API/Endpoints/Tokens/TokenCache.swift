import Foundation
import SamordnaDomain
import Synchronization

/// Tokens by secret hash, so that a request does not read the token table. An entry is used while the
/// token table's generation has not moved (any create, revoke or `lastUsedAt` write in this process
/// invalidates all), while the database says no other process changed a token (`TokenTableWatch`: a revocation by
/// `samordna token revoke` applies to the next request), and for at most `timeToLive`.
final class TokenCache: Sendable {
    private struct Entry {
        var token: APIToken
        var generation: Int
        var cachedAt: Date
    }

    static let table = "apiTokens"
    let timeToLive: TimeInterval
    private let generations: TableGenerations
    private let watch: TokenTableWatch?
    private let entries = Mutex<[String: Entry]>([:])

    init(generations: TableGenerations, watch: TokenTableWatch?, timeToLive: TimeInterval = 5) {
        self.generations = generations
        self.watch = watch
        self.timeToLive = timeToLive
    }

    /// The current table generation, read before a lookup in the database.
    var generation: Int { generations.generation(of: TokenCache.table) }

    func token(forHash hash: String, now: Date) -> APIToken? {
        if watch?.tokensChanged() == true { entries.withLock { $0.removeAll(keepingCapacity: true) } }
        let generation = self.generation
        return entries.withLock { entries in
            guard let entry = entries[hash], entry.generation == generation, now.timeIntervalSince(entry.cachedAt) < timeToLive else {
                return nil
            }
            return entry.token
        }
    }

    func store(_ token: APIToken, forHash hash: String, generation: Int, now: Date) {
        entries.withLock { entries in
            if entries.count >= 10_000 { entries.removeAll(keepingCapacity: true) }
            entries[hash] = Entry(token: token, generation: generation, cachedAt: now)
        }
    }
}
