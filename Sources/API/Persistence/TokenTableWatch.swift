import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// Notices, through the database, that the token table changed in another process (`samordna token revoke`): a
/// dedicated read-only connection asks SQLite's `data_version` (which moves when any other connection commits) and,
/// when it moved, whether the newest token change did. Cheap enough for every request: no thread hop, no table read
/// while nothing was committed.
final class TokenTableWatch: Sendable {
    private let queue: DatabaseQueue
    private let probe: DataVersionProbe
    private let seen = Mutex<(dataVersion: Int, newestChange: Int64?)>((-1, nil))

    /// Opens the watch on the database file.
    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(1)
        queue = try DatabaseQueue(path: path, configuration: configuration)
        probe = try DataVersionProbe(path: path)
    }

    /// Whether the token table may have changed since the last call; true when it cannot tell.
    func tokensChanged() -> Bool {
        guard let version = probe.version() else { return true }
        if seen.withLock({ $0.dataVersion == version }) { return false }
        do {
            let newest = try queue.inDatabase { db in try Int64.fetchOne(db, sql: "SELECT MAX(updatedAt) FROM apiTokens") }
            return seen.withLock { seen in
                defer { seen = (version, newest) }
                return seen.newestChange != newest || seen.dataVersion == -1
            }
        } catch {
            return true
        }
    }
}

/// `PRAGMA data_version` on a read-only connection of its own, asked with one prepared statement under a lock: the
/// check runs on every authenticated request, where GRDB's serialized queue around it was 5% of a request.
private final class DataVersionProbe: @unchecked Sendable {
    private let lock = NSLock()
    private let connection: OpaquePointer
    private let statement: OpaquePointer

    init(path: String) throws {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let connection else {
            sqlite3_close_v2(connection)
            throw DatabaseError(resultCode: .SQLITE_CANTOPEN, message: "cannot open \(path) to watch the token table")
        }
        sqlite3_busy_timeout(connection, 1000)
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "PRAGMA data_version", -1, &statement, nil) == SQLITE_OK, let statement else {
            sqlite3_close_v2(connection)
            throw DatabaseError(resultCode: .SQLITE_ERROR, message: "cannot prepare PRAGMA data_version")
        }
        self.connection = connection
        self.statement = statement
    }

    deinit {
        sqlite3_finalize(statement)
        sqlite3_close_v2(connection)
    }

    /// The connection's data version, or nil when SQLite cannot answer.
    func version() -> Int? {
        lock.withLock {
            defer { sqlite3_reset(statement) }
            guard sqlite3_step(statement) == SQLITE_ROW else { return nil }
            return Int(sqlite3_column_int64(statement, 0))
        }
    }
}
