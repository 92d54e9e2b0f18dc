/// `GET /v1/assignments/{id}/traceability`: each part of the assignment, in the decision's own words, with the records
/// that evidence it — initiatives, forums and meetings linked to the part — and a part with none called out. Under the
/// reports' fixed scope: a confidential meeting is counted, never named.
public struct Traceability: Codable, Hashable, Sendable {
    /// A meeting as evidence.
    public struct MeetingEvidence: Codable, Hashable, Sendable {
        public var id: Meeting.ID
        public var title: String
        public var date: CalendarDate
    }

    /// A forum as evidence.
    public struct ForumEvidence: Codable, Hashable, Sendable {
        public var id: Forum.ID
        public var name: String
        public var status: ForumStatus
    }

    /// One part and its evidence.
    public struct Part: Codable, Hashable, Sendable {
        public var partId: AssignmentPart.ID
        public var code: String
        public var position: Int
        public var summarySv: String
        public var textSv: String?
        public var initiatives: [InitiativeSummary]
        public var forums: [ForumEvidence]
        /// The meetings that are not confidential, oldest first.
        public var meetings: [MeetingEvidence]
        /// Every linked meeting, confidential ones included.
        public var meetingCount: Int
        public var hasEvidence: Bool
    }

    public var assignmentId: Assignment.ID
    public var parts: [Part]
    /// The parts with no evidence, by code, so that none is left silently empty.
    public var partsWithoutEvidence: [String]

    /// The traceability of `assignment`'s parts to the records linked to them.
    public static func compute(
        assignment: Assignment.ID, parts: [AssignmentPart], initiatives: [Initiative], forums: [Forum], meetings: [Meeting]
    ) -> Traceability {
        let traced = parts.filter { $0.assignmentId == assignment }.sorted { ($0.position, $0.code) < ($1.position, $1.code) }.map {
            part -> Part in
            let linkedInitiatives = initiatives.filter { $0.assignmentPartIds.contains(part.id) }
                .sorted { SwedishCollation.sortKey($0.title) < SwedishCollation.sortKey($1.title) }
            let linkedForums = forums.filter { $0.assignmentPartIds.contains(part.id) }
                .sorted { SwedishCollation.sortKey($0.name) < SwedishCollation.sortKey($1.name) }
            let linkedMeetings = meetings.filter { $0.assignmentPartIds.contains(part.id) }.sorted {
                ($0.date, $0.idText) < ($1.date, $1.idText)
            }
            return Part(
                partId: part.id, code: part.code, position: part.position, summarySv: part.summarySv, textSv: part.textSv,
                initiatives: linkedInitiatives.map(InitiativeSummary.init),
                forums: linkedForums.map { ForumEvidence(id: $0.id, name: $0.name, status: $0.status) },
                meetings: linkedMeetings.filter { !$0.confidential }.map { MeetingEvidence(id: $0.id, title: $0.title, date: $0.date) },
                meetingCount: linkedMeetings.count,
                hasEvidence: !linkedInitiatives.isEmpty || !linkedForums.isEmpty || !linkedMeetings.isEmpty)
        }
        return Traceability(assignmentId: assignment, parts: traced, partsWithoutEvidence: traced.filter { !$0.hasEvidence }.map(\.code))
    }
}
