import Foundation

/// A large company establishment or expansion (*etablering*), such as Stegra in Boden or LKAB's transformation.
/// Its figures are dated, sourced claims (`EstablishmentFigure`); its phase has a dated history.
public struct Establishment: Codable, Hashable, Sendable, Identifiable {
    /// The establishment's identifier.
    public typealias ID = Identifier<Establishment>

    /// The industry of an establishment.
    public enum Sector: String, Codable, CaseIterable, Sendable {
        case steel, mining, spongeIron, batteries, hydrogen, fertiliser, dataCentre, energyProduction, metalsRecycling
        case infrastructure, other
    }

    /// Whether it is new, an expansion or a conversion of an existing plant.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case new, expansion, conversion
    }

    /// Where an establishment stands. Any phase may follow any other (plans stall and restart); moving to one that
    /// `falters` flags what depended on it.
    public enum Phase: String, Codable, CaseIterable, Sendable {
        case announced, planning, permitting, construction, rampUp, operation, paused, cancelled, insolvent

        /// Whether the establishment has faltered, so that its open needs and the initiatives serving only it are at risk.
        public var falters: Bool { self == .paused || self == .cancelled || self == .insolvent }
    }

    /// One entry of the phase history: the phase, the real-world day it began, and the source that says so.
    public struct PhaseEntry: Codable, Hashable, Sendable {
        public var phase: Phase
        public var since: CalendarDate
        public var source: String?

        /// Creates an entry.
        public init(phase: Phase, since: CalendarDate, source: String?) {
            self.phase = phase
            self.since = since
            self.source = source
        }
    }

    public var id: ID
    public var name: String
    /// The company behind it.
    public var companyId: Organisation.ID
    /// Where it is, one or more municipalities.
    public var sites: [Site]
    public var sector: Sector
    public var kind: Kind
    /// The current phase.
    public var phase: Phase
    /// The real-world day the current phase began.
    public var phaseSince: CalendarDate
    /// Where the current phase is stated (a press release, a court notice).
    public var phaseSource: String?
    /// Every phase so far, oldest first, the current one last (kept by the server).
    public var phaseHistory: [PhaseEntry]
    public var description: String?
    public var website: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates an establishment value.
    public init(
        id: ID, name: String, companyId: Organisation.ID, sites: [Site], sector: Sector, kind: Kind, phase: Phase,
        phaseSince: CalendarDate, phaseSource: String?, phaseHistory: [PhaseEntry], description: String?, website: String?,
        version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.name = name
        self.companyId = companyId
        self.sites = sites
        self.sector = sector
        self.kind = kind
        self.phase = phase
        self.phaseSince = phaseSince
        self.phaseSource = phaseSource
        self.phaseHistory = phaseHistory
        self.description = description
        self.website = website
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: EstablishmentInput {
        EstablishmentInput(
            name: name, companyId: companyId, sites: sites.map(\.input), sector: sector, kind: kind, phase: phase, phaseSince: phaseSince,
            phaseSource: phaseSource, description: description, website: website)
    }
}

/// The writable fields of an establishment.
public struct EstablishmentInput: ResourceInput {
    public var name: String
    public var companyId: Organisation.ID
    public var sites: [SiteInput]
    public var sector: Establishment.Sector
    public var kind: Establishment.Kind
    public var phase: Establishment.Phase
    /// The day the phase began; defaults to today when the phase changes (the current phase's date is not taken for
    /// the new one's).
    public var phaseSince: CalendarDate?
    public var phaseSource: String?
    public var description: String?
    public var website: String?

    /// Creates the input for an establishment.
    public init(
        name: String, companyId: Organisation.ID, sites: [SiteInput], sector: Establishment.Sector, kind: Establishment.Kind,
        phase: Establishment.Phase, phaseSince: CalendarDate? = nil, phaseSource: String? = nil, description: String? = nil,
        website: String? = nil
    ) {
        self.name = name
        self.companyId = companyId
        self.sites = sites
        self.sector = sector
        self.kind = kind
        self.phase = phase
        self.phaseSince = phaseSince
        self.phaseSource = phaseSource
        self.description = description
        self.website = website
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, companyId, sites, sector, kind, phase, phaseSince, phaseSource, description, website
    }

    public static let requiredFields: Set<String> = ["name", "companyId", "sites", "sector", "kind", "phase"]

    /// Checks the rules that need no database; converts site coordinates to WGS 84 and dates a new phase (today by
    /// default). A phase cannot begin before the current one did.
    public func validated(replacing existing: Establishment?, today: CalendarDate) throws -> EstablishmentInput {
        var v = Validator()
        var result = self
        v.text(name, field: "name", required: true, maxLength: 300)
        v.text(phaseSource, field: "phaseSource", maxLength: 2000)
        v.text(description, field: "description", maxLength: 20_000)
        v.url(website, field: "website")
        if sites.isEmpty { v.add("sites", "required", "An establishment has at least one site.") }
        v.count(sites, field: "sites", maximum: 50)
        let places = sites.map(\.municipalityCode)
        if Set(places).count != places.count { v.add("sites", "duplicate", "A municipality is listed more than once.") }
        result.sites = sites.enumerated().map { index, site in site.validated(field: "sites[\(index)]", into: &v) }
        if let existing, existing.phase == phase {
            result.phaseSince = phaseSince ?? existing.phaseSince
        } else {
            // A merge patch carries the stored date along: the old phase's date is not the new one's.
            let given = phaseSince == existing?.phaseSince ? nil : phaseSince
            result.phaseSince = given ?? today
            if let existing, let since = result.phaseSince, since < existing.phaseSince {
                v.add("phaseSince", "beforeCurrentPhase", "A new phase cannot begin before the current one did (\(existing.phaseSince)).")
            }
        }
        try v.check()
        return result
    }
}
