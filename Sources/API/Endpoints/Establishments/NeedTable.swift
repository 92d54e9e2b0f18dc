import Foundation
import GRDB
import SamordnaDomain

/// Needs: shared records any editor keeps; admins delete. `atRisk` is raised by the server when the establishment
/// falters and cleared by whoever reviews it.
struct NeedTable: ResourceTable {
    typealias Resource = Need

    static let resourceType = "need"
    static let initiatives = LinkTable(table: "needInitiatives", ownerColumn: "needId", valueColumn: "initiativeId")
    /// Addressed by a live initiative that is planned or ongoing.
    static let addressed = """
        EXISTS (SELECT 1 FROM needInitiatives ni JOIN initiatives i ON i.id = ni.initiativeId
        WHERE ni.needId = n.id AND i.deletedAt IS NULL AND i.status IN ('planned', 'ongoing'))
        """
    static let listSpec = ListSpec(
        table: "needs",
        alias: "n",
        filters: NeedFilter.self,
        sortColumns: [
            "neededBy": "neededBy", "status": "status", "category": "category", "createdAt": "createdAt", "updatedAt": "updatedAt",
            "id": "id",
        ],
        defaultSort: "neededBy",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .establishmentId: .identifier("establishmentId")
        case .municipalityCode: ListSpec.Filter(column: "municipalityCode", values: .pattern(MunicipalityCode.pattern))
        case .county:
            ListSpec.Filter(values: .pattern(CountyCode.pattern)) { values, _ in
                (
                    "n.municipalityCode IN (SELECT code FROM municipalities WHERE countyCode IN (\(ListSpec.Filter.placeholders(values.count))))",
                    values
                )
            }
        case .category: .enumeration("category", Need.Category.self)
        case .status: .enumeration("status", Need.Status.self)
        case .responsibleId: .identifier("responsibleId")
        case .initiativeId: .linked(initiatives, owner: "n.id", values: .uuid, normalise: { $0.lowercased() })
        case .addressed: .flag(addressed)
        case .atRisk: .flag("n.atRiskReason IS NOT NULL")
        }
    }

    static let references: [Reference] = [
        .column("establishmentId", to: "establishments"), .column("municipalityCode", to: "municipalities"),
        .column("challengeAreaId", to: "challengeAreas"), .column("responsibleId", to: "organisations"),
        .link(initiatives, field: "initiativeIds", to: "initiatives", onDelete: .unlink),
        .column("atRiskEstablishmentId", field: "atRisk.establishmentId", to: "establishments"),
    ]

    static let fields: [Field<Need>] =
        [
            .value("establishmentId", { $0.establishmentId }, { $0.establishmentId }),
            .value("municipalityCode", { $0.municipalityCode }, { $0.municipalityCode }),
            .value("category", { $0.category }, { $0.category }),
            .value("challengeAreaId", { $0.challengeAreaId }, { $0.challengeAreaId }),
            .value("description", { $0.description }, { $0.description }), .value("quantity", { $0.quantity }, { $0.quantity }),
            .value("unit", { $0.unit }, { $0.unit }), .value("neededBy", { $0.neededBy }, { $0.neededBy }),
            .value("responsibleId", { $0.responsibleId }, { $0.responsibleId }),
            .value("status", { $0.status ?? .identified }, { $0.status }),
            .exported("initiativeIds") { $0.initiativeIds.map(\.description).joined(separator: ",") },
        ] + RiskColumns.fields(\.atRisk, \.atRisk)

    static func decode(_ row: Row, links: LinkedRows) throws -> Need {
        Need(
            id: try row.identifier("id"), establishmentId: try row.optionalIdentifier("establishmentId"),
            municipalityCode: try row.value("municipalityCode"), category: try row.value("category"),
            challengeAreaId: try row.optionalIdentifier("challengeAreaId"), description: row["description"],
            quantity: try row.decimal("quantity"), unit: row["unit"], neededBy: try row.calendarDate("neededBy"),
            responsibleId: try row.optionalIdentifier("responsibleId"), status: try row.value("status"),
            initiativeIds: try links.values(initiatives) { try $0.identifier("initiativeId") }, atRisk: try RiskColumns.decode(row),
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func linkRows(_ input: NeedInput) -> LinkRows {
        [initiatives.table: (input.initiativeIds ?? []).map { [$0.description] }]
    }

    func authorise(_ input: NeedInput, replacing existing: Need?, by principal: Principal, in db: Database) throws {
        try principal.requireWriter("record needs")
    }

    /// A need of an establishment arises where the establishment has a site.
    func prepare(_ input: NeedInput, replacing existing: Need?, in db: Database, now: Date) throws -> NeedInput {
        var v = Validator()
        let validated = try v.include { try input.validated(replacing: existing) } ?? input
        if let establishment = input.establishmentId,
            try db.existsCached("SELECT 1 FROM establishments WHERE id = ? AND deletedAt IS NULL", arguments: [establishment.description]),
            try !db.existsCached(
                "SELECT 1 FROM establishmentSites WHERE establishmentId = ? AND municipalityCode = ?",
                arguments: [establishment.description, input.municipalityCode.rawValue])
        {
            v.add("municipalityCode", "notASite", "The establishment has no site in municipality \(input.municipalityCode).")
        }
        try v.check()
        return validated
    }

    func prepareDelete(_ need: Need, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("delete needs")
    }
}

/// The three columns an `atRisk` flag is kept in, said once for needs and initiatives.
enum RiskColumns {
    /// The fields writing the flag from an input (a client may only keep or clear it) and exporting it.
    static func fields<R: RegistryRecord>(_ input: KeyPath<R.Input, RiskFlag?> & Sendable, _ record: KeyPath<R, RiskFlag?> & Sendable)
        -> [Field<R>]
    {
        [
            .value("atRiskReason", { $0[keyPath: input]?.reason }, { $0[keyPath: record]?.reason }),
            .value("atRiskSince", { $0[keyPath: input]?.since }, { $0[keyPath: record]?.since }),
            .value("atRiskEstablishmentId", { $0[keyPath: input]?.establishmentId }, { $0[keyPath: record]?.establishmentId }),
        ]
    }

    /// The flag held in a row, if any.
    static func decode(_ row: Row) throws -> RiskFlag? {
        guard let reason: String = row["atRiskReason"] else { return nil }
        return RiskFlag(
            reason: reason, since: try row.requiredDate("atRiskSince"), establishmentId: try row.identifier("atRiskEstablishmentId"))
    }
}
