/// Who has been in dialogue, how much, and who has not: per organisation in scope, the meetings it took
/// part in during a period, the last one, the cross-county ones, the open and overdue actions it owns and
/// the forums it sits in now.
public struct DialogueCoverage: Codable, Hashable, Sendable {
    /// One organisation's line of the report.
    public struct Entry: Codable, Hashable, Sendable {
        public var organisationId: Organisation.ID
        public var name: String
        public var kind: OrganisationKind
        public var countyCode: CountyCode?
        public var municipalityCode: MunicipalityCode?
        /// Meetings in the period it organised or attended.
        public var meetings: Int
        public var lastMeetingDate: CalendarDate?
        /// Of those, meetings with organisations from both counties.
        public var crossCountyMeetings: Int
        public var openActions: Int
        public var overdueActions: Int
        public var forums: [ForumSeat]
    }

    /// A seat held now.
    public struct ForumSeat: Codable, Hashable, Sendable {
        public var forumId: Forum.ID
        public var name: String
        public var role: ForumMembership.Role
    }

    /// The report's sums.
    public struct Totals: Codable, Hashable, Sendable {
        public var organisations: Int
        public var engaged: Int
        public var notEngaged: Int
        public var meetings: Int
        public var crossCountyMeetings: Int
    }

    public var from: CalendarDate?
    public var to: CalendarDate?
    public var organisations: [Entry]
    /// The organisations in scope with no meeting in the period.
    public var notEngagedOrganisations: [Entry]
    public var totals: Totals

    /// The organisations that a report covers when no `kind` is asked for: the two regions, both county
    /// boards, the municipalities and the state agencies.
    public static let defaultKinds: [OrganisationKind] = [.region, .countyAdministrativeBoard, .municipality, .stateAgency]

    /// Organisations in the default scope whatever their kind: Sametinget is a state agency as well as the Sámi
    /// parliament (its kind stays `samiBody`; other Sámi bodies are not in the default scope).
    public static let defaultOrganisationKeys: Set<String> = ["sametinget"]

    /// Whether an organisation is in the scope of a report on `kinds`; `isDefault` when the caller named no kind.
    public static func isInScope(_ organisation: Organisation, kinds: [OrganisationKind], isDefault: Bool) -> Bool {
        kinds.contains(organisation.kind) || (isDefault && organisation.key.map(defaultOrganisationKeys.contains) == true)
    }

    /// Computes the report. `counties` gives every organisation's county (not only those in scope), so
    /// that a meeting's reach across the two counties can be judged.
    public static func compute(
        scope: [Organisation], meetings: [Meeting], pendingActions: [FollowUpAction], memberships: [ForumMembership],
        forumNames: [Forum.ID: String], counties: [Organisation.ID: CountyCode], from: CalendarDate?, to: CalendarDate?,
        today: CalendarDate
    ) -> DialogueCoverage {
        let inPeriod = meetings.filter { m in (from.map { m.date >= $0 } ?? true) && (to.map { m.date <= $0 } ?? true) }
        var taking: [Organisation.ID: [Meeting]] = [:]
        var crossCounty = Set<Meeting.ID>()
        for meeting in inPeriod {
            let present = Set([meeting.organiserId] + meeting.participants.filter(\.attended).map(\.organisationId))
            for organisation in present { taking[organisation, default: []].append(meeting) }
            if Set(present.compactMap { counties[$0] }).isSuperset(of: CountyCode.assignmentCounties) { crossCounty.insert(meeting.id) }
        }
        let seats = Dictionary(grouping: memberships.filter { $0.isCurrent(on: today) }, by: \.organisationId)
        let owned = Dictionary(grouping: pendingActions.filter(\.status.isPending), by: \.ownerId)
        let entries = scope.sorted { SwedishCollation.sortKey($0.name) < SwedishCollation.sortKey($1.name) }.map { organisation in
            let attended = taking[organisation.id] ?? []
            let actions = owned[organisation.id] ?? []
            return Entry(
                organisationId: organisation.id, name: organisation.name, kind: organisation.kind, countyCode: organisation.countyCode,
                municipalityCode: organisation.municipalityCode, meetings: attended.count, lastMeetingDate: attended.map(\.date).max(),
                crossCountyMeetings: attended.filter { crossCounty.contains($0.id) }.count, openActions: actions.count,
                overdueActions: actions.filter { $0.isOverdue(on: today) }.count,
                forums: (seats[organisation.id] ?? []).map {
                    ForumSeat(forumId: $0.forumId, name: forumNames[$0.forumId] ?? "", role: $0.role)
                })
        }
        let silent = entries.filter { $0.meetings == 0 }
        return DialogueCoverage(
            from: from, to: to, organisations: entries, notEngagedOrganisations: silent,
            totals: Totals(
                organisations: entries.count, engaged: entries.count - silent.count, notEngaged: silent.count, meetings: inPeriod.count,
                crossCountyMeetings: crossCounty.count))
    }
}
