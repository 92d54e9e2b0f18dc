import Foundation
import GRDB
import SamordnaDomain

/// Figure claims: any editor records one; a claim is never changed (no update), only retracted by an admin. The
/// current figure of a metric is derived: `current=true` lists only the latest claim per establishment and metric.
struct EstablishmentFigureTable: ResourceTable {
    typealias Resource = EstablishmentFigure

    static let resourceType = "establishmentFigure"
    /// A later claim of the same establishment and metric: by `asOf`, then by when it was recorded, then by id.
    static let superseded = """
        EXISTS (SELECT 1 FROM establishmentFigures later WHERE later.establishmentId = f.establishmentId
        AND later.metric = f.metric AND later.deletedAt IS NULL
        AND (later.asOf > f.asOf OR (later.asOf = f.asOf AND (later.createdAt > f.createdAt
            OR (later.createdAt = f.createdAt AND later.id > f.id)))))
        """
    static let listSpec = ListSpec(
        table: "establishmentFigures",
        alias: "f",
        filters: EstablishmentFigureFilter.self,
        sortColumns: ["asOf": "asOf", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "asOf",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .establishmentId: .identifier("establishmentId")
        case .metric: .enumeration("metric", EstablishmentFigure.Metric.self)
        case .current: .flag("NOT \(superseded)")
        }
    }

    static let references: [Reference] = [.column("establishmentId", to: "establishments", onDelete: .cascade)]

    static let fields: [Field<EstablishmentFigure>] = [
        .value("establishmentId", { $0.establishmentId }, { $0.establishmentId }), .value("metric", { $0.metric }, { $0.metric }),
        .value("value", { $0.value }, { $0.value }), .value("asOf", { $0.asOf }, { $0.asOf }),
        .value("source", { $0.source }, { $0.source }), .value("sourceUrl", { $0.sourceUrl }, { $0.sourceUrl }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> EstablishmentFigure {
        guard let value = try row.decimal("value") else { throw StoredDataError(column: "value") }
        return EstablishmentFigure(
            id: try row.identifier("id"), establishmentId: try row.identifier("establishmentId"), metric: try row.value("metric"),
            value: value, asOf: try row.requiredDate("asOf"), source: row["source"], sourceUrl: row["sourceUrl"],
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(
        _ input: EstablishmentFigureInput, replacing existing: EstablishmentFigure?, by principal: Principal, in db: Database
    ) throws {
        try principal.requireWriter("record figures")
    }

    func prepare(_ input: EstablishmentFigureInput, replacing existing: EstablishmentFigure?, in db: Database, now: Date) throws
        -> EstablishmentFigureInput
    { try input.validated() }

    func prepareDelete(_ figure: EstablishmentFigure, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireAdmin("retract figures")
    }
}
