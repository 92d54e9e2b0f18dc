import Foundation
import GRDB
import SamordnaDomain

/// Establishments: shared records of the registry that any editor keeps up to date; admins delete. A change of phase
/// is appended to the phase history; a move to a phase that falters flags what depended on the establishment
/// (`RiskFlagging`), in the same transaction.
struct EstablishmentTable: ResourceTable {
    typealias Resource = Establishment

    static let resourceType = "establishment"
    static let sites = LinkTable(
        table: "establishmentSites", ownerColumn: "establishmentId", valueColumn: "municipalityCode",
        extraColumns: ["name", "latitude", "longitude"])
    static let phases = LinkTable(
        table: "establishmentPhases", ownerColumn: "establishmentId", valueColumn: "phase", extraColumns: ["since", "source"],
        isWritable: false)
    static let listSpec = ListSpec(
        table: "establishments",
        alias: "e",
        filters: EstablishmentFilter.self,
        sortColumns: [
            "name": "nameSortKey", "phase": "phase", "phaseSince": "phaseSince", "createdAt": "createdAt", "updatedAt": "updatedAt",
            "id": "id",
        ],
        defaultSort: "name",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .sector: .enumeration("sector", Establishment.Sector.self)
        case .kind: .enumeration("kind", Establishment.Kind.self)
        case .phase: .enumeration("phase", Establishment.Phase.self)
        case .companyId: .identifier("companyId")
        case .municipalityCode: .linked(sites, owner: "e.id", values: .pattern(MunicipalityCode.pattern))
        case .county:
            ListSpec.Filter(values: .pattern(CountyCode.pattern)) { values, _ in
                (
                    """
                    EXISTS (SELECT 1 FROM establishmentSites s JOIN municipalities m ON m.code = s.municipalityCode
                    WHERE s.establishmentId = e.id AND m.countyCode IN (\(ListSpec.Filter.placeholders(values.count))))
                    """, values
                )
            }
        }
    }

    static let references: [Reference] = [
        .column("companyId", to: "organisations"), .link(sites, field: "sites", member: "municipalityCode", to: "municipalities"),
    ]
    static let histories = [phases]

    static let fields: [Field<Establishment>] = [
        .value("name", { $0.name }, { $0.name }), .sortKey("nameSortKey", of: { $0.name }),
        .value("companyId", { $0.companyId }, { $0.companyId }), .value("sector", { $0.sector }, { $0.sector }),
        .value("kind", { $0.kind }, { $0.kind }), .value("phase", { $0.phase }, { $0.phase }),
        .value("phaseSince", { $0.phaseSince }, { $0.phaseSince }), .value("phaseSource", { $0.phaseSource }, { $0.phaseSource }),
        .json("sites") { $0.sites.map(\.input) },
        .value("description", { $0.description }, { $0.description }), .value("website", { $0.website }, { $0.website }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Establishment {
        Establishment(
            id: try row.identifier("id"), name: row["name"], companyId: try row.identifier("companyId"),
            sites: try links.values(sites) { site in
                let latitude: Double? = site["latitude"]
                let longitude: Double? = site["longitude"]
                return Site(
                    municipalityCode: try site.value("municipalityCode"), name: site["name"],
                    location: latitude.flatMap { lat in longitude.map { GeoPoint(latitude: lat, longitude: $0) } })
            },
            sector: try row.value("sector"), kind: try row.value("kind"), phase: try row.value("phase"),
            phaseSince: try row.requiredDate("phaseSince"), phaseSource: row["phaseSource"],
            phaseHistory: try links.values(phases) { entry in
                Establishment.PhaseEntry(phase: try entry.value("phase"), since: try entry.requiredDate("since"), source: entry["source"])
            },
            description: row["description"], website: row["website"], version: row["version"], createdAt: row.date("createdAt"),
            updatedAt: row.date("updatedAt"))
    }

    static func linkRows(_ input: EstablishmentInput) -> LinkRows {
        [
            sites.table: input.sites.map { site in
                let point = site.location?.wgs84Point
                return [site.municipalityCode.rawValue, site.name, point?.latitude, point?.longitude]
            }
        ]
    }

    func authorise(_ input: EstablishmentInput, replacing existing: Establishment?, by principal: Principal, in db: Database) throws {
        try principal.requireWriter("record establishments")
    }

    func prepare(_ input: EstablishmentInput, replacing existing: Establishment?, in db: Database, now: Date) throws
        -> EstablishmentInput
    { try input.validated(replacing: existing, today: CalendarDate(now)) }

    /// A new phase joins the history (a corrected date or source of the current one corrects its entry).
    func recordDerivedLinks(id: String, _ input: EstablishmentInput, replacing existing: Establishment?, in db: Database, now: Date)
        throws
    {
        let since = input.phaseSince ?? CalendarDate(now)
        if let existing, existing.phase == input.phase {
            try LinkLoader.updateLast(
                [("since", since.description), ("source", input.phaseSource)], of: Self.phases, owner: id, in: db)
        } else {
            try LinkLoader.append([input.phase.rawValue, since.description, input.phaseSource], to: Self.phases, owner: id, in: db)
        }
    }

    /// A move to a phase that falters flags the needs and initiatives that depended on the establishment.
    func applyConsequences(
        id: String, _ input: EstablishmentInput, replacing existing: Establishment?, by principal: Principal?, in db: Database, now: Date
    ) throws {
        guard let existing, existing.phase != input.phase, input.phase.falters else { return }
        try RiskFlagging(now: now, principal: principal).flag(
            establishment: existing.id, name: input.name, phase: input.phase, since: input.phaseSince ?? CalendarDate(now), in: db)
    }

    func prepareDelete(_ establishment: Establishment, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete establishments")
    }
}
