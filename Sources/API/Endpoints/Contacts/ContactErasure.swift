import Foundation
import GRDB
import SamordnaDomain

/// Erasing a person removes every reference to them, in the same transaction, without breaking the
/// records that mentioned them: a forum seat loses its representative (and the former-representative
/// entry), a meeting its contact, an action its contact person. Each changed record gets a new version
/// and a change-log entry.
enum ContactErasure {
    static func removeReferences(to contact: Contact.ID, by principal: Principal, in db: Database, now: Date) throws {
        let id = contact.description
        let stamp = DatabaseTime.milliseconds(now)
        try scrub(
            table: "forumMemberships", resourceType: ForumMembershipTable.resourceType,
            matching: """
                representativeId = ?1 OR EXISTS (SELECT 1 FROM json_each(representativeHistory) h WHERE json_extract(h.value, '$.contactId') = ?1)
                """,
            assignments: """
                representativeId = NULLIF(representativeId, ?1),
                representativeHistory = (SELECT json_group_array(json(h.value)) FROM json_each(representativeHistory) h
                                         WHERE json_extract(h.value, '$.contactId') != ?1)
                """, id: id, stamp: stamp, principal: principal, db: db)
        try scrub(
            table: "meetings", resourceType: MeetingTable.resourceType,
            matching: "EXISTS (SELECT 1 FROM json_each(contactIds) c WHERE c.value = ?1)",
            assignments: "contactIds = (SELECT json_group_array(c.value) FROM json_each(contactIds) c WHERE c.value != ?1)",
            id: id, stamp: stamp, principal: principal, db: db)
        try scrub(
            table: "followUpActions", resourceType: FollowUpActionTable.resourceType, matching: "ownerContactId = ?1",
            assignments: "ownerContactId = NULL", id: id, stamp: stamp, principal: principal, db: db)
    }

    private static func scrub(
        table: String, resourceType: String, matching: String, assignments: String, id: String, stamp: Int64, principal: Principal,
        db: Database
    ) throws {
        let affected = try Row.fetchAll(db, sql: "SELECT id, version FROM \(table) WHERE \(matching)", arguments: [id])
        guard !affected.isEmpty else { return }
        try db.execute(
            sql: "UPDATE \(table) SET \(assignments), version = version + 1, updatedAt = ?2 WHERE \(matching)", arguments: [id, stamp])
        for row in affected {
            try ChangeLog.append(
                db, resourceType: resourceType, resourceId: row["id"], operation: .updated, version: (row["version"] as Int) + 1,
                at: DatabaseTime.date(stamp), by: principal)
        }
    }
}
