import Foundation
import GRDB
import SamordnaDomain

/// Decisions: recorded by admins and editors of the meeting's organiser; visible as the meeting is.
struct DecisionTable: ResourceTable {
    typealias Resource = Decision

    static let resourceType = "decision"
    static let listSpec = ListSpec(
        table: "decisions",
        filters: DecisionFilter.self,
        sortColumns: ["decidedOn": "decidedOn", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "decidedOn",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .meetingId: .identifier("meetingId")
        }
    }

    static let references: [Reference] = [.column("meetingId", to: "meetings")]

    static let fields: [Field<Decision>] = [
        .value("meetingId", { $0.meetingId }, { $0.meetingId }), .value("decidedOn", { $0.decidedOn }, { $0.decidedOn }),
        .value("text", { $0.text }, { $0.text }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Decision {
        guard let decidedOn = try row.calendarDate("decidedOn") else { throw StoredDataError(column: "decidedOn") }
        return Decision(
            id: try row.identifier("id"), meetingId: try row.identifier("meetingId"), text: row["text"], decidedOn: decidedOn,
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: DecisionInput, replacing existing: Decision?, by principal: Principal, in db: Database) throws {
        try MeetingOwnership.requireEdit(
            of: [input.meetingId, existing?.meetingId].compactMap { $0 }, by: principal, in: db, action: "record decisions")
    }

    func prepare(_ input: DecisionInput, replacing existing: Decision?, in db: Database, now: Date) throws -> DecisionInput {
        // An unknown meeting is reported from the declared reference.
        guard let meetingDate = try MeetingVisibility.date(of: input.meetingId, in: db) else { return input }
        if let existing, existing.meetingId != input.meetingId {
            throw DomainError.validationFailed([
                ValidationIssue(field: "meetingId", code: "immutable", detail: "A decision cannot move to another meeting.")
            ])
        }
        return try input.validated(meetingDate: meetingDate)
    }

    static func visibility(for principal: Principal) -> ListQuery.Condition? {
        MeetingVisibility.records(of: "decisions", for: principal)
    }

    func prepareDelete(_ decision: Decision, by principal: Principal, in db: Database, now: Date) throws {
        try MeetingOwnership.requireEdit(of: [decision.meetingId], by: principal, in: db, action: "delete decisions")
    }
}

/// Edits to a meeting's decisions and actions belong to admins and the meeting organiser's editors. A meeting the
/// principal may not see is skipped here, so that the reference check answers it as unknown (422), exactly like a
/// meeting that does not exist, instead of revealing it with a 403.
enum MeetingOwnership {
    static func requireEdit(of meetings: [Meeting.ID], by principal: Principal, in db: Database, action: String) throws {
        if principal.isAdmin { return }
        for meeting in meetings {
            guard let organiser = try MeetingVisibility.organiser(of: meeting, visibleTo: principal, in: db).flatMap(Organisation.ID.init)
            else { continue }
            try principal.requireEdit(ownedBy: organiser, "\(action) for this meeting")
        }
        if principal.role != .editor { throw DomainError.forbidden("Only an admin or an editor may \(action).") }
    }
}
