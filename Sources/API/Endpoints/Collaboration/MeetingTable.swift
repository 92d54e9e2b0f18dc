import Foundation
import GRDB
import SamordnaDomain

/// Meetings and dialogues: editors record the meetings their organisation organises; confidential ones
/// are visible only to admins, the organiser and the participants.
struct MeetingTable: ResourceTable {
    typealias Resource = Meeting
    let municipalities: MunicipalityDirectory

    static let resourceType = "meeting"
    static let listSpec = ListSpec(
        table: "meetings",
        alias: "m",
        filters: [
            "forumId": .identifier("forumId"),
            "organiserId": .identifier("organiserId"),
            "meetingFormat": .enumeration("format", Meeting.Format.self),
            "participant": ListSpec.Filter(values: .uuid, normalise: { $0.lowercased() }) { values in
                (
                    "EXISTS (SELECT 1 FROM json_each(m.participants) p WHERE json_extract(p.value, '$.organisationId') IN (\(ListSpec.Filter.placeholders(values.count))))",
                    values
                )
            },
            "county": .jsonArray("m.counties", values: .oneOf(Set(CountyCode.allCases.map(\.rawValue)))),
            "municipalityCode": .jsonArray("m.municipalityCodes", values: .pattern(#"^2[45][0-9]{2}$"#)),
            "challengeArea": .challengeArea("m.challengeAreaIds"),
            "assignmentPart": .jsonArray("m.assignmentPartIds", values: .uuid, normalise: { $0.lowercased() }),
            "from": .date("date", ">="),
            "to": .date("date", "<="),
        ],
        sortColumns: ["date": "date", "title": "nameSortKey", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "date",
        searchColumn: "nameSortKey")

    static func decode(_ row: Row) throws -> Meeting {
        guard let date = try row.calendarDate("date") else { throw StoredDataError(column: "date") }
        return Meeting(
            id: try row.identifier("id"), title: row["title"], date: date, startTime: row["startTime"], endTime: row["endTime"],
            format: try row.value("format"), forumId: try row.optionalIdentifier("forumId"), organiserId: try row.identifier("organiserId"),
            participants: try row.json("participants", as: [Meeting.Participant].self) ?? [],
            contactIds: try row.json("contactIds", as: [Contact.ID].self) ?? [],
            counties: try row.json("counties", as: [CountyCode].self) ?? [],
            municipalityCodes: try row.json("municipalityCodes", as: [String].self) ?? [],
            challengeAreaIds: try row.json("challengeAreaIds", as: [ChallengeArea.ID].self) ?? [],
            assignmentPartIds: try row.json("assignmentPartIds", as: [AssignmentPart.ID].self) ?? [], agenda: row["agenda"],
            summary: row["summary"], confidential: row["confidential"], confidentialityReason: row["confidentialityReason"],
            caseNumber: row["caseNumber"], version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func columns(_ input: MeetingInput) -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("title", input.title), ("nameSortKey", SwedishCollation.sortKey(input.title)), ("date", input.date.description),
            ("startTime", input.startTime), ("endTime", input.endTime), ("format", input.format.rawValue),
            ("forumId", input.forumId?.description),
            ("organiserId", input.organiserId.description), ("participants", JSONColumn.text(input.participants ?? [])),
            ("contactIds", JSONColumn.text(input.contactIds ?? [])), ("counties", JSONColumn.text(input.counties ?? [])),
            ("municipalityCodes", JSONColumn.text(input.municipalityCodes ?? [])),
            ("challengeAreaIds", JSONColumn.text(input.challengeAreaIds ?? [])),
            ("assignmentPartIds", JSONColumn.text(input.assignmentPartIds ?? [])), ("agenda", input.agenda), ("summary", input.summary),
            ("confidential", input.confidential ?? false), ("confidentialityReason", input.confidentialityReason),
            ("caseNumber", input.caseNumber),
        ]
    }

    func authorise(_ input: MeetingInput, replacing existing: Meeting?, by principal: Principal, in db: Database) throws {
        if let existing { try principal.requireEdit(ownedBy: existing.organiserId, "change this meeting") }
        try principal.requireEdit(ownedBy: input.organiserId, "record meetings organised by this organisation")
    }

    func prepare(_ input: MeetingInput, replacing existing: Meeting?, in db: Database, now: Date) throws -> MeetingInput {
        var v = Validator()
        let validated = try v.include { try input.validated(municipalities: municipalities) } ?? input
        try ReferenceCheck.organisation(input.organiserId, field: "organiserId", in: db, into: &v)
        try ReferenceCheck.optional(input.forumId, table: "forums", field: "forumId", code: "unknownForum", in: db, into: &v)
        for (index, participant) in (input.participants ?? []).enumerated() {
            try ReferenceCheck.organisation(participant.organisationId, field: "participants[\(index)].organisationId", in: db, into: &v)
        }
        for (index, contact) in (input.contactIds ?? []).enumerated() {
            try ReferenceCheck.contact(contact, of: nil, field: "contactIds[\(index)]", in: db, into: &v)
        }
        try ReferenceCheck.topics(challengeAreaIds: input.challengeAreaIds, assignmentPartIds: input.assignmentPartIds, in: db, into: &v)
        if let existing, existing.date != input.date {
            let earliest = try String.fetchOne(
                db, sql: "SELECT MIN(dueDate) FROM followUpActions WHERE meetingId = ? AND deletedAt IS NULL",
                arguments: [existing.id.description]
            ).flatMap(CalendarDate.init)
            if let earliest, earliest < input.date {
                v.add("date", "afterActionsDue", "The meeting's actions include one due \(earliest); a meeting cannot follow its actions.")
            }
        }
        try v.check()
        return validated
    }

    func isVisible(_ meeting: Meeting, to principal: Principal, in db: Database) throws -> Bool {
        meeting.isVisible(to: principal)
    }

    func visibility(for principal: Principal) -> ListQuery.Condition? {
        MeetingVisibility.meetings(for: principal)
    }

    func prepareDelete(_ meeting: Meeting, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: meeting.organiserId, "delete this meeting")
        let uses =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM decisions WHERE meetingId = ?1 AND deletedAt IS NULL)
                         + (SELECT COUNT(*) FROM followUpActions WHERE meetingId = ?1 AND deletedAt IS NULL)
                    """, arguments: [meeting.id.description]) ?? 0
        if uses > 0 { throw DomainError.conflict(code: "in-use", detail: "The meeting has decisions or actions; delete them first.") }
    }
}

extension Meeting: StoredResource {
    static let csvColumns = [
        "id", "title", "date", "startTime", "endTime", "format", "forumId", "organiserId", "participants", "attended", "counties",
        "municipalityCodes", "challengeAreaIds", "assignmentPartIds", "confidential", "caseNumber", "version", "createdAt", "updatedAt",
    ]
    var csvValues: [String?] {
        [
            idText, title, date.description, startTime, endTime, format.rawValue, forumId?.description, organiserId.description,
            participants.map(\.organisationId.description).joined(separator: ","),
            participants.filter(\.attended).map(\.organisationId.description).joined(separator: ","),
            counties.map(\.rawValue).joined(separator: ","), municipalityCodes.joined(separator: ","),
            challengeAreaIds.map(\.description).joined(separator: ","), assignmentPartIds.map(\.description).joined(separator: ","),
            confidential ? "true" : "false", caseNumber, String(version), Timestamp.format(createdAt), Timestamp.format(updatedAt),
        ]
    }
}
