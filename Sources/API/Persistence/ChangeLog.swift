import Foundation
import GRDB
import SamordnaDomain

/// The append-only record of every write, made in the same transaction as the write itself. It is
/// the source for the change feed and the audit trail that come later, and it keeps the tombstone
/// of a deleted record (personal data is never written here).
enum ChangeLog {
    enum Operation: String {
        case created, updated, deleted
    }

    static func append(
        _ db: Database, resourceType: String, resourceId: String, operation: Operation, version: Int,
        at now: Date, by principal: Principal?
    ) throws {
        try db.executeCached(
            """
            INSERT INTO changeEvents (resourceType, resourceId, operation, version, occurredAt, tokenId)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                resourceType, resourceId, operation.rawValue, version, DatabaseTime.milliseconds(now), principal?.tokenId.description,
            ])
    }
}
