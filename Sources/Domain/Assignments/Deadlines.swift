/// `GET /v1/deadlines`: what is due and what is late, as of a day. The reporting obligations of the assignments (a
/// deadline, or the continuous duty's next briefing), follow-up actions past their due date, barriers past their
/// target date, and initiatives still open past their end date.
///
/// The next briefing of a continuous duty is the last day of the cadence period that contains `today`, periods counted
/// from the assignment's start (its period's start, else its decision date): quarterly from 2023-07-01 gives
/// 2023-09-30, 2023-12-31, … An obligation with a deadline stays listed after it, marked overdue, until reports are
/// submitted against it.
public struct Deadlines: Codable, Hashable, Sendable {
    /// A reporting obligation with the day it is next due.
    public struct Obligation: Codable, Hashable, Sendable {
        public var assignmentId: Assignment.ID
        public var assignmentTitle: String
        public var kind: ReportingObligation.Kind
        public var cadence: ReportingObligation.Cadence?
        public var description: String?
        /// The deadline, or the continuous duty's next briefing.
        public var dueDate: CalendarDate
        /// Calendar days from `asOf` to `dueDate` (negative when overdue).
        public var daysLeft: Int
        public var overdue: Bool
    }

    /// Something late.
    public struct Late: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        /// The organisation that must act.
        public var organisationId: Organisation.ID?
        /// The day it was due.
        public var dueDate: CalendarDate
        public var daysOverdue: Int
    }

    public var asOf: CalendarDate
    public var reportingObligations: [Obligation]
    public var overdueActions: [Late]
    public var barriersPastTarget: [Late]
    public var initiativesPastEnd: [Late]

    /// The deadlines as of `today`.
    public static func compute(
        today: CalendarDate, assignments: [Assignment], actions: [FollowUpAction], barriers: [Barrier], initiatives: [Initiative]
    ) -> Deadlines {
        let obligations = assignments.flatMap { assignment in
            assignment.reportingObligations.compactMap { obligation -> Obligation? in
                let start = assignment.period?.start ?? assignment.decisionDate
                guard let due = obligation.dueDate ?? start.flatMap({ nextBriefing(from: $0, cadence: obligation.cadence, today: today) })
                else { return nil }
                return Obligation(
                    assignmentId: assignment.id, assignmentTitle: assignment.title, kind: obligation.kind, cadence: obligation.cadence,
                    description: obligation.description, dueDate: due, daysLeft: today.days(until: due), overdue: due < today)
            }
        }
        func late(_ id: String, _ title: String, _ organisation: Organisation.ID?, _ due: CalendarDate) -> Late {
            Late(id: id, title: title, organisationId: organisation, dueDate: due, daysOverdue: due.days(until: today))
        }
        let byDue: (Late, Late) -> Bool = { ($0.dueDate, $0.id) < ($1.dueDate, $1.id) }
        return Deadlines(
            asOf: today, reportingObligations: obligations.sorted { ($0.dueDate, $0.assignmentTitle) < ($1.dueDate, $1.assignmentTitle) },
            overdueActions: actions.filter { $0.isOverdue(on: today) }.map { late($0.idText, $0.description, $0.ownerId, $0.dueDate) }
                .sorted(by: byDue),
            barriersPastTarget: barriers.compactMap { barrier in
                guard let target = barrier.targetDate, !barrier.status.isClosed, target < today else { return nil }
                return late(barrier.idText, barrier.title, barrier.responsibleId, target)
            }.sorted(by: byDue),
            initiativesPastEnd: initiatives.compactMap { initiative in
                guard let end = initiative.endDate, end < today, initiative.status != .completed, initiative.status != .cancelled
                else { return nil }
                return late(initiative.idText, initiative.title, initiative.leadId, end)
            }.sorted(by: byDue))
    }

    /// The last day of the cadence period containing `today`, periods counted from `start`; the first period's end when
    /// `today` precedes `start`.
    public static func nextBriefing(from start: CalendarDate, cadence: ReportingObligation.Cadence?, today: CalendarDate) -> CalendarDate? {
        guard let cadence else { return nil }
        let months =
            switch cadence {
            case .monthly: 1
            case .quarterly: 3
            case .semiannually: 6
            case .annually: 12
            }
        var periods = 1
        if today >= start {
            let elapsed = (today.year - start.year) * 12 + (today.month - start.month)
            periods = max(1, elapsed / months)
        }
        while let end = start.adding(months: periods * months)?.adding(days: -1) {
            if end >= today || today < start { return end }
            periods += 1
        }
        return nil
    }
}
