import Foundation

/// A decision taken at a meeting.
public struct Decision: Codable, Hashable, Sendable, Identifiable {
    /// The decision's identifier.
    public typealias ID = Identifier<Decision>

    public var id: ID
    public var meetingId: Meeting.ID
    public var text: String
    /// The date it was decided; the meeting's date unless given.
    public var decidedOn: CalendarDate
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a decision value.
    public init(id: ID, meetingId: Meeting.ID, text: String, decidedOn: CalendarDate, version: Int, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.meetingId = meetingId
        self.text = text
        self.decidedOn = decidedOn
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: DecisionInput { DecisionInput(meetingId: meetingId, text: text, decidedOn: decidedOn) }
}

/// The writable fields of a decision.
public struct DecisionInput: ResourceInput {
    public var meetingId: Meeting.ID
    public var text: String
    public var decidedOn: CalendarDate?

    /// Creates the input for a decision.
    public init(meetingId: Meeting.ID, text: String, decidedOn: CalendarDate? = nil) {
        self.meetingId = meetingId
        self.text = text
        self.decidedOn = decidedOn
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case meetingId, text, decidedOn
    }

    public static let requiredFields: Set<String> = ["meetingId", "text"]

    /// Checks the rules against the meeting it belongs to; returns the input with the date defaulted.
    public func validated(meetingDate: CalendarDate) throws -> DecisionInput {
        var v = Validator()
        var result = self
        v.text(text, field: "text", required: true, maxLength: 10_000)
        if let decidedOn, decidedOn < meetingDate {
            v.add("decidedOn", "beforeMeeting", "A decision cannot be taken before its meeting (\(meetingDate)).")
        }
        result.decidedOn = decidedOn ?? meetingDate
        try v.check()
        return result
    }
}
