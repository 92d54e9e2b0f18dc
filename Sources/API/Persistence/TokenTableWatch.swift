import GRDB
import Synchronization

/// Notices, through the database, that the token table changed in another process (`samordna token revoke`): a
/// dedicated read-only connection asks SQLite's `data_version` (which moves when any other connection commits) and,
/// when it moved, whether the newest token change did. Cheap enough for every request: no thread hop, no table read
/// while nothing was committed.
final class TokenTableWatch: Sendable {
    private let queue: DatabaseQueue
    private let seen = Mutex<(dataVersion: Int, newestChange: Int64?)>((-1, nil))

    /// Opens the watch on the database file.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Whether the token table may have changed since the last call; true when it cannot tell.
    func tokensChanged() -> Bool {
        do {
            return try queue.inDatabase { db in
                let version = try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
                if seen.withLock({ $0.dataVersion == version }) { return false }
                let newest = try Int64.fetchOne(db, sql: "SELECT MAX(updatedAt) FROM apiTokens")
                return seen.withLock { seen in
                    defer { seen = (version, newest) }
                    return seen.newestChange != newest || seen.dataVersion == -1
                }
            }
        } catch {
            return true
        }
    }
}
