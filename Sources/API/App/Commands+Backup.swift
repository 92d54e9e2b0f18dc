import Foundation
import GRDB

extension Commands {
    /// What a backup or a check of one found.
    public struct BackupReport: Sendable, CustomStringConvertible {
        /// The file written or checked.
        public var path: String
        public var bytes: Int
        /// Live records per table, to compare with the source.
        public var records: [String: Int]

        public var description: String {
            "\(path): \(bytes) bytes, integrity ok, "
                + records.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
    }

    /// Takes a consistent online copy of the database while the server goes on serving (SQLite's backup API reads
    /// one snapshot), then checks it: `integrity_check` and `foreign_key_check` on the copy.
    public static func backup(_ configuration: AppConfiguration, to destination: String) throws -> BackupReport {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw StartupError("\(destination) exists; a backup never overwrites a file")
        }
        let source = try DatabaseFactory.open(path: configuration.databasePath, migrate: false)
        do {
            let copy = try DatabaseQueue(path: destination)
            try source.backup(to: copy)
            try copy.close()
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw StartupError("the backup to \(destination) failed: \(error)")
        }
        return try verify(destination)
    }

    /// Puts a checked backup back as the database. Stop the server first: the file is replaced whole.
    public static func restore(_ configuration: AppConfiguration, from backup: String) throws -> BackupReport {
        let report = try verify(backup)
        let target = URL(fileURLWithPath: configuration.databasePath)
        let staging = target.appendingPathExtension("restoring")
        let manager = FileManager.default
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try manager.copyItem(atPath: backup, toPath: staging.path)
        for suffix in ["-wal", "-shm"] { try? manager.removeItem(atPath: target.path + suffix) }
        if manager.fileExists(atPath: target.path) {
            _ = try manager.replaceItemAt(target, withItemAt: staging)
        } else {
            try manager.moveItem(at: staging, to: target)
        }
        _ = try DatabaseFactory.open(path: target.path)
        return report
    }

    /// Checks a backup file: it opens, passes `integrity_check` and `foreign_key_check`, and is not from a newer release.
    public static func verify(_ path: String) throws -> BackupReport {
        guard FileManager.default.fileExists(atPath: path) else { throw StartupError("no backup at \(path)") }
        var configuration = Configuration()
        configuration.readonly = true
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: path, configuration: configuration) } catch {
            throw StartupError("\(path) is not a SQLite database: \(error)")
        }
        let (integrity, dangling, records) = try queue.read { db in
            let integrity = try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer"
            let dangling = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            var records: [String: Int] = [:]
            for table in ["organisations", "contacts", "meetings", "forums", "changeEvents"] where try db.tableExists(table) {
                records[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return (integrity, dangling, records)
        }
        guard integrity == "ok", dangling == 0 else {
            throw StartupError("\(path) fails its check: integrity \(integrity), \(dangling) dangling references")
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return BackupReport(path: path, bytes: bytes, records: records)
    }
}
