import Foundation

/// One occasion on which knowledge items were spread (*spridning*): a seminar, a report, a web article, a study
/// visit; to which audiences, which organisations it reached and where in the country they are.
public struct Dissemination: Codable, Hashable, Sendable, Identifiable {
    /// The dissemination's identifier.
    public typealias ID = Identifier<Dissemination>

    /// How the knowledge was spread.
    public enum Channel: String, Codable, CaseIterable, Sendable {
        case report, seminar, webinar, conference, webArticle, networkMeeting, studyVisit
    }

    /// Who it was meant for and reached.
    public enum Audience: String, Codable, CaseIterable, Sendable {
        case stateAgencies, regions, municipalitiesNationwide, municipalitiesInTheCounties, business, governmentOffices, academia
    }

    public var id: ID
    /// The items spread.
    public var knowledgeItemIds: [KnowledgeItem.ID]
    /// The occasion's name, e.g. "Nätverksträff om kompetensförsörjning".
    public var title: String
    public var channel: Channel
    /// The day it took place or was published.
    public var date: CalendarDate
    /// The organisation that spread it.
    public var organiserId: Organisation.ID
    public var audiences: [Audience]
    /// The organisations reached, including each municipality named in `municipalityCodes` (made an organisation
    /// with its official name and code when first needed).
    public var organisationIds: [Organisation.ID]
    /// The counties reached.
    public var counties: [CountyCode]
    /// The municipalities reached, anywhere in Sweden.
    public var municipalityCodes: [MunicipalityCode]
    /// How many people took part or read it, where known.
    public var participants: Int?
    /// What those reached said, in words.
    public var feedback: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a dissemination value.
    public init(
        id: ID, knowledgeItemIds: [KnowledgeItem.ID], title: String, channel: Channel, date: CalendarDate, organiserId: Organisation.ID,
        audiences: [Audience], organisationIds: [Organisation.ID], counties: [CountyCode], municipalityCodes: [MunicipalityCode],
        participants: Int?, feedback: String?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.knowledgeItemIds = knowledgeItemIds
        self.title = title
        self.channel = channel
        self.date = date
        self.organiserId = organiserId
        self.audiences = audiences
        self.organisationIds = organisationIds
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.participants = participants
        self.feedback = feedback
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: DisseminationInput {
        DisseminationInput(
            knowledgeItemIds: knowledgeItemIds, title: title, channel: channel, date: date, organiserId: organiserId, audiences: audiences,
            organisationIds: organisationIds, counties: counties, municipalityCodes: municipalityCodes, participants: participants,
            feedback: feedback)
    }
}

/// The writable fields of a dissemination.
public struct DisseminationInput: ResourceInput {
    public var knowledgeItemIds: [KnowledgeItem.ID]
    public var title: String
    public var channel: Dissemination.Channel
    public var date: CalendarDate
    public var organiserId: Organisation.ID
    public var audiences: [Dissemination.Audience]?
    public var organisationIds: [Organisation.ID]?
    public var counties: [CountyCode]?
    public var municipalityCodes: [MunicipalityCode]?
    public var participants: Int?
    public var feedback: String?

    /// Creates the input for a dissemination.
    public init(
        knowledgeItemIds: [KnowledgeItem.ID], title: String, channel: Dissemination.Channel, date: CalendarDate,
        organiserId: Organisation.ID, audiences: [Dissemination.Audience]? = nil, organisationIds: [Organisation.ID]? = nil,
        counties: [CountyCode]? = nil, municipalityCodes: [MunicipalityCode]? = nil, participants: Int? = nil, feedback: String? = nil
    ) {
        self.knowledgeItemIds = knowledgeItemIds
        self.title = title
        self.channel = channel
        self.date = date
        self.organiserId = organiserId
        self.audiences = audiences
        self.organisationIds = organisationIds
        self.counties = counties
        self.municipalityCodes = municipalityCodes
        self.participants = participants
        self.feedback = feedback
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case knowledgeItemIds, title, channel, date, organiserId, audiences, organisationIds, counties, municipalityCodes
        case participants, feedback
    }

    public static let requiredFields: Set<String> = ["knowledgeItemIds", "title", "channel", "date", "organiserId"]

    /// Checks the rules that need no database: at least one item, no duplicates, a count that is not negative, and a
    /// date not ahead of today (a dissemination is recorded once it has happened).
    public func validated(today: CalendarDate) throws -> DisseminationInput {
        var v = Validator()
        v.text(title, field: "title", required: true, maxLength: 500)
        v.text(feedback, field: "feedback", maxLength: 20_000)
        if knowledgeItemIds.isEmpty { v.add("knowledgeItemIds", "required", "A dissemination spreads at least one knowledge item.") }
        v.count(knowledgeItemIds, field: "knowledgeItemIds", maximum: 100)
        v.count(organisationIds, field: "organisationIds", maximum: 1000)
        v.count(municipalityCodes, field: "municipalityCodes", maximum: 290)
        v.distinct(knowledgeItemIds, field: "knowledgeItemIds")
        v.distinct(audiences, field: "audiences")
        v.distinct(organisationIds, field: "organisationIds")
        v.distinct(counties, field: "counties")
        v.distinct(municipalityCodes, field: "municipalityCodes")
        if let participants, !(0...1_000_000).contains(participants) {
            v.add("participants", "outOfRange", "participants must be 0–1000000.")
        }
        if date > today { v.add("date", "inFuture", "A dissemination is recorded once it has happened (date ≤ \(today)).") }
        try v.check()
        return self
    }
}
