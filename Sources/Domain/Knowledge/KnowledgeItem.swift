import Foundation

/// A piece of knowledge from the work (*lärdom*): a lesson learned, a method, a case study, a report, a dataset or an
/// evaluation, written by an organisation so that others can learn how to support large establishments and
/// expansions, in the two counties and throughout the country. Only published items are seen beyond admins and the
/// authoring organisation.
public struct KnowledgeItem: Codable, Hashable, Sendable, Identifiable {
    /// The item's identifier.
    public typealias ID = Identifier<KnowledgeItem>

    /// What kind of knowledge it is.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case lessonLearned, method, caseStudy, report, dataset, evaluation
    }

    /// Where an item stands: a draft is seen only by its author and admins; a published item by everyone; a
    /// withdrawn item (no longer valid) again only by its author and admins. Any status may follow any other.
    public enum Status: String, Codable, CaseIterable, Sendable {
        case draft, published, withdrawn
    }

    public var id: ID
    public var title: String
    /// A few sentences for lists and search results.
    public var summary: String
    /// The text in Markdown.
    public var body: String?
    /// The body as sanitised HTML (derived; no raw HTML, scripts or links other than http, https and mailto).
    public var bodyHtml: String?
    public var kind: Kind
    public var challengeAreaIds: [ChallengeArea.ID]
    /// The sectors it applies to.
    public var sectors: [Establishment.Sector]
    /// The establishment phases it applies to.
    public var phases: [Establishment.Phase]
    /// Whether it applies beyond Norrbotten and Västerbotten.
    public var transferable: Bool
    /// The initiatives it was learned from.
    public var initiativeIds: [Initiative.ID]
    /// The meetings it was learned from.
    public var meetingIds: [Meeting.ID]
    /// The establishments it was learned from.
    public var establishmentIds: [Establishment.ID]
    /// The recommendations it answers or builds on.
    public var recommendationIds: [Recommendation.ID]
    /// Sources on the web (http or https).
    public var urls: [String]
    /// The organisation that wrote it.
    public var authorId: Organisation.ID
    public var status: Status
    /// When it was first published (kept by the server).
    public var publishedAt: Date?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a knowledge item value.
    public init(
        id: ID, title: String, summary: String, body: String?, kind: Kind, challengeAreaIds: [ChallengeArea.ID],
        sectors: [Establishment.Sector], phases: [Establishment.Phase], transferable: Bool, initiativeIds: [Initiative.ID],
        meetingIds: [Meeting.ID], establishmentIds: [Establishment.ID], recommendationIds: [Recommendation.ID], urls: [String],
        authorId: Organisation.ID, status: Status, publishedAt: Date?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.body = body
        self.bodyHtml = body.map(MarkdownHTML.render)
        self.kind = kind
        self.challengeAreaIds = challengeAreaIds
        self.sectors = sectors
        self.phases = phases
        self.transferable = transferable
        self.initiativeIds = initiativeIds
        self.meetingIds = meetingIds
        self.establishmentIds = establishmentIds
        self.recommendationIds = recommendationIds
        self.urls = urls
        self.authorId = authorId
        self.status = status
        self.publishedAt = publishedAt
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: KnowledgeItemInput {
        KnowledgeItemInput(
            title: title, summary: summary, body: body, kind: kind, challengeAreaIds: challengeAreaIds, sectors: sectors, phases: phases,
            transferable: transferable, initiativeIds: initiativeIds, meetingIds: meetingIds, establishmentIds: establishmentIds,
            recommendationIds: recommendationIds, urls: urls, authorId: authorId, status: status)
    }
}
