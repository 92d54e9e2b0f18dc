/// The writable fields of a barrier.
public struct BarrierInput: ResourceInput {
    public var title: String
    public var description: String
    public var category: Barrier.Category
    public var reportedById: Organisation.ID
    public var establishmentId: Establishment.ID?
    public var responsibleId: Organisation.ID?
    public var responsibleCaseNumber: String?
    /// Defaults to today when the barrier is routed (or routed to another organisation).
    public var routedOn: CalendarDate?
    /// Defaults to `BarrierInput.defaultAcknowledgementDays`.
    public var acknowledgementDays: Int?
    public var targetDate: CalendarDate?
    /// Defaults to `reported` on create.
    public var status: Barrier.Status?
    /// Defaults to today when the status changes (the current status's date is not taken for the new one's).
    public var statusSince: CalendarDate?
    public var resolution: String?

    /// Calendar days to acknowledge a routed barrier unless the barrier says otherwise.
    public static let defaultAcknowledgementDays = 14

    /// Creates the input for a barrier.
    public init(
        title: String, description: String, category: Barrier.Category, reportedById: Organisation.ID,
        establishmentId: Establishment.ID? = nil, responsibleId: Organisation.ID? = nil, responsibleCaseNumber: String? = nil,
        routedOn: CalendarDate? = nil, acknowledgementDays: Int? = nil, targetDate: CalendarDate? = nil, status: Barrier.Status? = nil,
        statusSince: CalendarDate? = nil, resolution: String? = nil
    ) {
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
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case title, description, category, reportedById, establishmentId, responsibleId, responsibleCaseNumber, routedOn
        case acknowledgementDays, targetDate, status, statusSince, resolution
    }

    public static let requiredFields: Set<String> = ["title", "description", "category", "reportedById"]

    /// Checks the rules that need no database and fills the defaults: routing and status dates, the allowed days.
    /// A status past `reported` without a responsible organisation is a conflict (nobody to act), as is an illegal
    /// status change.
    public func validated(replacing existing: Barrier?, today: CalendarDate) throws -> BarrierInput {
        var v = Validator()
        var result = self
        v.text(title, field: "title", required: true, maxLength: 500)
        v.text(description, field: "description", required: true, maxLength: 20_000)
        v.text(responsibleCaseNumber, field: "responsibleCaseNumber", maxLength: 50)
        v.text(resolution, field: "resolution", maxLength: 20_000)
        let status = status ?? existing?.status ?? .reported
        result.status = status
        result.acknowledgementDays = acknowledgementDays ?? existing?.acknowledgementDays ?? Self.defaultAcknowledgementDays
        if let days = acknowledgementDays, !(1...365).contains(days) {
            v.add("acknowledgementDays", "outOfRange", "acknowledgementDays must be 1–365.")
        }
        if responsibleId == nil {
            for (field, value) in [("routedOn", routedOn), ("targetDate", targetDate)] where value != nil {
                v.add(field, "notRouted", "\(field) needs a responsible organisation (responsibleId).")
            }
        } else if responsibleId != existing?.responsibleId {
            result.routedOn = routedOn == existing?.routedOn ? today : routedOn ?? today
        } else {
            result.routedOn = routedOn ?? existing?.routedOn ?? today
        }
        if let routed = result.routedOn, let target = targetDate, target < routed {
            v.add("targetDate", "beforeRouting", "targetDate must not be before routedOn (\(routed)).")
        }
        if status.isClosed && resolution == nil {
            v.add("resolution", "required", "A resolved or unresolvable barrier needs its resolution in words.")
        }
        if let existing, existing.status == status {
            result.statusSince = statusSince ?? existing.statusSince
        } else {
            // A merge patch carries the stored date along: the old status's date is not the new one's.
            let given = statusSince == existing?.statusSince ? nil : statusSince
            result.statusSince = given ?? today
            if let existing, let since = result.statusSince, since < existing.statusSince {
                v.add(
                    "statusSince", "beforeCurrentStatus", "A new status cannot begin before the current one did (\(existing.statusSince)).")
            }
        }
        try v.check()
        if let existing { try existing.status.checkTransition(to: status) }
        if status != .reported && responsibleId == nil {
            throw DomainError.conflict(.conflict, detail: "A barrier must be routed (responsibleId) before it can move past reported.")
        }
        return result
    }
}

/// Who may change a barrier: the reporter's editors describe and route it; the responsible organisation's editors
/// handle it (status, its date, resolution, their case number, the target date); admins anything.
public enum BarrierPolicy {
    /// The fields only the responsible organisation (or an admin) changes.
    static func handlingChanged(_ input: BarrierInput, from existing: Barrier) -> Bool {
        input.status != existing.status || input.statusSince != existing.statusSince || input.resolution != existing.resolution
            || input.responsibleCaseNumber != existing.responsibleCaseNumber
    }

    /// The fields only the reporter (or an admin) changes.
    static func descriptionChanged(_ input: BarrierInput, from existing: Barrier) -> Bool {
        var handled = existing.input
        handled.status = input.status
        handled.statusSince = input.statusSince
        handled.resolution = input.resolution
        handled.responsibleCaseNumber = input.responsibleCaseNumber
        handled.targetDate = input.targetDate
        return handled != input
    }

    /// Throws `forbidden` unless the principal may make this change.
    public static func authorise(_ input: BarrierInput, replacing existing: Barrier?, by principal: Principal) throws {
        if principal.isAdmin { return }
        guard let existing else {
            return try principal.requireEdit(ownedBy: input.reportedById, "report barriers for this organisation")
        }
        let reporter = principal.canEdit(ownedBy: existing.reportedById)
        let responsible = existing.responsibleId.map(principal.canEdit(ownedBy:)) ?? false
        if descriptionChanged(input, from: existing) && !reporter {
            throw DomainError.forbidden("Only an admin or an editor of the reporting organisation may describe or route this barrier.")
        }
        if handlingChanged(input, from: existing) && !responsible {
            throw DomainError.forbidden("Only an admin or an editor of the responsible organisation may handle this barrier.")
        }
        if !reporter && !responsible {
            throw DomainError.forbidden("Only the reporter's or the responsible organisation's editors may change this barrier.")
        }
    }
}
