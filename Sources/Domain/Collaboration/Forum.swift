import Foundation

/// A long-term collaboration structure: who convenes it, what it covers, and where it stands.
public struct Forum: Codable, Hashable, Sendable, Identifiable {
    /// The forum's identifier.
    public typealias ID = Identifier<Forum>

    public var id: ID
    public var name: String
    /// Its mandate or purpose.
    public var purpose: String?
    public var kind: ForumKind
    /// The organisation that convenes it; its editors manage the forum.
    public var convenorId: Organisation.ID
    public var secretariatId: Organisation.ID?
    public var counties: [CountyCode]
    public var challengeAreaIds: [ChallengeArea.ID]
    public var assignmentPartIds: [AssignmentPart.ID]
    /// How often it meets, e.g. `4–5 gånger per år`.
    public var cadence: String?
    public var status: ForumStatus
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a forum value.
    public init(
        id: ID, name: String, purpose: String?, kind: ForumKind, convenorId: Organisation.ID, secretariatId: Organisation.ID?,
        counties: [CountyCode], challengeAreaIds: [ChallengeArea.ID], assignmentPartIds: [AssignmentPart.ID], cadence: String?,
        status: ForumStatus, startDate: CalendarDate?, endDate: CalendarDate?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.name = name
        self.purpose = purpose
        self.kind = kind
        self.convenorId = convenorId
        self.secretariatId = secretariatId
        self.counties = counties
        self.challengeAreaIds = challengeAreaIds
        self.assignmentPartIds = assignmentPartIds
        self.cadence = cadence
        self.status = status
        self.startDate = startDate
        self.endDate = endDate
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: ForumInput {
        ForumInput(
            name: name, purpose: purpose, kind: kind, convenorId: convenorId, secretariatId: secretariatId, counties: counties,
            challengeAreaIds: challengeAreaIds, assignmentPartIds: assignmentPartIds, cadence: cadence, status: status,
            startDate: startDate, endDate: endDate)
    }
}

/// The writable fields of a forum.
public struct ForumInput: ResourceInput {
    public var name: String
    public var purpose: String?
    public var kind: ForumKind
    public var convenorId: Organisation.ID
    public var secretariatId: Organisation.ID?
    public var counties: [CountyCode]?
    public var challengeAreaIds: [ChallengeArea.ID]?
    public var assignmentPartIds: [AssignmentPart.ID]?
    public var cadence: String?
    /// Defaults to `planned` on create.
    public var status: ForumStatus?
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?

    /// Creates the input for a forum.
    public init(
        name: String, purpose: String? = nil, kind: ForumKind, convenorId: Organisation.ID, secretariatId: Organisation.ID? = nil,
        counties: [CountyCode]? = nil, challengeAreaIds: [ChallengeArea.ID]? = nil, assignmentPartIds: [AssignmentPart.ID]? = nil,
        cadence: String? = nil, status: ForumStatus? = nil, startDate: CalendarDate? = nil, endDate: CalendarDate? = nil
    ) {
        self.name = name
        self.purpose = purpose
        self.kind = kind
        self.convenorId = convenorId
        self.secretariatId = secretariatId
        self.counties = counties
        self.challengeAreaIds = challengeAreaIds
        self.assignmentPartIds = assignmentPartIds
        self.cadence = cadence
        self.status = status
        self.startDate = startDate
        self.endDate = endDate
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, purpose, kind, convenorId, secretariatId, counties, challengeAreaIds, assignmentPartIds, cadence, status, startDate
        case endDate
    }

    public static let requiredFields: Set<String> = ["name", "kind", "convenorId"]

    /// Checks the rules that need no database; returns the input with lists de-duplicated and the status defaulted.
    public func validated(replacing existing: ForumStatus?) throws -> ForumInput {
        var v = Validator()
        var result = self
        v.text(name, field: "name", required: true)
        v.text(purpose, field: "purpose", maxLength: 4000)
        v.text(cadence, field: "cadence", maxLength: 200)
        if let startDate, let endDate, endDate < startDate {
            v.add("endDate", "beforeStart", "endDate must not be before startDate.")
        }
        v.count(counties, field: "counties", maximum: 10)
        v.count(challengeAreaIds, field: "challengeAreaIds", maximum: 100)
        v.count(assignmentPartIds, field: "assignmentPartIds", maximum: 100)
        result.counties = counties.map(Uniqued.values)
        result.challengeAreaIds = challengeAreaIds.map(Uniqued.values)
        result.assignmentPartIds = assignmentPartIds.map(Uniqued.values)
        result.status = status ?? existing ?? .planned
        try v.check()
        if let existing, let next = result.status { try existing.checkTransition(to: next) }
        return result
    }
}

/// Removes repeated values from a list, keeping the first occurrence's place.
public enum Uniqued {
    /// The values without repeats.
    public static func values<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}
