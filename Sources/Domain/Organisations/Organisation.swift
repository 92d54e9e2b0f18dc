import Foundation

/// An actor in the coordination work: an agency, a region, a county board, a municipality, a company…
public struct Organisation: Codable, Hashable, Sendable, Identifiable {
    /// The organisation's identifier.
    public typealias ID = Identifier<Organisation>

    public var id: ID
    /// A stable, human-readable key usable in filters and paths, e.g. `tillvaxtverket`.
    public var key: String?
    /// The official name, e.g. `Bodens kommun` or `Statens energimyndighet`.
    public var name: String
    /// The common short form, e.g. `Boden` or `Energimyndigheten`; `q` matches it too.
    public var shortName: String?
    public var kind: OrganisationKind
    /// The canonical organisationsnummer `NNNNNN-NNNN`.
    public var organisationNumber: String?
    /// The county it belongs to; `nil` for national actors.
    public var countyCode: CountyCode?
    public var municipalityCode: MunicipalityCode?
    /// The organisation this one is part of (e.g. an agency's regional office).
    public var parentId: ID?
    public var website: String?
    /// Increases by one with every change; the `ETag` and `If-Match` are built from it.
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates an organisation value.
    public init(
        id: ID, key: String?, name: String, shortName: String? = nil, kind: OrganisationKind, organisationNumber: String?,
        countyCode: CountyCode?, municipalityCode: MunicipalityCode?, parentId: ID?, website: String?,
        version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.key = key
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.organisationNumber = organisationNumber
        self.countyCode = countyCode
        self.municipalityCode = municipalityCode
        self.parentId = parentId
        self.website = website
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields, as a client edits them.
    public var input: OrganisationInput {
        OrganisationInput(
            name: name, shortName: shortName, kind: kind, key: key, organisationNumber: organisationNumber, countyCode: countyCode,
            municipalityCode: municipalityCode, parentId: parentId, website: website)
    }
}
