import Foundation

/// What an establishment or a municipality needs for the transformation to work (3,200 dwellings in Boden by 2030),
/// who is responsible for it, and the initiatives addressing it.
public struct Need: Codable, Hashable, Sendable, Identifiable {
    /// The need's identifier.
    public typealias ID = Identifier<Need>

    /// What kind of need it is.
    public enum Category: String, Codable, CaseIterable, Sendable {
        case housing, power, skills, transport, permits, services, other
    }

    /// Where a need stands. Any status may follow any other: needs are reassessed, not processed.
    public enum Status: String, Codable, CaseIterable, Sendable {
        case identified, beingAddressed, met, unmet

        /// Whether the need is still open (not met).
        public var isOpen: Bool { self != .met }
    }

    public var id: ID
    /// The establishment that has the need, if it is one establishment's.
    public var establishmentId: Establishment.ID?
    /// The municipality where the need arises.
    public var municipalityCode: MunicipalityCode
    public var category: Category
    public var challengeAreaId: ChallengeArea.ID?
    public var description: String
    public var quantity: Decimal?
    /// The unit of `quantity`, e.g. "bostäder", "MW", "personer".
    public var unit: String?
    public var neededBy: CalendarDate?
    /// The organisation responsible for meeting it.
    public var responsibleId: Organisation.ID?
    public var status: Status
    /// The initiatives addressing it.
    public var initiativeIds: [Initiative.ID]
    /// Set when the establishment faltered, until someone reviews it.
    public var atRisk: RiskFlag?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a need value.
    public init(
        id: ID, establishmentId: Establishment.ID?, municipalityCode: MunicipalityCode, category: Category,
        challengeAreaId: ChallengeArea.ID?, description: String, quantity: Decimal?, unit: String?, neededBy: CalendarDate?,
        responsibleId: Organisation.ID?, status: Status, initiativeIds: [Initiative.ID], atRisk: RiskFlag?, version: Int,
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.establishmentId = establishmentId
        self.municipalityCode = municipalityCode
        self.category = category
        self.challengeAreaId = challengeAreaId
        self.description = description
        self.quantity = quantity
        self.unit = unit
        self.neededBy = neededBy
        self.responsibleId = responsibleId
        self.status = status
        self.initiativeIds = initiativeIds
        self.atRisk = atRisk
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: NeedInput {
        NeedInput(
            establishmentId: establishmentId, municipalityCode: municipalityCode, category: category, challengeAreaId: challengeAreaId,
            description: description, quantity: quantity, unit: unit, neededBy: neededBy, responsibleId: responsibleId, status: status,
            initiativeIds: initiativeIds, atRisk: atRisk)
    }
}

/// The writable fields of a need.
public struct NeedInput: ResourceInput {
    public var establishmentId: Establishment.ID?
    public var municipalityCode: MunicipalityCode
    public var category: Need.Category
    public var challengeAreaId: ChallengeArea.ID?
    public var description: String
    public var quantity: Decimal?
    public var unit: String?
    public var neededBy: CalendarDate?
    public var responsibleId: Organisation.ID?
    /// Defaults to `identified` on create.
    public var status: Need.Status?
    public var initiativeIds: [Initiative.ID]?
    /// Only null (reviewed) or the stored flag; raised by the server.
    public var atRisk: RiskFlag?

    /// Creates the input for a need.
    public init(
        establishmentId: Establishment.ID? = nil, municipalityCode: MunicipalityCode, category: Need.Category,
        challengeAreaId: ChallengeArea.ID? = nil, description: String, quantity: Decimal? = nil, unit: String? = nil,
        neededBy: CalendarDate? = nil, responsibleId: Organisation.ID? = nil, status: Need.Status? = nil,
        initiativeIds: [Initiative.ID]? = nil, atRisk: RiskFlag? = nil
    ) {
        self.establishmentId = establishmentId
        self.municipalityCode = municipalityCode
        self.category = category
        self.challengeAreaId = challengeAreaId
        self.description = description
        self.quantity = quantity
        self.unit = unit
        self.neededBy = neededBy
        self.responsibleId = responsibleId
        self.status = status
        self.initiativeIds = initiativeIds
        self.atRisk = atRisk
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case establishmentId, municipalityCode, category, challengeAreaId, description, quantity, unit, neededBy, responsibleId
        case status, initiativeIds, atRisk
    }

    public static let requiredFields: Set<String> = ["municipalityCode", "category", "description"]

    /// Checks the rules that need no database; defaults the status and de-duplicates the initiatives.
    public func validated(replacing existing: Need?) throws -> NeedInput {
        var v = Validator()
        var result = self
        v.text(description, field: "description", required: true, maxLength: 4000)
        v.text(unit, field: "unit", maxLength: 50)
        if let quantity, quantity < 0 || quantity > EstablishmentFigureInput.maximumValue {
            v.add("quantity", "outOfRange", "quantity must be between 0 and \(EstablishmentFigureInput.maximumValue).")
        }
        if quantity != nil && unit == nil { v.add("unit", "required", "A quantity needs its unit.") }
        v.count(initiativeIds, field: "initiativeIds", maximum: 100)
        RiskFlag.checkClientChange(atRisk, stored: existing?.atRisk, into: &v)
        result.status = status ?? existing?.status ?? .identified
        result.initiativeIds = initiativeIds.map(Uniqued.values)
        try v.check()
        return result
    }
}
