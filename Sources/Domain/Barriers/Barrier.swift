import Foundation

/// A barrier (*hinder*) a company meets, routed to the organisation that can remove it, so that the state "makes
/// things simpler for companies". The routed organisation must acknowledge it within `acknowledgementDays` calendar
/// days of routing and aims to resolve it by `targetDate`; the times taken are derived from the status history.
public struct Barrier: Codable, Hashable, Sendable, Identifiable {
    /// The barrier's identifier.
    public typealias ID = Identifier<Barrier>

    /// What kind of barrier it is.
    public enum Category: String, Codable, CaseIterable, Sendable {
        case permits, gridConnection, housing, skills, transport, regulation, financing, publicServices, other
    }

    /// A barrier's lifecycle: reported → acknowledged → underReview → beingResolved → resolved or notResolvable, where
    /// steps may be skipped forward; a closed barrier may be reopened (underReview). Every status but `reported` needs
    /// a responsible organisation.
    public enum Status: String, Codable, CaseIterable, Sendable, Lifecycle {
        case reported, acknowledged, underReview, beingResolved, resolved, notResolvable

        public var successors: Set<Status> {
            switch self {
            case .reported: [.acknowledged, .underReview, .beingResolved, .resolved, .notResolvable]
            case .acknowledged: [.underReview, .beingResolved, .resolved, .notResolvable]
            case .underReview: [.beingResolved, .resolved, .notResolvable]
            case .beingResolved: [.underReview, .resolved, .notResolvable]
            case .resolved, .notResolvable: [.underReview]
            }
        }

        /// Whether the barrier is closed, with a resolution.
        public var isClosed: Bool { self == .resolved || self == .notResolvable }
    }

    /// One entry of the status history: the status and the real-world day it began.
    public struct StatusEntry: Codable, Hashable, Sendable {
        public var status: Status
        public var since: CalendarDate

        /// Creates an entry.
        public init(status: Status, since: CalendarDate) {
            self.status = status
            self.since = since
        }
    }

    public var id: ID
    public var title: String
    public var description: String
    public var category: Category
    /// The organisation (usually the company) that reported it.
    public var reportedById: Organisation.ID
    public var establishmentId: Establishment.ID?
    /// The organisation it is routed to.
    public var responsibleId: Organisation.ID?
    /// The responsible organisation's own case number.
    public var responsibleCaseNumber: String?
    /// The day it was routed to `responsibleId`.
    public var routedOn: CalendarDate?
    /// Calendar days the responsible organisation has to acknowledge it.
    public var acknowledgementDays: Int
    /// The day it should be resolved by.
    public var targetDate: CalendarDate?
    public var status: Status
    /// The real-world day the current status began.
    public var statusSince: CalendarDate
    public var resolution: String?
    /// Every status so far, oldest first (kept by the server).
    public var statusHistory: [StatusEntry]
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a barrier value.
    public init(
        id: ID, title: String, description: String, category: Category, reportedById: Organisation.ID,
        establishmentId: Establishment.ID?, responsibleId: Organisation.ID?, responsibleCaseNumber: String?, routedOn: CalendarDate?,
        acknowledgementDays: Int, targetDate: CalendarDate?, status: Status, statusSince: CalendarDate, resolution: String?,
        statusHistory: [StatusEntry], version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.category = category
        self.reportedById = reportedById
        self.establishmentId = establishmentId
        self.responsibleId = responsibleId
        self.responsibleCaseNumber = responsibleCaseNumber
        self.routedOn = routedOn
        self.acknowledgementDays = acknowledgementDays
        self.targetDate = targetDate
        self.status = status
        self.statusSince = statusSince
        self.resolution = resolution
        self.statusHistory = statusHistory
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The last day for acknowledgement: routing day plus the allowed days.
    public var acknowledgementDueOn: CalendarDate? { routedOn?.adding(days: acknowledgementDays) }

    /// The day the routed organisation first moved it on from `reported`.
    public var acknowledgedOn: CalendarDate? {
        guard let routedOn else { return nil }
        return statusHistory.first { $0.status != .reported && $0.since >= routedOn }?.since
    }

    /// The day it was closed, while it is closed.
    public var closedOn: CalendarDate? { status.isClosed ? statusSince : nil }

    /// Calendar days from routing to acknowledgement.
    public var daysToAcknowledgement: Int? {
        guard let routedOn, let acknowledgedOn else { return nil }
        return routedOn.days(until: acknowledgedOn)
    }

    /// Calendar days from routing to closing.
    public var daysToResolution: Int? {
        guard let routedOn, let closedOn else { return nil }
        return routedOn.days(until: closedOn)
    }

    /// Whether the acknowledgement came, or is still missing, after its last day (as of `today`).
    public func acknowledgementLate(on today: CalendarDate) -> Bool {
        guard let due = acknowledgementDueOn else { return false }
        return (acknowledgedOn ?? today) > due
    }

    /// The writable fields.
    public var input: BarrierInput {
        BarrierInput(
            title: title, description: description, category: category, reportedById: reportedById, establishmentId: establishmentId,
            responsibleId: responsibleId, responsibleCaseNumber: responsibleCaseNumber, routedOn: routedOn,
            acknowledgementDays: acknowledgementDays, targetDate: targetDate, status: status, statusSince: statusSince,
            resolution: resolution)
    }
}

extension Barrier {
    private enum DerivedKeys: String, CodingKey {
        case id, title, description, category, reportedById, establishmentId, responsibleId, responsibleCaseNumber, routedOn
        case acknowledgementDays, targetDate, status, statusSince, resolution, statusHistory, version, createdAt, updatedAt
        case acknowledgementDueOn, acknowledgedOn, closedOn, daysToAcknowledgement, daysToResolution
    }

    /// Encodes the stored fields and, read-only, the dates and times derived from the history.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: DerivedKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(description, forKey: .description)
        try c.encode(category, forKey: .category)
        try c.encode(reportedById, forKey: .reportedById)
        try c.encodeIfPresent(establishmentId, forKey: .establishmentId)
        try c.encodeIfPresent(responsibleId, forKey: .responsibleId)
        try c.encodeIfPresent(responsibleCaseNumber, forKey: .responsibleCaseNumber)
        try c.encodeIfPresent(routedOn, forKey: .routedOn)
        try c.encode(acknowledgementDays, forKey: .acknowledgementDays)
        try c.encodeIfPresent(targetDate, forKey: .targetDate)
        try c.encode(status, forKey: .status)
        try c.encode(statusSince, forKey: .statusSince)
        try c.encodeIfPresent(resolution, forKey: .resolution)
        try c.encode(statusHistory, forKey: .statusHistory)
        try c.encodeIfPresent(acknowledgementDueOn, forKey: .acknowledgementDueOn)
        try c.encodeIfPresent(acknowledgedOn, forKey: .acknowledgedOn)
        try c.encodeIfPresent(closedOn, forKey: .closedOn)
        try c.encodeIfPresent(daysToAcknowledgement, forKey: .daysToAcknowledgement)
        try c.encodeIfPresent(daysToResolution, forKey: .daysToResolution)
        try c.encode(version, forKey: .version)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
