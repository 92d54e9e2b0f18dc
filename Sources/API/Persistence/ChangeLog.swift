import Foundation
import GRDB
import SamordnaDomain

/// The append-only record of every write, made in the same transaction as the write itself: one entry per record
/// changed, with who (token, organisation), the request and the changed fields. It is the audit trail and the source
/// of the change feed, and it keeps the tombstone of a deleted record. Personal data values are never written here
/// (a personal field is named, not valued); triggers refuse to change or delete an entry.
enum ChangeLog {
    typealias Operation = AuditEntry.Operation

    static func append(
        _ db: Database, resourceType: String, resourceId: String, operation: Operation, version: Int,
        at now: Date, by principal: Principal?, changes: [AuditEntry.Change] = []
    ) throws {
        try db.executeCached(
            """
            INSERT INTO changeEvents (resourceType, resourceId, operation, version, occurredAt, tokenId, organisationId, requestId, changes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                resourceType, resourceId, operation.rawValue, version, DatabaseTime.milliseconds(now), principal?.tokenId.description,
                principal?.organisationId.description, principal?.requestId, JSONColumn.text(changes) ?? "[]",
            ])
        try SearchIndex.refresh(type: resourceType, id: resourceId, in: db)
        ChangeSignal.shared.signalOnCommit(of: db)
    }

    /// An entry as stored.
    static func entry(_ row: Row) throws -> AuditEntry {
        AuditEntry(
            sequence: row["sequence"], resourceType: row["resourceType"], resourceId: row["resourceId"],
            operation: AuditEntry.Operation(rawValue: row["operation"]) ?? .updated, version: row["version"],
            occurredAt: row.date("occurredAt"), tokenId: (row["tokenId"] as String?).flatMap(APIToken.ID.init),
            organisationId: (row["organisationId"] as String?).flatMap(Organisation.ID.init), requestId: row["requestId"],
            changes: try row.json("changes", as: [AuditEntry.Change].self) ?? [])
    }
}
