import Foundation
import GRDB
import Logging
import SamordnaDomain
import ServiceLifecycle

/// Personal data is kept no longer than its `retainUntil`: contact persons past that day are erased (with every link to
/// them, and a change-log entry each) by a daily job in the server and by `samordna cull`.
enum Retention {
    /// A contact that is (or would be) erased.
    public struct Culled: Sendable, CustomStringConvertible {
        public var id: String
        public var organisationId: String
        public var retainUntil: String
        public var description: String { "contact \(id) of organisation \(organisationId), retained until \(retainUntil)" }
    }

    /// Erases the contacts whose `retainUntil` is before `today`, or only lists them when `dryRun`.
    static func cull(_ database: DatabasePool, today: CalendarDate, dryRun: Bool, now: Date) throws -> [Culled] {
        try database.write { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id FROM contacts WHERE retainUntil IS NOT NULL AND retainUntil < ? ORDER BY retainUntil, id",
                arguments: [today.description])
            let contacts = Repository(table: ContactTable())
            return try rows.compactMap { row -> Culled? in
                guard let contact = try contacts.find(row["id"], in: db) else { return nil }
                if !dryRun { try contacts.delete(contact, by: nil, in: db, now: now) }
                return Culled(
                    id: contact.id.description, organisationId: contact.organisationId.description,
                    retainUntil: contact.retainUntil?.description ?? "")
            }
        }
    }
}

/// The server's daily retention job (`--cull-interval`), stopped with the server.
struct RetentionService: Service {
    let database: DatabasePool
    let interval: Duration
    let logger: Logger
    let clock: @Sendable () -> Date

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let now = clock()
                let culled = try Retention.cull(database, today: CalendarDate(now), dryRun: false, now: now)
                if !culled.isEmpty { logger.notice("Retention: erased contacts past retainUntil", metadata: ["count": "\(culled.count)"]) }
            } catch {
                logger.error("Retention job failed", metadata: ["error": "\(error)"])
            }
            try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
