import GRDB
import SamordnaDomain

/// Who may see a meeting (and so its decisions and actions): everyone unless it is confidential; then
/// admins, the organiser and the participating organisations.
enum MeetingVisibility {
    /// The SQL condition on a meeting row aliased `m`, for a non-admin organisation (two arguments).
    static let condition =
        "(m.confidential = 0 OR m.organiserId = ? OR EXISTS (SELECT 1 FROM meetingParticipants p WHERE p.meetingId = m.id AND p.organisationId = ?))"

    /// The list condition for meetings (table aliased `m`); nil for admins, who see everything.
    static func meetings(for principal: Principal) -> ListQuery.Condition? {
        guard !principal.isAdmin else { return nil }
        let organisation = principal.organisationId.description
        return ListQuery.Condition(sql: condition, arguments: [organisation, organisation])
    }

    /// The list condition for records of `table` that belong to a meeting through `meetingId` and are visible as
    /// it is, or (with `ownerColumn`) because the principal's organisation owns them.
    static func records(of table: String, for principal: Principal, orOwnedVia ownerColumn: String? = nil) -> ListQuery.Condition? {
        guard let meeting = meetings(for: principal) else { return nil }
        let linked = "EXISTS (SELECT 1 FROM meetings m WHERE m.id = \(table).meetingId AND \(meeting.sql))"
        guard let ownerColumn else { return ListQuery.Condition(sql: linked, arguments: meeting.arguments) }
        return ListQuery.Condition(
            sql: "\(ownerColumn) = ? OR \(linked)", arguments: [principal.organisationId.description] + meeting.arguments)
    }

    /// The organiser of a live meeting the principal may see, or nil (a hidden meeting is answered as missing).
    static func organiser(of meeting: Meeting.ID, visibleTo principal: Principal, in db: Database) throws -> String? {
        var sql = "SELECT organiserId FROM meetings m WHERE m.id = ? AND m.deletedAt IS NULL"
        var arguments = [meeting.description]
        if let visible = meetings(for: principal) {
            sql += " AND \(visible.sql)"
            arguments += visible.arguments
        }
        return try String.fetchOne(db, sql: sql, arguments: StatementArguments(arguments))
    }

    /// The date of a live meeting, or nil.
    static func date(of meeting: Meeting.ID, in db: Database) throws -> CalendarDate? {
        try String.fetchOne(db, sql: "SELECT date FROM meetings WHERE id = ? AND deletedAt IS NULL", arguments: [meeting.description])
            .flatMap(CalendarDate.init)
    }
}
