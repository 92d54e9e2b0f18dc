import Foundation

/// Something an organisation must do after a meeting or decision, by a date.
public struct FollowUpAction: Codable, Hashable, Sendable, Identifiable {
    /// The action's identifier.
    public typealias ID = Identifier<FollowUpAction>

    /// Where an action stands: open ⇄ inProgress → done or dropped; done may be reopened as inProgress, dropped as open.
    public enum Status: String, Codable, CaseIterable, Sendable, Lifecycle {
        case open, inProgress, done, dropped

        /// The statuses an action may move to from this one.
        public var successors: Set<Status> {
            switch self {
            case .open: [.inProgress, .done, .dropped]
            case .inProgress: [.open, .done, .dropped]
            case .done: [.inProgress]
            case .dropped: [.open]
            }
        }

        /// Whether the action still needs doing.
        public var isPending: Bool { self == .open || self == .inProgress }
    }

    public var id: ID
    public var meetingId: Meeting.ID
    public var decisionId: Decision.ID?
    public var description: String
    /// The organisation that must act; its editors update the action.
    public var ownerId: Organisation.ID
    public var ownerContactId: Contact.ID?
    public var dueDate: CalendarDate
    public var status: Status
    /// When it was marked done (kept by the server).
    public var completedAt: Date?
    /// A link to what came of it, e.g. a report or decision document.
    public var outcomeUrl: String?
    /// The initiative that came of the action, if one did.
    public var initiativeId: Initiative.ID?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates an action value.
    public init(
        id: ID, meetingId: Meeting.ID, decisionId: Decision.ID?, description: String, ownerId: Organisation.ID,
        ownerContactId: Contact.ID?, dueDate: CalendarDate, status: Status, completedAt: Date?, outcomeUrl: String?,
        initiativeId: Initiative.ID? = nil, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.meetingId = meetingId
        self.decisionId = decisionId
        self.description = description
        self.ownerId = ownerId
        self.ownerContactId = ownerContactId
        self.dueDate = dueDate
        self.status = status
        self.completedAt = completedAt
        self.outcomeUrl = outcomeUrl
        self.initiativeId = initiativeId
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether the action is past its due date and not finished, on `today`.
    public func isOverdue(on today: CalendarDate) -> Bool { status.isPending && dueDate < today }

    /// The writable fields.
    public var input: FollowUpActionInput {
        FollowUpActionInput(
            meetingId: meetingId, decisionId: decisionId, description: description, ownerId: ownerId, ownerContactId: ownerContactId,
            dueDate: dueDate, status: status, outcomeUrl: outcomeUrl, initiativeId: initiativeId)
    }
}

/// The writable fields of a follow-up action.
public struct FollowUpActionInput: ResourceInput {
    public var meetingId: Meeting.ID
    public var decisionId: Decision.ID?
    public var description: String
    public var ownerId: Organisation.ID
    public var ownerContactId: Contact.ID?
    public var dueDate: CalendarDate
    /// Defaults to `open` on create.
    public var status: FollowUpAction.Status?
    public var outcomeUrl: String?
    public var initiativeId: Initiative.ID?

    /// Creates the input for an action.
    public init(
        meetingId: Meeting.ID, decisionId: Decision.ID? = nil, description: String, ownerId: Organisation.ID,
        ownerContactId: Contact.ID? = nil, dueDate: CalendarDate, status: FollowUpAction.Status? = nil, outcomeUrl: String? = nil,
        initiativeId: Initiative.ID? = nil
    ) {
        self.meetingId = meetingId
        self.decisionId = decisionId
        self.description = description
        self.ownerId = ownerId
        self.ownerContactId = ownerContactId
        self.dueDate = dueDate
        self.status = status
        self.outcomeUrl = outcomeUrl
        self.initiativeId = initiativeId
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case meetingId, decisionId, description, ownerId, ownerContactId, dueDate, status, outcomeUrl, initiativeId
    }

    public static let requiredFields: Set<String> = ["meetingId", "description", "ownerId", "dueDate"]

    /// Checks the rules against the meeting; returns the input with the status defaulted.
    public func validated(meetingDate: CalendarDate, replacing existing: FollowUpAction.Status?) throws -> FollowUpActionInput {
        var v = Validator()
        var result = self
        v.text(description, field: "description", required: true, maxLength: 4000)
        v.url(outcomeUrl, field: "outcomeUrl")
        if dueDate < meetingDate {
            v.add("dueDate", "beforeMeeting", "An action cannot be due before its meeting (\(meetingDate)).")
        }
        result.status = status ?? existing ?? .open
        try v.check()
        if let existing, let next = result.status { try existing.checkTransition(to: next) }
        return result
    }
}
