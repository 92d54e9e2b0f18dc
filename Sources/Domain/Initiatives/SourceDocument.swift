import Foundation

/// A document initiatives start from, such as the earlier coordinator's final report: it holds recommendations.
public struct SourceDocument: Codable, Hashable, Sendable, Identifiable {
    /// The document's identifier.
    public typealias ID = Identifier<SourceDocument>

    public var id: ID
    public var title: String
    /// The organisation that issued it.
    public var issuerId: Organisation.ID
    public var issuedOn: CalendarDate
    /// The registration number, e.g. `N2020/03132`.
    public var caseNumber: String?
    public var url: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a document value.
    public init(
        id: ID, title: String, issuerId: Organisation.ID, issuedOn: CalendarDate, caseNumber: String?, url: String?, version: Int,
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.title = title
        self.issuerId = issuerId
        self.issuedOn = issuedOn
        self.caseNumber = caseNumber
        self.url = url
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: SourceDocumentInput {
        SourceDocumentInput(title: title, issuerId: issuerId, issuedOn: issuedOn, caseNumber: caseNumber, url: url)
    }
}

/// The writable fields of a source document.
public struct SourceDocumentInput: ResourceInput {
    public var title: String
    public var issuerId: Organisation.ID
    public var issuedOn: CalendarDate
    public var caseNumber: String?
    public var url: String?

    /// Creates the input for a document.
    public init(title: String, issuerId: Organisation.ID, issuedOn: CalendarDate, caseNumber: String? = nil, url: String? = nil) {
        self.title = title
        self.issuerId = issuerId
        self.issuedOn = issuedOn
        self.caseNumber = caseNumber
        self.url = url
    }

    public enum CodingKeys: String, CodingKey, CaseIterable { case title, issuerId, issuedOn, caseNumber, url }

    public static let requiredFields: Set<String> = ["title", "issuerId", "issuedOn"]

    /// Checks the texts and the URL.
    public func validated() throws -> SourceDocumentInput {
        var v = Validator()
        v.text(title, field: "title", required: true, maxLength: 500)
        v.text(caseNumber, field: "caseNumber", maxLength: 50)
        v.url(url, field: "url")
        try v.check()
        return self
    }
}

/// A recommendation made in a source document, addressed to a body, in challenge areas. Initiatives say which
/// recommendations they answer; one that none answers has not been picked up.
public struct Recommendation: Codable, Hashable, Sendable, Identifiable {
    /// The recommendation's identifier.
    public typealias ID = Identifier<Recommendation>

    public var id: ID
    public var sourceDocumentId: SourceDocument.ID
    /// Its number in the document, e.g. "4.2".
    public var number: String?
    public var text: String
    public var challengeAreaIds: [ChallengeArea.ID]
    /// The body it is addressed to.
    public var addressedToId: Organisation.ID?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a recommendation value.
    public init(
        id: ID, sourceDocumentId: SourceDocument.ID, number: String?, text: String, challengeAreaIds: [ChallengeArea.ID],
        addressedToId: Organisation.ID?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.sourceDocumentId = sourceDocumentId
        self.number = number
        self.text = text
        self.challengeAreaIds = challengeAreaIds
        self.addressedToId = addressedToId
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: RecommendationInput {
        RecommendationInput(
            sourceDocumentId: sourceDocumentId, number: number, text: text, challengeAreaIds: challengeAreaIds, addressedToId: addressedToId
        )
    }
}

/// The writable fields of a recommendation.
public struct RecommendationInput: ResourceInput {
    public var sourceDocumentId: SourceDocument.ID
    public var number: String?
    public var text: String
    public var challengeAreaIds: [ChallengeArea.ID]?
    public var addressedToId: Organisation.ID?

    /// Creates the input for a recommendation.
    public init(
        sourceDocumentId: SourceDocument.ID, number: String? = nil, text: String, challengeAreaIds: [ChallengeArea.ID]? = nil,
        addressedToId: Organisation.ID? = nil
    ) {
        self.sourceDocumentId = sourceDocumentId
        self.number = number
        self.text = text
        self.challengeAreaIds = challengeAreaIds
        self.addressedToId = addressedToId
    }

    public enum CodingKeys: String, CodingKey, CaseIterable { case sourceDocumentId, number, text, challengeAreaIds, addressedToId }

    public static let requiredFields: Set<String> = ["sourceDocumentId", "text"]

    /// Checks the texts; de-duplicates the challenge areas.
    public func validated() throws -> RecommendationInput {
        var v = Validator()
        var result = self
        v.text(number, field: "number", maxLength: 20)
        v.text(text, field: "text", required: true, maxLength: 10_000)
        v.count(challengeAreaIds, field: "challengeAreaIds", maximum: 100)
        result.challengeAreaIds = challengeAreaIds.map(Uniqued.values)
        try v.check()
        return result
    }
}
