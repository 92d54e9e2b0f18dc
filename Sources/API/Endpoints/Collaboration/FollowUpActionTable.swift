import Foundation
import GRDB
import SamordnaDomain

/// Follow-up actions: created by admins and the meeting organiser's editors; the owning organisation's
/// editors update them (not their owner or meeting). Visible as the meeting is, and always to the owner.
struct FollowUpActionTable: ResourceTable {
    typealias Resource = FollowUpAction

    static let resourceType = "followUpAction"
    static let listSpec = ListSpec(
        table: "followUpActions",
        filters: FollowUpActionFilter.self,
        sortColumns: ["dueDate": "dueDate", "status": "status", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "dueDate",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .owner: .identifier("ownerId")
        case .status: .enumeration("status", FollowUpAction.Status.self)
        case .meetingId: .identifier("meetingId")
        case .decisionId: .identifier("decisionId")
        case .overdue: .flag("status IN ('open', 'inProgress') AND dueDate < ?", arguments: { [$0.description] })
        case .dueBefore: .date("dueDate", "<")
        }
    }

    static let references: [Reference] = [
        .column("meetingId", to: "meetings"), .column("decisionId", to: "decisions"), .column("ownerId", to: "organisations"),
        .column("ownerContactId", to: "contacts", onDelete: .unlink), .column("initiativeId", to: "initiatives", onDelete: .unlink),
    ]

    static let fields: [Field<FollowUpAction>] = [
        .value("meetingId", { $0.meetingId }, { $0.meetingId }), .value("decisionId", { $0.decisionId }, { $0.decisionId }),
        .value("description", { $0.description }, { $0.description }), .value("ownerId", { $0.ownerId }, { $0.ownerId }),
        .value("ownerContactId", { $0.ownerContactId }, { $0.ownerContactId }), .value("dueDate", { $0.dueDate }, { $0.dueDate }),
        .value("status", { $0.status ?? .open }, { $0.status }), .exported("completedAt") { $0.completedAt.map(Timestamp.format) },
        .value("outcomeUrl", { $0.outcomeUrl }, { $0.outcomeUrl }), .value("initiativeId", { $0.initiativeId }, { $0.initiativeId }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> FollowUpAction {
        guard let due = try row.calendarDate("dueDate") else { throw StoredDataError(column: "dueDate") }
        return FollowUpAction(
            id: try row.identifier("id"), meetingId: try row.identifier("meetingId"), decisionId: try row.optionalIdentifier("decisionId"),
            description: row["description"], ownerId: try row.identifier("ownerId"),
            ownerContactId: try row.optionalIdentifier("ownerContactId"),
            dueDate: due, status: try row.value("status"), completedAt: row.optionalDate("completedAt"), outcomeUrl: row["outcomeUrl"],
            initiativeId: try row.optionalIdentifier("initiativeId"), version: row["version"], createdAt: row.date("createdAt"),
            updatedAt: row.date("updatedAt"))
    }

    /// `completedAt` is the moment the action became done; it goes when the action is reopened.
    func derivedColumns(_ input: FollowUpActionInput, replacing existing: FollowUpAction?, now: Date) -> [(
        String, (any DatabaseValueConvertible)?
    )] {
        guard input.status == .done else { return [("completedAt", nil)] }
        let completed = existing?.status == .done ? existing?.completedAt ?? now : now
        return [("completedAt", DatabaseTime.milliseconds(completed))]
    }

    func authorise(_ input: FollowUpActionInput, replacing existing: FollowUpAction?, by principal: Principal, in db: Database) throws {
        if principal.isAdmin { return }
        if let existing, CollaborationPolicy.ownerMayUpdate(input, replacing: existing, by: principal) { return }
        try MeetingOwnership.requireEdit(
            of: [input.meetingId, existing?.meetingId].compactMap { $0 }, by: principal, in: db, action: "assign actions")
    }

    func prepare(_ input: FollowUpActionInput, replacing existing: FollowUpAction?, in db: Database, now: Date) throws
        -> FollowUpActionInput
    {
        var v = Validator()
        let meetingDate = try MeetingVisibility.date(of: input.meetingId, in: db)
        if let decision = input.decisionId,
            let meeting = try String.fetchOne(
                db, sql: "SELECT meetingId FROM decisions WHERE id = ? AND deletedAt IS NULL", arguments: [decision.description]),
            meeting != input.meetingId.description
        {
            v.add("decisionId", "decisionOfAnotherMeeting", "The decision was taken at another meeting.")
        }
        // A link that was valid when made is not re-judged by an unrelated edit (the person may have moved since).
        if input.ownerContactId != existing?.ownerContactId || input.ownerId != existing?.ownerId {
            try ContactRules.checkWorksAt(input.ownerId, contact: input.ownerContactId, field: "ownerContactId", in: db, into: &v)
        }
        let validated =
            try v.include { try input.validated(meetingDate: meetingDate ?? input.dueDate, replacing: existing?.status) } ?? input
        try v.check()
        return validated
    }

    static func visibility(for principal: Principal) -> ListQuery.Condition? {
        MeetingVisibility.records(of: "followUpActions", for: principal, orOwnedVia: "ownerId")
    }

    func prepareDelete(_ action: FollowUpAction, by principal: Principal, in db: Database, now: Date) throws {
        try MeetingOwnership.requireEdit(of: [action.meetingId], by: principal, in: db, action: "delete actions")
    }
}
