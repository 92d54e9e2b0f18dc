/// The writable fields of a knowledge item.
public struct KnowledgeItemInput: ResourceInput {
    public var title: String
    public var summary: String
    public var body: String?
    public var kind: KnowledgeItem.Kind
    public var challengeAreaIds: [ChallengeArea.ID]?
    public var sectors: [Establishment.Sector]?
    public var phases: [Establishment.Phase]?
    /// Defaults to false.
    public var transferable: Bool?
    public var initiativeIds: [Initiative.ID]?
    public var meetingIds: [Meeting.ID]?
    public var establishmentIds: [Establishment.ID]?
    public var recommendationIds: [Recommendation.ID]?
    public var urls: [String]?
    public var authorId: Organisation.ID
    /// Defaults to `draft`.
    public var status: KnowledgeItem.Status?

    /// Creates the input for a knowledge item.
    public init(
        title: String, summary: String, body: String? = nil, kind: KnowledgeItem.Kind, challengeAreaIds: [ChallengeArea.ID]? = nil,
        sectors: [Establishment.Sector]? = nil, phases: [Establishment.Phase]? = nil, transferable: Bool? = nil,
        initiativeIds: [Initiative.ID]? = nil, meetingIds: [Meeting.ID]? = nil, establishmentIds: [Establishment.ID]? = nil,
        recommendationIds: [Recommendation.ID]? = nil, urls: [String]? = nil, authorId: Organisation.ID,
        status: KnowledgeItem.Status? = nil
    ) {
        self.title = title
        self.summary = summary
        self.body = body
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
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case title, summary, body, kind, challengeAreaIds, sectors, phases, transferable, initiativeIds, meetingIds
        case establishmentIds, recommendationIds, urls, authorId, status
    }

    public static let requiredFields: Set<String> = ["title", "summary", "kind", "authorId"]

    /// Checks the rules that need no database and fills the defaults. A published item needs a body or a source, so
    /// that a reader can follow it further.
    public func validated() throws -> KnowledgeItemInput {
        var v = Validator()
        var result = self
        v.text(title, field: "title", required: true, maxLength: 500)
        v.text(summary, field: "summary", required: true, maxLength: 2000)
        v.text(body, field: "body", maxLength: 100_000)
        v.count(challengeAreaIds, field: "challengeAreaIds", maximum: 100)
        v.count(initiativeIds, field: "initiativeIds", maximum: 100)
        v.count(meetingIds, field: "meetingIds", maximum: 100)
        v.count(establishmentIds, field: "establishmentIds", maximum: 100)
        v.count(recommendationIds, field: "recommendationIds", maximum: 100)
        v.count(urls, field: "urls", maximum: 100)
        for (index, url) in (urls ?? []).enumerated() { v.url(url, field: "urls[\(index)]") }
        v.distinct(challengeAreaIds, field: "challengeAreaIds")
        v.distinct(sectors, field: "sectors")
        v.distinct(phases, field: "phases")
        v.distinct(initiativeIds, field: "initiativeIds")
        v.distinct(meetingIds, field: "meetingIds")
        v.distinct(establishmentIds, field: "establishmentIds")
        v.distinct(recommendationIds, field: "recommendationIds")
        v.distinct(urls, field: "urls")
        result.transferable = transferable ?? false
        result.status = status ?? .draft
        let sources = [initiativeIds?.count, meetingIds?.count, establishmentIds?.count, recommendationIds?.count, urls?.count]
        if result.status == .published, (body ?? "").isEmpty, sources.allSatisfy({ ($0 ?? 0) == 0 }) {
            v.add("body", "required", "A published item needs a body or at least one source.")
        }
        try v.check()
        return result
    }
}
