import Foundation

/// An area where the challenges are especially large, e.g. housing and population supply.
public struct ChallengeArea: Codable, Hashable, Sendable, Identifiable {
    /// The area's identifier.
    public typealias ID = Identifier<ChallengeArea>

    public var id: ID
    /// The stable key used in filters, e.g. `housing-and-population`.
    public var key: String
    public var nameSv: String
    public var nameEn: String?
    public var description: String?
    /// Where the area comes from, e.g. `strategy-2024` for the Government's strategy for northern Sweden.
    public var origin: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a challenge area value.
    public init(
        id: ID, key: String, nameSv: String, nameEn: String?, description: String?, origin: String?,
        version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.key = key
        self.nameSv = nameSv
        self.nameEn = nameEn
        self.description = description
        self.origin = origin
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: ChallengeAreaInput {
        ChallengeAreaInput(key: key, nameSv: nameSv, nameEn: nameEn, description: description, origin: origin)
    }
}

/// The writable fields of a challenge area.
public struct ChallengeAreaInput: ResourceInput {
    public var key: String
    public var nameSv: String
    public var nameEn: String?
    public var description: String?
    public var origin: String?

    /// Creates the input for a challenge area.
    public init(key: String, nameSv: String, nameEn: String? = nil, description: String? = nil, origin: String? = nil) {
        self.key = key
        self.nameSv = nameSv
        self.nameEn = nameEn
        self.description = description
        self.origin = origin
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case key, nameSv, nameEn, description, origin
    }

    public static let requiredFields: Set<String> = ["key", "nameSv"]

    /// Checks every rule that needs no database.
    public func validate() throws {
        var v = Validator()
        v.key(key)
        v.text(nameSv, field: "nameSv", required: true)
        v.text(nameEn, field: "nameEn")
        v.text(description, field: "description", maxLength: 4000)
        v.text(origin, field: "origin", maxLength: 100)
        try v.check()
    }
}
