import Foundation

/// A meeting or dialogue: who took part, what it concerned, what was discussed.
public struct Meeting: Codable, Hashable, Sendable, Identifiable {
    /// The meeting's identifier.
    public typealias ID = Identifier<Meeting>

    /// How the meeting was held.
    public enum Format: String, Codable, CaseIterable, Sendable {
        case forumMeeting, bilateralDialogue, workshop, siteVisit, conference, webinar, governmentBriefing, samiConsultation
    }

    /// An organisation invited to the meeting, and whether it attended.
    public struct Participant: Codable, Hashable, Sendable {
        public var organisationId: Organisation.ID
        public var attended: Bool

        /// Creates a participant entry.
        public init(organisationId: Organisation.ID, attended: Bool = true) {
            self.organisationId = organisationId
            self.attended = attended
        }

        private enum CodingKeys: String, CodingKey { case organisationId, attended }

        /// Reads an entry; `attended` defaults to true.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            organisationId = try container.decode(Organisation.ID.self, forKey: .organisationId)
            attended = try container.decodeIfPresent(Bool.self, forKey: .attended) ?? true
        }
    }

    public var id: ID
    public var title: String
    public var date: CalendarDate
    /// Local start time `HH:MM`.
    public var startTime: String?
    public var endTime: String?
    public var format: Format
    public var forumId: Forum.ID?
    /// The organisation that organised it; its editors manage the meeting.
    public var organiserId: Organisation.ID
    public var participants: [Participant]
    /// Contact persons present (ids only; the people are in `/v1/contacts`).
    public var contactIds: [Contact.ID]
    public var counties: [CountyCode]
    public var municipalityCodes: [MunicipalityCode]
    public var challengeAreaIds: [ChallengeArea.ID]
    public var assignmentPartIds: [AssignmentPart.ID]
    public var agenda: String?
    /// The minutes.
    public var summary: String?
    /// Visible only to admins and the organiser's and participants' tokens.
    public var confidential: Bool
    public var confidentialityReason: String?
    public var caseNumber: String?
    /// The consultation, for a meeting of format `samiConsultation` (and only then).
    public var consultation: SamiConsultation?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a meeting value.
    public init(
        id: ID, title: String, date: CalendarDate, startTime: String?, endTime: String?, format: Format, forumId: Forum.ID?,
        organiserId: Organisation.ID, participants: [Participant], contactIds: [Contact.ID], counties: [CountyCode],
        municipalityCodes: [MunicipalityCode], challengeAreaIds: [ChallengeArea.ID], assignmentPartIds: [AssignmentPart.ID],
        agenda: String?,
        summary: String?, confidential: Bool, confidentialityReason: String?, caseNumber: String?, consultation: SamiConsultation? = nil,
        version: Int,
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.format = format
        self.forumId = forumId
        self.organiserId = organiserId
        self.participants = participants
        self.contactIds = contactIds
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.challengeAreaIds = challengeAreaIds
        self.assignmentPartIds = assignmentPartIds
        self.agenda = agenda
        self.summary = summary
        self.confidential = confidential
        self.confidentialityReason = confidentialityReason
        self.caseNumber = caseNumber
        self.consultation = consultation
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: MeetingInput {
        MeetingInput(
            title: title, date: date, startTime: startTime, endTime: endTime, format: format, forumId: forumId, organiserId: organiserId,
            participants: participants, contactIds: contactIds, counties: counties, municipalityCodes: municipalityCodes,
            challengeAreaIds: challengeAreaIds, assignmentPartIds: assignmentPartIds, agenda: agenda, summary: summary,
            confidential: confidential, confidentialityReason: confidentialityReason, caseNumber: caseNumber,
            consultation: consultation)
    }
}

/// The writable fields of a meeting.
public struct MeetingInput: ResourceInput {
    public var title: String
    public var date: CalendarDate
    public var startTime: String?
    public var endTime: String?
    public var format: Meeting.Format
    public var forumId: Forum.ID?
    public var organiserId: Organisation.ID
    public var participants: [Meeting.Participant]?
    public var contactIds: [Contact.ID]?
    public var counties: [CountyCode]?
    public var municipalityCodes: [MunicipalityCode]?
    public var challengeAreaIds: [ChallengeArea.ID]?
    public var assignmentPartIds: [AssignmentPart.ID]?
    public var agenda: String?
    public var summary: String?
    public var confidential: Bool?
    public var confidentialityReason: String?
    public var caseNumber: String?
    /// Required for, and only for, format `samiConsultation`.
    public var consultation: SamiConsultation?

    /// Creates the input for a meeting.
    public init(
        title: String, date: CalendarDate, startTime: String? = nil, endTime: String? = nil, format: Meeting.Format,
        forumId: Forum.ID? = nil, organiserId: Organisation.ID, participants: [Meeting.Participant]? = nil, contactIds: [Contact.ID]? = nil,
        counties: [CountyCode]? = nil, municipalityCodes: [MunicipalityCode]? = nil, challengeAreaIds: [ChallengeArea.ID]? = nil,
        assignmentPartIds: [AssignmentPart.ID]? = nil, agenda: String? = nil, summary: String? = nil, confidential: Bool? = nil,
        confidentialityReason: String? = nil, caseNumber: String? = nil, consultation: SamiConsultation? = nil
    ) {
        self.title = title
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.format = format
        self.forumId = forumId
        self.organiserId = organiserId
        self.participants = participants
        self.contactIds = contactIds
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.challengeAreaIds = challengeAreaIds
        self.assignmentPartIds = assignmentPartIds
        self.agenda = agenda
        self.summary = summary
        self.confidential = confidential
        self.confidentialityReason = confidentialityReason
        self.caseNumber = caseNumber
        self.consultation = consultation
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case title, date, startTime, endTime, format, forumId, organiserId, participants, contactIds, counties, municipalityCodes
        case challengeAreaIds, assignmentPartIds, agenda, summary, confidential, confidentialityReason, caseNumber, consultation
    }

    public static let requiredFields: Set<String> = ["title", "date", "format", "organiserId"]

    /// The pattern of a local time, `HH:MM`.
    public static let timePattern = #"^([01][0-9]|2[0-3]):[0-5][0-9]$"#

    /// Checks the rules that need no database and returns the input with lists de-duplicated. Whether the codes and
    /// ids name existing records is checked against the database.
    public func validated() throws -> MeetingInput {
        var v = Validator()
        var result = self
        v.text(title, field: "title", required: true, maxLength: 500)
        v.text(agenda, field: "agenda", maxLength: 20_000)
        v.text(summary, field: "summary", maxLength: 100_000)
        v.text(caseNumber, field: "caseNumber", maxLength: 50)
        v.text(confidentialityReason, field: "confidentialityReason", maxLength: 1000)
        for (field, time) in [("startTime", startTime), ("endTime", endTime)] {
            if let time, !TextRules.matches(time, MeetingInput.timePattern) { v.add(field, "invalidTime", "\(field) must be HH:MM.") }
        }
        if let startTime, let endTime, endTime < startTime { v.add("endTime", "beforeStart", "endTime must not be before startTime.") }
        if confidential == true && confidentialityReason == nil {
            v.add("confidentialityReason", "required", "A confidential meeting needs the reason (the ground for secrecy).")
        }
        let organisations = (participants ?? []).map(\.organisationId)
        if Set(organisations).count != organisations.count {
            v.add("participants", "duplicate", "An organisation is listed more than once.")
        }
        if (format == .samiConsultation) != (consultation != nil) {
            v.add(
                "consultation", format == .samiConsultation ? "required" : "notConsultation",
                "A meeting of format samiConsultation, and only such a meeting, records its consultation.")
        }
        consultation?.validate(into: &v)
        v.count(participants, field: "participants", maximum: 500)
        v.count(contactIds, field: "contactIds", maximum: 100)
        v.count(counties, field: "counties", maximum: 10)
        v.count(municipalityCodes, field: "municipalityCodes", maximum: 100)
        v.count(challengeAreaIds, field: "challengeAreaIds", maximum: 100)
        v.count(assignmentPartIds, field: "assignmentPartIds", maximum: 100)
        result.contactIds = contactIds.map(Uniqued.values)
        result.counties = counties.map(Uniqued.values)
        result.municipalityCodes = municipalityCodes.map(Uniqued.values)
        result.challengeAreaIds = challengeAreaIds.map(Uniqued.values)
        result.assignmentPartIds = assignmentPartIds.map(Uniqued.values)
        result.confidential = confidential ?? false
        try v.check()
        return result
    }
}
