import Foundation
import GRDB
import SamordnaDomain

/// Meetings and dialogues: editors record the meetings their organisation organises; confidential ones
/// are visible only to admins, the organiser and the participants.
struct MeetingTable: ResourceTable {
    typealias Resource = Meeting

    static let resourceType = "meeting"
    static let participants = LinkTable(
        table: "meetingParticipants", ownerColumn: "meetingId", valueColumn: "organisationId", extraColumns: ["attended"])
    static let contacts = LinkTable(table: "meetingContacts", ownerColumn: "meetingId", valueColumn: "contactId")
    static let counties = LinkTable(table: "meetingCounties", ownerColumn: "meetingId", valueColumn: "countyCode")
    static let municipalities = LinkTable(table: "meetingMunicipalities", ownerColumn: "meetingId", valueColumn: "municipalityCode")
    static let challengeAreas = LinkTable(table: "meetingChallengeAreas", ownerColumn: "meetingId", valueColumn: "challengeAreaId")
    static let assignmentParts = LinkTable(table: "meetingAssignmentParts", ownerColumn: "meetingId", valueColumn: "assignmentPartId")
    static let listSpec = ListSpec(
        table: "meetings",
        alias: "m",
        filters: MeetingFilter.self,
        sortColumns: ["date": "date", "title": "nameSortKey", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "date",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .forumId: .identifier("forumId")
        case .organiserId: .identifier("organiserId")
        case .meetingFormat: .enumeration("format", Meeting.Format.self)
        case .participant: .linked(participants, owner: "m.id", values: .uuid, normalise: { $0.lowercased() })
        case .county: .linked(counties, owner: "m.id", values: .pattern(CountyCode.pattern))
        case .municipalityCode: .linked(municipalities, owner: "m.id", values: .pattern(MunicipalityCode.pattern))
        case .challengeArea: .challengeArea(challengeAreas, owner: "m.id")
        case .assignmentPart: .linked(assignmentParts, owner: "m.id", values: .uuid, normalise: { $0.lowercased() })
        case .from: .date("date", ">=")
        case .to: .date("date", "<=")
        case .consultationMatter:
            ListSpec.Filter(values: .uuid, normalise: { $0.lowercased() }) { values, _ in
                let list = ListSpec.Filter.placeholders(values.count)
                return (
                    "(m.consultationEstablishmentId IN (\(list)) OR m.consultationInitiativeId IN (\(list)) OR m.consultationBarrierId IN (\(list)))",
                    values + values + values
                )
            }
        }
    }

    static let references: [Reference] = [
        .column("forumId", to: "forums"), .column("organiserId", to: "organisations"),
        .link(participants, field: "participants", member: "organisationId", to: "organisations"),
        .link(contacts, field: "contactIds", to: "contacts", onDelete: .unlink), .link(counties, field: "counties", to: "counties"),
        .link(municipalities, field: "municipalityCodes", to: "municipalities"),
        .link(challengeAreas, field: "challengeAreaIds", to: "challengeAreas"),
        .link(assignmentParts, field: "assignmentPartIds", to: "assignmentParts"),
        .column("consultationCounterpartId", field: "consultation.counterpartId", to: "organisations"),
        .column("consultationEstablishmentId", field: "consultation.matter.id", to: "establishments"),
        .column("consultationInitiativeId", field: "consultation.matter.id", to: "initiatives"),
        .column("consultationBarrierId", field: "consultation.matter.id", to: "barriers"),
    ]

    static let fields: [Field<Meeting>] = [
        .value("title", { $0.title }, { $0.title }), .sortKey("nameSortKey", of: { $0.title }), .value("date", { $0.date }, { $0.date }),
        .value("startTime", { $0.startTime }, { $0.startTime }), .value("endTime", { $0.endTime }, { $0.endTime }),
        .value("format", { $0.format }, { $0.format }), .value("forumId", { $0.forumId }, { $0.forumId }),
        .value("organiserId", { $0.organiserId }, { $0.organiserId }),
        .exported("participants") { $0.participants.map(\.organisationId.description).joined(separator: ",") },
        .exported("attended") { $0.participants.filter(\.attended).map(\.organisationId.description).joined(separator: ",") },
        .exported("counties") { $0.counties.map(\.rawValue).joined(separator: ",") },
        .exported("municipalityCodes") { $0.municipalityCodes.map(\.rawValue).joined(separator: ",") },
        .exported("challengeAreaIds") { $0.challengeAreaIds.map(\.description).joined(separator: ",") },
        .exported("assignmentPartIds") { $0.assignmentPartIds.map(\.description).joined(separator: ",") },
        .stored("agenda") { $0.agenda }, .stored("summary") { $0.summary },
        .value("confidential", { $0.confidential ?? false }, { $0.confidential }),
        .stored("confidentialityReason") { $0.confidentialityReason }, .value("caseNumber", { $0.caseNumber }, { $0.caseNumber }),
        .value("consultationCounterpartId", { $0.consultation?.counterpartId }, { $0.consultation?.counterpartId }),
        .value("consultationEstablishmentId", { $0.consultation?.matter.establishmentId }, { $0.consultation?.matter.establishmentId }),
        .value("consultationInitiativeId", { $0.consultation?.matter.initiativeId }, { $0.consultation?.matter.initiativeId }),
        .value("consultationBarrierId", { $0.consultation?.matter.barrierId }, { $0.consultation?.matter.barrierId }),
        .value("consultationOutcome", { $0.consultation?.outcome }, { $0.consultation?.outcome }),
        .value("consultationRecord", { $0.consultation?.record }, { $0.consultation?.record }),
        .value("consultationRecordUrl", { $0.consultation?.recordUrl }, { $0.consultation?.recordUrl }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Meeting {
        guard let date = try row.calendarDate("date") else { throw StoredDataError(column: "date") }
        return Meeting(
            id: try row.identifier("id"), title: row["title"], date: date, startTime: row["startTime"], endTime: row["endTime"],
            format: try row.value("format"), forumId: try row.optionalIdentifier("forumId"), organiserId: try row.identifier("organiserId"),
            participants: try links.values(participants) {
                Meeting.Participant(organisationId: try $0.identifier("organisationId"), attended: $0["attended"])
            },
            contactIds: try links.values(contacts) { try $0.identifier("contactId") },
            counties: try links.values(counties) { try $0.value("countyCode") },
            municipalityCodes: try links.values(municipalities) { try $0.value("municipalityCode") },
            challengeAreaIds: try links.values(challengeAreas) { try $0.identifier("challengeAreaId") },
            assignmentPartIds: try links.values(assignmentParts) { try $0.identifier("assignmentPartId") }, agenda: row["agenda"],
            summary: row["summary"], confidential: row["confidential"], confidentialityReason: row["confidentialityReason"],
            caseNumber: row["caseNumber"], consultation: try consultation(row), version: row["version"], createdAt: row.date("createdAt"),
            updatedAt: row.date("updatedAt"))
    }

    /// The consultation kept in the `consultation…` columns, if the meeting is one.
    static func consultation(_ row: Row) throws -> SamiConsultation? {
        guard let counterpart = try row.optionalIdentifier("consultationCounterpartId") as Organisation.ID? else { return nil }
        let matter: SamiConsultation.Matter
        if let id = try row.optionalIdentifier("consultationEstablishmentId") as Establishment.ID? {
            matter = .establishment(id)
        } else if let id = try row.optionalIdentifier("consultationInitiativeId") as Initiative.ID? {
            matter = .initiative(id)
        } else if let id = try row.optionalIdentifier("consultationBarrierId") as Barrier.ID? {
            matter = .barrier(id)
        } else {
            throw StoredDataError(column: "consultationEstablishmentId")
        }
        return SamiConsultation(
            counterpartId: counterpart, matter: matter, outcome: try row.value("consultationOutcome"), record: row["consultationRecord"],
            recordUrl: row["consultationRecordUrl"])
    }

    static func linkRows(_ input: MeetingInput) -> LinkRows {
        [
            participants.table: (input.participants ?? []).map { [$0.organisationId.description, $0.attended] },
            contacts.table: (input.contactIds ?? []).map { [$0.description] },
            counties.table: (input.counties ?? []).map { [$0.rawValue] },
            municipalities.table: (input.municipalityCodes ?? []).map { [$0.rawValue] },
            challengeAreas.table: (input.challengeAreaIds ?? []).map { [$0.description] },
            assignmentParts.table: (input.assignmentPartIds ?? []).map { [$0.description] },
        ]
    }

    func authorise(_ input: MeetingInput, replacing existing: Meeting?, by principal: Principal, in db: Database) throws {
        if let existing { try principal.requireEdit(ownedBy: existing.organiserId, "change this meeting") }
        try principal.requireEdit(ownedBy: input.organiserId, "record meetings organised by this organisation")
    }

    func prepare(_ input: MeetingInput, replacing existing: Meeting?, in db: Database, now: Date) throws -> MeetingInput {
        var v = Validator()
        let validated = try v.include { try input.validated() } ?? input
        if let existing, existing.date != input.date {
            let earliest = try String.fetchOne(
                db, sql: "SELECT MIN(dueDate) FROM followUpActions WHERE meetingId = ? AND deletedAt IS NULL",
                arguments: [existing.id.description]
            ).flatMap(CalendarDate.init)
            if let earliest, earliest < input.date {
                v.add("date", "afterActionsDue", "The meeting's actions include one due \(earliest); a meeting cannot follow its actions.")
            }
        }
        if let counterpart = input.consultation?.counterpartId,
            try db.existsCached(
                "SELECT 1 FROM organisations WHERE id = ? AND deletedAt IS NULL AND kind <> 'samiBody'",
                arguments: [counterpart.description])
        {
            v.add("consultation.counterpartId", "notSamiBody", "The counterpart of a consultation is a Sámi body (kind samiBody).")
        }
        try v.check()
        return validated
    }

    static func visibility(for principal: Principal) -> ListQuery.Condition? {
        MeetingVisibility.meetings(for: principal)
    }

    /// Decisions and actions refuse the delete (they declare it).
    func prepareDelete(_ meeting: Meeting, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: meeting.organiserId, "delete this meeting")
    }
}
