import Foundation
import GRDB

/// Opens the SQLite database the way Samordna needs it: WAL, foreign keys, a busy timeout.
enum DatabaseFactory {
    /// Opens (creating if missing) the database file and its folder, and migrates it to the current schema.
    static func open(path: String, migrate: Bool = true) throws -> DatabasePool {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StartupError("cannot create the database folder \(folder.path): \(error.localizedDescription)")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.maximumReaderCount = 8
        configuration.prepareDatabase { db in
            // WAL survives a killed process with NORMAL; every write is still one transaction.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StartupError("cannot open the database at \(path): \(error)")
        }
        let migrator = Migrations.migrator
        let unknown = try pool.read { db in try migrator.appliedIdentifiers(db).subtracting(migrator.migrations) }
        guard unknown.isEmpty else {
            throw StartupError(
                "the database at \(path) was made by a newer release of Samordna (it has the migrations "
                    + "\(unknown.sorted().joined(separator: ", ")), which this one does not know); run that release, or restore a backup")
        }
        if migrate { try migrator.migrate(pool) }
        return pool
    }
}

/// A start-up failure with a message that says what to fix.
public struct StartupError: Error, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public let description: String
    init(_ description: String) { self.description = description }
}
