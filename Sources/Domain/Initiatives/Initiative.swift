import Foundation

/// An initiative (*insats*) in a challenge area: who leads it and takes part, where and when, its status, what it
/// answers (recommendations) and what came of it. Initiatives nest (a parent with its children).
public struct Initiative: Codable, Hashable, Sendable, Identifiable {
    /// The initiative's identifier.
    public typealias ID = Identifier<Initiative>

    /// An initiative's lifecycle: idea → planned → ongoing ⇄ paused → completed; cancelled from any open status; a
    /// completed initiative may be reopened (ongoing), a cancelled one taken up again as an idea.
    public enum Status: String, Codable, CaseIterable, Sendable, Lifecycle {
        case idea, planned, ongoing, paused, completed, cancelled

        public var successors: Set<Status> {
            switch self {
            case .idea: [.planned, .cancelled]
            case .planned: [.idea, .ongoing, .cancelled]
            case .ongoing: [.paused, .completed, .cancelled]
            case .paused: [.ongoing, .cancelled]
            case .completed: [.ongoing]
            case .cancelled: [.idea]
            }
        }

        /// Whether work is under way or decided (what closes a need gap).
        public var isActive: Bool { self == .planned || self == .ongoing }
    }

    /// What an organisation does in an initiative besides the lead.
    public enum Role: String, Codable, CaseIterable, Sendable {
        case coLead, funder, implementer, targetGroup
    }

    /// An organisation taking part, with its role.
    public struct Participant: Codable, Hashable, Sendable {
        public var organisationId: Organisation.ID
        public var role: Role

        /// Creates a participant.
        public init(organisationId: Organisation.ID, role: Role) {
            self.organisationId = organisationId
            self.role = role
        }
    }

    public var id: ID
    public var title: String
    public var description: String?
    public var challengeAreaIds: [ChallengeArea.ID]
    public var assignmentPartIds: [AssignmentPart.ID]
    /// The organisation leading it; its editors manage it.
    public var leadId: Organisation.ID
    public var participants: [Participant]
    public var status: Status
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?
    /// The whole country, rather than the counties and municipalities listed.
    public var national: Bool
    public var counties: [CountyCode]
    public var municipalityCodes: [MunicipalityCode]
    public var parentId: ID?
    public var caseNumber: String?
    public var outcomeSummary: String?
    /// The recommendations of source documents it answers.
    public var recommendationIds: [Recommendation.ID]
    /// Set when every need it addresses belongs to an establishment that faltered, until someone reviews it.
    public var atRisk: RiskFlag?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates an initiative value.
    public init(
        id: ID, title: String, description: String?, challengeAreaIds: [ChallengeArea.ID], assignmentPartIds: [AssignmentPart.ID],
        leadId: Organisation.ID, participants: [Participant], status: Status, startDate: CalendarDate?, endDate: CalendarDate?,
        national: Bool, counties: [CountyCode], municipalityCodes: [MunicipalityCode], parentId: ID?, caseNumber: String?,
        outcomeSummary: String?, recommendationIds: [Recommendation.ID], atRisk: RiskFlag?, version: Int, createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.challengeAreaIds = challengeAreaIds
        self.assignmentPartIds = assignmentPartIds
        self.leadId = leadId
        self.participants = participants
        self.status = status
        self.startDate = startDate
        self.endDate = endDate
        self.national = national
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.parentId = parentId
        self.caseNumber = caseNumber
        self.outcomeSummary = outcomeSummary
        self.recommendationIds = recommendationIds
        self.atRisk = atRisk
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: InitiativeInput {
        InitiativeInput(
            title: title, description: description, challengeAreaIds: challengeAreaIds, assignmentPartIds: assignmentPartIds,
            leadId: leadId, participants: participants, status: status, startDate: startDate, endDate: endDate, national: national,
            counties: counties, municipalityCodes: municipalityCodes, parentId: parentId, caseNumber: caseNumber,
            outcomeSummary: outcomeSummary, recommendationIds: recommendationIds, atRisk: atRisk)
    }
}

/// The writable fields of an initiative.
public struct InitiativeInput: ResourceInput {
    public var title: String
    public var description: String?
    public var challengeAreaIds: [ChallengeArea.ID]?
    public var assignmentPartIds: [AssignmentPart.ID]?
    public var leadId: Organisation.ID
    public var participants: [Initiative.Participant]?
    /// Defaults to `idea` on create.
    public var status: Initiative.Status?
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?
    public var national: Bool?
    public var counties: [CountyCode]?
    public var municipalityCodes: [MunicipalityCode]?
    public var parentId: Initiative.ID?
    public var caseNumber: String?
    public var outcomeSummary: String?
    public var recommendationIds: [Recommendation.ID]?
    /// Only null (reviewed) or the stored flag; raised by the server.
    public var atRisk: RiskFlag?

    /// Creates the input for an initiative.
    public init(
        title: String, description: String? = nil, challengeAreaIds: [ChallengeArea.ID]? = nil,
        assignmentPartIds: [AssignmentPart.ID]? = nil, leadId: Organisation.ID, participants: [Initiative.Participant]? = nil,
        status: Initiative.Status? = nil, startDate: CalendarDate? = nil, endDate: CalendarDate? = nil, national: Bool? = nil,
        counties: [CountyCode]? = nil, municipalityCodes: [MunicipalityCode]? = nil, parentId: Initiative.ID? = nil,
        caseNumber: String? = nil, outcomeSummary: String? = nil, recommendationIds: [Recommendation.ID]? = nil, atRisk: RiskFlag? = nil
    ) {
        self.title = title
        self.description = description
        self.challengeAreaIds = challengeAreaIds
        self.assignmentPartIds = assignmentPartIds
        self.leadId = leadId
        self.participants = participants
        self.status = status
        self.startDate = startDate
        self.endDate = endDate
        self.national = national
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.parentId = parentId
        self.caseNumber = caseNumber
        self.outcomeSummary = outcomeSummary
        self.recommendationIds = recommendationIds
        self.atRisk = atRisk
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case title, description, challengeAreaIds, assignmentPartIds, leadId, participants, status, startDate, endDate, national
        case counties, municipalityCodes, parentId, caseNumber, outcomeSummary, recommendationIds, atRisk
    }

    public static let requiredFields: Set<String> = ["title", "leadId"]

    /// Checks the rules that need no database: texts, dates in order, a national initiative lists no places, the lead
    /// is not also a participant, a legal status change; returns the input with defaults and lists de-duplicated.
    public func validated(replacing existing: Initiative?) throws -> InitiativeInput {
        var v = Validator()
        var result = self
        v.text(title, field: "title", required: true, maxLength: 500)
        v.text(description, field: "description", maxLength: 20_000)
        v.text(caseNumber, field: "caseNumber", maxLength: 50)
        v.text(outcomeSummary, field: "outcomeSummary", maxLength: 20_000)
        if let startDate, let endDate, endDate < startDate { v.add("endDate", "beforeStart", "endDate must not be before startDate.") }
        if national == true && !((counties ?? []).isEmpty && (municipalityCodes ?? []).isEmpty) {
            v.add("national", "nationalWithPlaces", "A national initiative lists no counties or municipalities.")
        }
        let organisations = (participants ?? []).map(\.organisationId)
        if Set(organisations).count != organisations.count {
            v.add("participants", "duplicate", "An organisation is listed more than once.")
        }
        if organisations.contains(leadId) { v.add("participants", "leadAsParticipant", "The lead is not listed among the participants.") }
        if let existing, parentId == existing.id { v.add("parentId", "ownParent", "An initiative cannot be its own parent.") }
        v.count(participants, field: "participants", maximum: 200)
        v.count(challengeAreaIds, field: "challengeAreaIds", maximum: 100)
        v.count(assignmentPartIds, field: "assignmentPartIds", maximum: 100)
        v.count(counties, field: "counties", maximum: 21)
        v.count(municipalityCodes, field: "municipalityCodes", maximum: 290)
        v.count(recommendationIds, field: "recommendationIds", maximum: 200)
        RiskFlag.checkClientChange(atRisk, stored: existing?.atRisk, into: &v)
        result.national = national ?? false
        result.status = status ?? existing?.status ?? .idea
        result.challengeAreaIds = challengeAreaIds.map(Uniqued.values)
        result.assignmentPartIds = assignmentPartIds.map(Uniqued.values)
        result.counties = counties.map(Uniqued.values)
        result.municipalityCodes = municipalityCodes.map(Uniqued.values)
        result.recommendationIds = recommendationIds.map(Uniqued.values)
        try v.check()
        if let existing, let next = result.status { try existing.status.checkTransition(to: next) }
        return result
    }
}
